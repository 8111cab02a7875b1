//! Norwegian Bokmål interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Norsk bokmål",
    widget_label: "Nordiske samarbeid om helseinnovasjon",
    partners: "Partnere",
    funders: "Finansiert av",
    countries: "Land",
    region: "Region",
    focus_areas: "Fokusområder",
    period: "Periode",
    status: "Status",
    sources: "Kilder",
    present: "i dag",
    start_unknown: "start ukjent",
    opens_in_new_tab: "(åpnes i ny fane)",
    no_address: "ingen nettadresse",
    count_one: "{n} samarbeid",
    count_many: "{n} samarbeid",
    rejected_notice: "{n} oppføringer i dataene kunne ikke vises. Detaljer står i nettleserens konsoll.",
    data_error: "Dataene om samarbeidene kunne ikke leses.",
    months: [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
};
