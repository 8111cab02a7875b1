//! Danish interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Dansk",
    widget_label: "Nordiske partnerskaber om sundhedsinnovation",
    partners: "Partnere",
    funders: "Finansieret af",
    countries: "Lande",
    region: "Region",
    focus_areas: "Fokusområder",
    period: "Periode",
    status: "Status",
    sources: "Kilder",
    present: "i dag",
    start_unknown: "start ukendt",
    opens_in_new_tab: "(åbner i en ny fane)",
    no_address: "ingen webadresse",
    count_one: "{n} partnerskab",
    count_many: "{n} partnerskaber",
    rejected_notice: "{n} poster i data kunne ikke vises. Detaljer står i browserens konsol.",
    data_error: "Data om partnerskaberne kunne ikke læses.",
    months: [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
};
