//! Finnish interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Suomi",
    widget_label: "Pohjoismaiset terveysinnovaatioiden kumppanuudet",
    partners: "Kumppanit",
    funders: "Rahoittaja",
    countries: "Maat",
    region: "Alue",
    focus_areas: "Painopistealueet",
    period: "Aikajakso",
    status: "Tila",
    sources: "Lähteet",
    present: "nykyhetki",
    start_unknown: "alkamisaika ei tiedossa",
    opens_in_new_tab: "(avautuu uuteen välilehteen)",
    no_address: "ei verkko-osoitetta",
    count_one: "{n} kumppanuus",
    count_many: "{n} kumppanuutta",
    rejected_notice: "{n} tietuetta ei voitu näyttää. Tiedot löytyvät selaimen konsolista.",
    data_error: "Kumppanuustietoja ei voitu lukea.",
    months: [
        "tammikuu",
        "helmikuu",
        "maaliskuu",
        "huhtikuu",
        "toukokuu",
        "kesäkuu",
        "heinäkuu",
        "elokuu",
        "syyskuu",
        "lokakuu",
        "marraskuu",
        "joulukuu",
    ],
};
