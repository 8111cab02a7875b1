//! English interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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

/// The language's own name and its vocabulary labels in English: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "English",
    focus_area_labels: [
        "Digital health & telemedicine",                    // FocusArea::DigitalHealth
        "AI & health data",                                 // FocusArea::AiHealthData
        "Medical technology",                               // FocusArea::Medtech
        "Life science & entrepreneurship",                  // FocusArea::LifeScience
        "Clinical research & quality of care",              // FocusArea::ClinicalResearch
        "Education & competence supply",                    // FocusArea::Education
        "Healthy ageing & welfare technology",              // FocusArea::HealthyAgeing
        "Primary, home & social care",                      // FocusArea::PrimaryCare
        "Research infrastructure & test beds",              // FocusArea::ResearchInfrastructure
        "Cancer",                                           // FocusArea::Cancer
        "Mental health & neuroscience",                     // FocusArea::MentalHealth
        "Public health & prevention",                       // FocusArea::PublicHealth
        "Regional development & leadership",                // FocusArea::RegionalDevelopment
        "Precision medicine & genomics",                    // FocusArea::PrecisionMedicine
        "Technology transfer & public–private partnership", // FocusArea::InnovationTransfer
        "Nordic & cross-border cooperation",                // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategic agreement",   // PartnershipKind::StrategicAgreement
        "Project",               // PartnershipKind::Project
        "Network",               // PartnershipKind::Network
        "Cluster collaboration", // PartnershipKind::ClusterCollaboration
        "Reference site",        // PartnershipKind::ReferenceSite
        "Research programme",    // PartnershipKind::ResearchProgramme
        "Other partnership",     // PartnershipKind::Other
    ],
    status_labels: [
        "Active",         // Status::Active
        "Completed",      // Status::Completed
        "Planned",        // Status::Planned
        "Status unknown", // Status::Unknown
    ],
    partner_kind_labels: [
        "University",         // PartnerKind::University
        "University college", // PartnerKind::UniversityCollege
        "Region",             // PartnerKind::Region
        "Health authority",   // PartnerKind::HealthAuthority
        "Hospital",           // PartnerKind::Hospital
        "Municipality",       // PartnerKind::Municipality
        "Cluster",            // PartnerKind::Cluster
        "Company",            // PartnerKind::Company
        "Public agency",      // PartnerKind::PublicAgency
        "Foundation",         // PartnerKind::Foundation
        "Network",            // PartnerKind::Network
        "Other organisation", // PartnerKind::Other
    ],
    country_labels: [
        "Norway",  // Country::No
        "Sweden",  // Country::Se
        "Denmark", // Country::Dk
        "Finland", // Country::Fi
        "Iceland", // Country::Is
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "The partnership list could not be loaded. Details are in the browser console.";

/// The editors' tools in English (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "a boolean", "a number", "a string", "a list", "an object"],
    json_syntax: [
        "EOF while parsing a list",
        "EOF while parsing an object",
        "EOF while parsing a string",
        "EOF while parsing a value",
        "expected `:`",
        "expected `,` or `]`",
        "expected `,` or `}`",
        "expected value",
        "invalid escape",
        "invalid number",
        "number out of range",
        "control character (\\u0000-\\u001F) found while parsing a string",
        "key must be a string",
        "trailing comma",
        "trailing characters",
        "recursion limit exceeded",
    ],
    error: "error",
    warning: "warning",
    place_record: "record {n}",
    place_id: " (id {id})",
    place_field: "field {field}",
    place_row: "row {n}",
    place_column: "column {name}",
    place_line: "line {n}",
    place_item: "item {n}",
    wrong_type: "expected {expected}, found {found}",
    missing: "is required",
    empty_text: "is empty; leave the field out or write some text",
    empty_list: "is empty; list at least one value",
    no_language: "has no text; give it in at least one language, e.g. {\"en\": \"…\"}",
    unknown_value: "unknown value {found}; expected one of {expected}",
    invalid_id: "{found} is not a valid id; use lowercase letters and digits joined by single hyphens, \
                 e.g. \"umea-university-region-vasterbotten\" (at most {max} characters)",
    duplicate_id: "duplicate id; record {first} already uses it",
    repeated: "lists {found} more than once",
    invalid_date: "{found} is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD",
    ends_before_start: "ends ({ended}) before it starts ({started})",
    not_nordic: "{found} is not one of the partnership countries NO, SE, DK, FI, IS \
                 (a partner abroad goes under partners[].country)",
    unknown_country: "{found} is not an ISO 3166-1 alpha-2 country code; write two capitals such as \"SE\"",
    not_http_url: "{found} is not a web address; links must start with http:// or https:// and hold no spaces",
    no_usable_entry: "has no usable entry (see the problems above)",
    implausible_year: "{found} lies outside {from}–{to}; is the year a typo?",
    too_many_records: "lists {found} partnerships; the widget reads the first {limit}",
    unreadable: "cannot be read at line {line}, column {column}: {message}",
    unknown_field: "is not a field of schema version 1; it is ignored",
    missing_version: "is missing; the file is read as version 1",
    repeated_key: "is given more than once here; only the last value is read",
    repeated_list:
        "is given again at line {line}; only the first, at line {first}, is read (put every partnership in one list)",
    repeated_field: "is given again at line {line} (first at line {first}); only the last is read",
    more_errors_one: "{n} more error",
    more_errors_other: "{n} more errors",
    more_warnings_one: "{n} more warning",
    more_warnings_other: "{n} more warnings",
    and: " and ",
    not_listed: " not listed; fix the ones above and check again",
    value_left_out: "; it is left out and the rest of the record is shown",
    too_large: "the file is {size} MB; the widget reads files of up to {limit} MB",
    syntax: "invalid JSON at line {line}, column {column}: {message}",
    not_an_object: "the file holds {found}; expected an object with \"schema_version\" and \"partnerships\"",
    no_list: "field \"partnerships\" is missing; expected a list of partnerships",
    list_is_not_a_list: "field \"partnerships\" holds {found}; expected a list of partnerships",
    unsupported_version: "field \"schema_version\" is {found}; this widget reads version 1",
    sheet_unclosed_quote: "a quoted cell starting on line {line} is never closed; add the closing \"",
    sheet_no_header: "the first row must name the columns, starting with \"id\" ({columns} …)",
    sheet_unknown_column: "is not one of the documented columns; it is ignored",
    sheet_column_twice: "is given twice (columns {first} and {second}); only the first is read",
    sheet_extra_cells: "has {n} cells but the header names {columns}; the extra cells are ignored",
    sheet_fields: "has {n} fields; expected {expected} (the rest is ignored)",
    stale_active: "status \"active\" but {newest}; \
                   find a newer source or set \"unknown\" with \"as of YEAR\" in the summary",
    no_dated_source: "no source has a date",
    newest_source: "the newest source is from {date}, more than {years} years ago",
    active_but_ended: "status \"active\" but \"ended\" is {ended}, in the past; set \"completed\" or correct the end",
    valid_one: "{n} valid partnership",
    valid_other: "{n} valid partnerships",
    left_out: "{n} left out",
    warnings_one: "{n} warning",
    warnings_other: "{n} warnings",
    cannot_read: "the file cannot be read: {error}",
    never_checked: "never checked",
    last_checked: "last checked {date}",
    due_summary: "{n} partnerships due for re-checking (not checked in {years} years)",
};

/// The validator page's own words in English (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Check partnership data — Nordic health-innovation partnerships",
    page_heading: "Check your partnership data",
    page_intro: "Give a data file — JSON in schema version 1, or a spreadsheet saved as CSV in the documented \
                 columns — and see every problem: where it is and why. Everything happens in this browser; \
                 nothing is uploaded.",
    language: "Language",
    file_heading: "A file on your computer",
    file_label: "Pick a file (.json or .csv)",
    file_hint: "Or drop it on the text box.",
    web_heading: "A file on the web",
    web_label: "Its address",
    web_button: "Fetch and check",
    web_hint: "The server must allow this page to read it (CORS).",
    paste_label: "Or paste its text",
    paste_hint: "JSON starts with {; anything else is read as CSV.",
    check_button: "Check the text",
    result_heading: "Result",
    nothing_checked: "Nothing checked yet.",
    table_caption: "Every problem, in file order",
    column_level: "Level",
    column_line: "Line",
    column_row: "Row",
    column_where: "Where",
    column_why: "Why",
    download_json: "Download the valid partnerships as JSON",
    preview_heading: "Preview of the valid partnerships",
    preview_hint: "The widget shows here after a check.",
    fetching: "Fetching {address}…",
    fetch_failed: "{address} could not be fetched: {error}. If it opens in a new tab, its server does not let \
                   other sites read it (CORS); download it and pick the file instead.",
    server_answered: "the server answered {status}",
};
