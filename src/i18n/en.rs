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
    rejected_notice_one: "1 entry in the data could not be shown. Details are in the browser console.",
    rejected_notice: "{n} entries in the data could not be shown. Details are in the browser console.",
    incomplete_notice_one: "1 entry is shown without a detail that could not be read.",
    incomplete_notice: "{n} entries are shown without details that could not be read.",
    data_error: "The partnership data could not be read.",
    search_label: "Search partnerships",
    search_placeholder: "Name, partner, place or topic",
    filters: "Filters",
    facet_country: "Country",
    facet_focus_area: "Focus area",
    facet_partnership_kind: "Type of partnership",
    facet_partner_kind: "Partner type",
    facet_status: "Status",
    facet_partner: "Organisation",
    show_more_values: "Show more",
    show_fewer_values: "Show fewer",
    years: "Years active",
    year_from: "From",
    year_to: "To",
    sort_label: "Sort by",
    sort_relevance: "Best match",
    sort_newest: "Newest first",
    sort_oldest: "Oldest first",
    sort_title: "Title A–Z",
    active_filters: "Active filters",
    remove_filter: "Remove filter: {label}",
    search_chip: "Search: “{text}”",
    clear_all: "Clear all",
    count_of_one: "{n} of {total} partnership",
    count_of_many: "{n} of {total} partnerships",
    show_more_results: "Show {n} more",
    empty_title: "No partnerships match",
    empty_hint: "Try removing one of these:",
    loading: "Loading partnerships…",
    search_pending: "Preparing the search…",
    view_actions: "Save or share these results",
    save_csv: "Download CSV",
    save_json: "Download JSON",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_this_link: "Copy this link:",
    download: "Download:",
    copy_partnership_link: "Copy link to this partnership",
    unknown_partnership: "The link asked for a partnership ({id}) that is not in this list. Showing the whole list.",
    map_label: "Partnerships by country: a map",
    timeline_undated_one: "1 partnership without a start date is not in the chart.",
    timeline_undated: "{n} partnerships without a start date are not in the chart.",
    timeline_summary: "Partnerships active per year, {first}–{last}; most in {peak}: {n}.",
    details: "Details",
    close: "Close",
    language: "Language",
    no_summary: "No description yet.",
    any_year: "Any year",
    more_partners: "+ {n} more",
    selected_count: "{n} selected",
    error_network: "The data file could not be fetched (network error).",
    error_http: "The data file could not be fetched (HTTP {status}).",
    error_content_type: "The data address does not point to a JSON file.",
    error_json: "The data file is not valid partnership data.",
    error_too_large: "The data file is too large (over 64 MB).",
    error_integrity: "The data file did not match its published fingerprint, so it is not shown.",
    error_not_allowed:
        "This page shows only data files its publisher allows, and the address given is not one of them.",
    latest_source: "latest source {year}",
    no_dated_source: "no dated source",
    status_help: "Active: a source from the last three years says it runs. Completed: a source gives its end. Planned: announced, not yet started. Status unknown: no recent source says either way; the card gives the year of the newest source.",
    error_details: "Details are in the browser console.",
    error_internal: "The partnership list stopped because of an internal error. Reload the page to try again.",
    focus_area_labels: [
        "Digital health & telemedicine", // FocusArea::DigitalHealth
        "AI & health data", // FocusArea::AiHealthData
        "Medical technology", // FocusArea::Medtech
        "Life science & entrepreneurship", // FocusArea::LifeScience
        "Clinical research & quality of care", // FocusArea::ClinicalResearch
        "Education & competence supply", // FocusArea::Education
        "Healthy ageing & welfare technology", // FocusArea::HealthyAgeing
        "Primary, home & social care", // FocusArea::PrimaryCare
        "Research infrastructure & test beds", // FocusArea::ResearchInfrastructure
        "Cancer", // FocusArea::Cancer
        "Mental health & neuroscience", // FocusArea::MentalHealth
        "Public health & prevention", // FocusArea::PublicHealth
        "Regional development & leadership", // FocusArea::RegionalDevelopment
        "Precision medicine & genomics", // FocusArea::PrecisionMedicine
        "Technology transfer & public–private partnership", // FocusArea::InnovationTransfer
        "Nordic & cross-border cooperation", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategic agreement", // PartnershipKind::StrategicAgreement
        "Project", // PartnershipKind::Project
        "Network", // PartnershipKind::Network
        "Cluster collaboration", // PartnershipKind::ClusterCollaboration
        "Reference site", // PartnershipKind::ReferenceSite
        "Research programme", // PartnershipKind::ResearchProgramme
        "Other partnership", // PartnershipKind::Other
    ],
    status_labels: [
        "Active", // Status::Active
        "Completed", // Status::Completed
        "Planned", // Status::Planned
        "Status unknown", // Status::Unknown
    ],
    partner_kind_labels: [
        "University", // PartnerKind::University
        "University college", // PartnerKind::UniversityCollege
        "Region", // PartnerKind::Region
        "Health authority", // PartnerKind::HealthAuthority
        "Hospital", // PartnerKind::Hospital
        "Municipality", // PartnerKind::Municipality
        "Cluster", // PartnerKind::Cluster
        "Company", // PartnerKind::Company
        "Public agency", // PartnerKind::PublicAgency
        "Foundation", // PartnerKind::Foundation
        "Network", // PartnerKind::Network
        "Other organisation", // PartnerKind::Other
    ],
    country_labels: [
        "Norway", // Country::No
        "Sweden", // Country::Se
        "Denmark", // Country::Dk
        "Finland", // Country::Fi
        "Iceland", // Country::Is
    ],
    full_date: "{d} {month} {year}",
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

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "The partnership list could not be loaded. Details are in the browser console.";
