//! Swedish interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Svenska",
    widget_label: "Nordiska partnerskap för hälsoinnovation",
    partners: "Parter",
    funders: "Finansieras av",
    countries: "Länder",
    region: "Region",
    focus_areas: "Fokusområden",
    period: "Period",
    status: "Status",
    sources: "Källor",
    present: "i dag",
    start_unknown: "start okänd",
    opens_in_new_tab: "(öppnas i en ny flik)",
    no_address: "ingen webbadress",
    count_one: "{n} partnerskap",
    count_many: "{n} partnerskap",
    rejected_notice: "{n} poster i datan kunde inte visas. Detaljer finns i webbläsarens konsol.",
    data_error: "Uppgifterna om partnerskapen kunde inte läsas.",
    months: [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
};
