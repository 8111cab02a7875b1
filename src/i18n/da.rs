//! Danish interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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
    rejected_notice_one: "1 post i data kunne ikke vises. Detaljer står i browserens konsol.",
    rejected_notice: "{n} poster i data kunne ikke vises. Detaljer står i browserens konsol.",
    incomplete_notice_one: "1 post vises uden en oplysning, der ikke kunne læses.",
    incomplete_notice: "{n} poster vises uden oplysninger, der ikke kunne læses.",
    data_error: "Data om partnerskaberne kunne ikke læses.",
    search_label: "Søg i partnerskaber",
    search_placeholder: "Navn, partner, sted eller emne",
    filters: "Filtre",
    facet_country: "Land",
    facet_focus_area: "Fokusområde",
    facet_partnership_kind: "Type partnerskab",
    facet_partner_kind: "Partnertype",
    facet_status: "Status",
    facet_partner: "Organisation",
    show_more_values: "Vis flere",
    show_fewer_values: "Vis færre",
    years: "Aktive år",
    year_from: "Fra",
    year_to: "Til",
    sort_label: "Sortér efter",
    sort_relevance: "Bedste match",
    sort_newest: "Nyeste først",
    sort_oldest: "Ældste først",
    sort_title: "Titel A–Å",
    active_filters: "Aktive filtre",
    remove_filter: "Fjern filter: {label}",
    search_chip: "Søgning: »{text}«",
    clear_all: "Ryd alle",
    count_of_one: "{n} af {total} partnerskab",
    count_of_many: "{n} af {total} partnerskaber",
    show_more_results: "Vis {n} mere",
    empty_title: "Ingen partnerskaber passer",
    empty_hint: "Prøv at fjerne et af disse:",
    loading: "Indlæser partnerskaber …",
    search_pending: "Gør søgningen klar …",
    view_actions: "Gem eller del resultaterne",
    save_csv: "Download CSV",
    save_json: "Download JSON",
    copy_link: "Kopiér link",
    link_copied: "Linket er kopieret",
    copy_this_link: "Kopiér dette link:",
    download: "Download:",
    copy_partnership_link: "Kopiér link til dette samarbejde",
    unknown_partnership: "Linket henviste til et samarbejde ({id}), som ikke findes i denne liste. Hele listen vises.",
    map_label: "Partnerskaber efter land: et kort",
    timeline_undated_one: "1 partnerskab uden startdato er ikke med i diagrammet.",
    timeline_undated: "{n} partnerskaber uden startdato er ikke med i diagrammet.",
    timeline_summary: "Aktive partnerskaber pr. år, {first}–{last}; flest i {peak}: {n}.",
    details: "Detaljer",
    close: "Luk",
    language: "Sprog",
    no_summary: "Ingen beskrivelse endnu.",
    any_year: "Alle år",
    more_partners: "+ {n} mere",
    selected_count: "{n} valgt",
    error_network: "Datafilen kunne ikke hentes (netværksfejl).",
    error_http: "Datafilen kunne ikke hentes (HTTP {status}).",
    error_content_type: "Dataadressen peger ikke på en JSON-fil.",
    error_json: "Datafilen indeholder ikke gyldige partnerskabsdata.",
    error_too_large: "Datafilen er for stor (over 64 MB).",
    error_integrity: "Datafilen passede ikke med sit offentliggjorte fingeraftryk og vises derfor ikke.",
    error_not_allowed:
        "Denne side viser kun datafiler, som udgiveren tillader, og den angivne adresse er ikke en af dem.",
    latest_source: "nyeste kilde {year}",
    no_dated_source: "ingen dateret kilde",
    status_help: "Aktivt: en kilde fra de seneste tre år siger, at samarbejdet kører. Afsluttet: en kilde oplyser afslutningen. Planlagt: annonceret, men ikke startet. Status ukendt: ingen nyere kilde siger noget om det; kortet viser året for den nyeste kilde.",
    error_details: "Detaljer står i browserens konsol.",
    error_internal: "Listen over partnerskaber stoppede på grund af en intern fejl. Genindlæs siden for at prøve igen.",
    full_date: "{d}. {month} {year}",
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

/// The language's own name and its vocabulary labels in Danish: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Dansk",
    focus_area_labels: [
        "Digital sundhed og telemedicin",                     // FocusArea::DigitalHealth
        "AI og sundhedsdata",                                 // FocusArea::AiHealthData
        "Medicoteknik",                                       // FocusArea::Medtech
        "Life science og iværksætteri",                       // FocusArea::LifeScience
        "Klinisk forskning og kvalitet",                      // FocusArea::ClinicalResearch
        "Uddannelse og kompetence",                           // FocusArea::Education
        "Sund aldring og velfærdsteknologi",                  // FocusArea::HealthyAgeing
        "Det nære sundhedsvæsen og hjemmepleje",              // FocusArea::PrimaryCare
        "Forskningsinfrastruktur og testfaciliteter",         // FocusArea::ResearchInfrastructure
        "Kræft",                                              // FocusArea::Cancer
        "Mental sundhed og neurovidenskab",                   // FocusArea::MentalHealth
        "Folkesundhed og forebyggelse",                       // FocusArea::PublicHealth
        "Regional udvikling og ledelse",                      // FocusArea::RegionalDevelopment
        "Personlig medicin og genomik",                       // FocusArea::PrecisionMedicine
        "Teknologioverførsel og offentlig-privat samarbejde", // FocusArea::InnovationTransfer
        "Nordisk og grænseoverskridende samarbejde",          // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk aftale", // PartnershipKind::StrategicAgreement
        "Projekt",           // PartnershipKind::Project
        "Netværk",           // PartnershipKind::Network
        "Klyngesamarbejde",  // PartnershipKind::ClusterCollaboration
        "Referenceregion",   // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Andet samarbejde",  // PartnershipKind::Other
    ],
    status_labels: [
        "Aktivt",        // Status::Active
        "Afsluttet",     // Status::Completed
        "Planlagt",      // Status::Planned
        "Status ukendt", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet",         // PartnerKind::University
        "Professionshøjskole", // PartnerKind::UniversityCollege
        "Region",              // PartnerKind::Region
        "Sundhedsmyndighed",   // PartnerKind::HealthAuthority
        "Hospital",            // PartnerKind::Hospital
        "Kommune",             // PartnerKind::Municipality
        "Klynge",              // PartnerKind::Cluster
        "Virksomhed",          // PartnerKind::Company
        "Offentlig myndighed", // PartnerKind::PublicAgency
        "Fond",                // PartnerKind::Foundation
        "Netværk",             // PartnerKind::Network
        "Anden organisation",  // PartnerKind::Other
    ],
    country_labels: [
        "Norge",   // Country::No
        "Sverige", // Country::Se
        "Danmark", // Country::Dk
        "Finland", // Country::Fi
        "Island",  // Country::Is
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Listen over partnerskaber kunne ikke indlæses. Detaljer står i browserens konsol.";

/// The editors' tools in Danish (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "en sandhedsværdi (true/false)", "et tal", "en tekststreng", "en liste", "et objekt"],
    json_syntax: [
        "filen slutter midt i en liste",
        "filen slutter midt i et objekt",
        "filen slutter midt i en tekststreng",
        "filen slutter, hvor der skulle have stået en værdi",
        "forventet `:`",
        "forventet `,` eller `]`",
        "forventet `,` eller `}`",
        "forventet en værdi",
        "ugyldig escape-sekvens",
        "ugyldigt tal",
        "tallet ligger uden for det gyldige interval",
        "kontroltegn (\\u0000-\\u001F) i en tekststreng",
        "nøglen skal være en tekststreng",
        "komma efter sidste element",
        "overskydende tegn efter JSON-indholdet",
        "for dyb indlejring (rekursionsgrænsen er overskredet)",
    ],
    error: "fejl",
    warning: "advarsel",
    place_record: "post {n}",
    place_id: " (id {id})",
    place_field: "felt {field}",
    place_row: "række {n}",
    place_column: "kolonne {name}",
    place_line: "linje {n}",
    place_item: "element {n}",
    wrong_type: "skal være {expected}, men er {found}",
    missing: "skal udfyldes",
    empty_text: "indeholder ingen synlig tekst; udelad feltet eller skriv en tekst",
    empty_list: "er en tom liste; angiv mindst én værdi",
    no_language: "har ingen tekst; angiv teksten på mindst ét sprog, fx {\"en\": \"…\"}",
    unknown_value: "ukendt værdi {found}; gyldige værdier er {expected}",
    invalid_id: "{found} er ikke et gyldigt id; brug små bogstaver og cifre med én bindestreg mellem delene, fx \
                 \"umea-university-region-vasterbotten\" (højst {max} tegn)",
    duplicate_id: "samme id bruges allerede af post {first}",
    repeated: "indeholder {found} mere end én gang",
    invalid_date: "{found} er ikke en gyldig dato; skriv YYYY, YYYY-MM eller YYYY-MM-DD",
    ends_before_start: "slutdatoen ({ended}) ligger før startdatoen ({started})",
    not_nordic: "{found} er ikke et af partnerskabslandene NO, SE, DK, FI, IS (en udenlandsk partner angives under \
                 partners[].country)",
    unknown_country: "{found} er ikke en landekode efter ISO 3166-1 alpha-2; skriv to store bogstaver, fx \"SE\"",
    not_http_url:
        "{found} er ikke en webadresse; links skal begynde med http:// eller https:// og må ikke indeholde mellemrum",
    no_usable_entry: "har ingen brugbar værdi (se problemerne ovenfor)",
    implausible_year: "{found} ligger uden for {from}–{to}; er årstallet en tastefejl?",
    too_many_records: "indeholder {found} partnerskaber; kun de første {limit} læses",
    unreadable: "kan ikke læses i linje {line}, kolonne {column}: {message}",
    unknown_field: "er ikke et felt i skemaversion 1 og ignoreres",
    missing_version: "mangler; filen læses som version 1",
    repeated_key: "er angivet mere end én gang her; kun den sidste værdi læses",
    repeated_list:
        "er angivet igen i linje {line}; kun den første, i linje {first}, læses (saml alle partnerskaber i én liste)",
    repeated_field: "er angivet igen i linje {line} (første gang i linje {first}); kun den sidste læses",
    more_errors_one: "yderligere {n} fejl",
    more_errors_other: "yderligere {n} fejl",
    more_warnings_one: "yderligere {n} advarsel",
    more_warnings_other: "yderligere {n} advarsler",
    and: " og ",
    not_listed: " vises ikke; ret det, der står ovenfor, og kontrollér igen",
    value_left_out: "; værdien udelades, og resten af posten vises",
    too_large: "filen fylder {size} MB; grænsen er {limit} MB",
    syntax: "ugyldig JSON i linje {line}, kolonne {column}: {message}",
    not_an_object: "filen indeholder {found}, men skal indeholde et objekt med \"schema_version\" og \"partnerships\"",
    no_list: "feltet \"partnerships\" mangler; det skal være en liste over partnerskaber",
    list_is_not_a_list: "feltet \"partnerships\" indeholder {found}, men skal være en liste over partnerskaber",
    unsupported_version: "feltet \"schema_version\" er {found}; kun version 1 kan læses",
    sheet_unclosed_quote:
        "en celle i anførselstegn, der begynder i linje {line}, afsluttes aldrig; tilføj det afsluttende \"",
    sheet_no_header: "første række skal angive kolonnernes navne med \"id\" først ({columns} …)",
    sheet_unknown_column: "er ikke en af de dokumenterede kolonner og ignoreres",
    sheet_column_twice: "forekommer to gange (kolonne {first} og {second}); kun den første læses",
    sheet_extra_cells: "har {n} celler, men overskriftsrækken har kun {columns}; de overskydende celler ignoreres",
    sheet_fields: "antallet felter er {n}; felterne skal være {expected} (resten ignoreres)",
    stale_active: "status \"active\", men {newest}; find en nyere kilde eller angiv \
                   \"unknown\" og skriv \"as of YEAR\" (på dansk \"status ÅR\") i beskrivelsen (summary)",
    no_dated_source: "ingen af kilderne har en dato",
    newest_source: "den nyeste kilde er fra {date}, for mere end {years} år siden",
    active_but_ended: "status \"active\", men \"ended\" er {ended}, som allerede er passeret; angiv \"completed\" \
                       eller ret slutdatoen",
    valid_one: "{n} gyldigt partnerskab",
    valid_other: "{n} gyldige partnerskaber",
    left_out: "{n} udeladt",
    warnings_one: "{n} advarsel",
    warnings_other: "{n} advarsler",
    cannot_read: "filen kan ikke læses: {error}",
    never_checked: "aldrig kontrolleret",
    last_checked: "senest kontrolleret {date}",
    due_summary: "partnerskaber, der skal kontrolleres igen: {n} (ikke kontrolleret i {years} år)",
};

/// The validator page's own words in Danish (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Kontrollér partnerskabsdata — Nordiske partnerskaber om sundhedsinnovation",
    page_heading: "Kontrollér dine partnerskabsdata",
    page_intro: "Indlæs en datafil — JSON i skemaversion 1 eller et regneark gemt som CSV med de dokumenterede \
                 kolonner — og se alle problemer: hvor de er, og hvorfor. Alt foregår i denne browser; intet bliver \
                 uploadet.",
    language: "Sprog",
    file_heading: "En fil på din computer",
    file_label: "Vælg en fil (.json eller .csv)",
    file_hint: "Eller slip den i tekstfeltet.",
    web_heading: "En fil på nettet",
    web_label: "Webadresse",
    web_button: "Hent og kontrollér",
    web_hint: "Serveren skal tillade, at denne side læser filen (CORS).",
    paste_label: "Eller indsæt indholdet",
    paste_hint: "JSON begynder med {; alt andet læses som CSV.",
    check_button: "Kontrollér teksten",
    result_heading: "Resultat",
    nothing_checked: "Intet er kontrolleret endnu.",
    table_caption: "Alle problemer i filens rækkefølge",
    column_level: "Niveau",
    column_line: "Linje",
    column_row: "Række",
    column_where: "Hvor",
    column_why: "Hvorfor",
    download_json: "Download de gyldige partnerskaber som JSON",
    preview_heading: "Forhåndsvisning af de gyldige partnerskaber",
    preview_hint: "Forhåndsvisningen vises her efter en kontrol.",
    fetching: "Henter {address} …",
    fetch_failed:
        "{address} kunne ikke hentes: {error}. Hvis filen kan åbnes i en ny fane, tillader serveren ikke, at \
                   andre websteder læser den (CORS); download den og vælg filen i stedet.",
    server_answered: "serveren svarede {status}",
};
