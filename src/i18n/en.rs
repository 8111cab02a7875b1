//! English interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "English",
    widget_label: "Nordic health-innovation partnerships",
    partners: "Partners",
    funders: "Funded by",
    countries: "Countries",
    region: "Region",
    focus_areas: "Focus areas",
    period: "Period",
    status: "Status",
    sources: "Sources",
    present: "present",
    start_unknown: "start not known",
    opens_in_new_tab: "(opens in a new tab)",
    no_address: "no web address",
    count_one: "{n} partnership",
    count_many: "{n} partnerships",
    rejected_notice: "{n} entries in the data could not be shown. Details are in the browser console.",
    data_error: "The partnership data could not be read.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};
