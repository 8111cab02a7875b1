//! Norwegian Nynorsk interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
    widget_label: "Nordiske samarbeid om helseinnovasjon",
    partners: "Partnarar",
    funders: "Finansiert av",
    countries: "Land",
    region: "Region",
    focus_areas: "Fokusområde",
    period: "Periode",
    status: "Status",
    sources: "Kjelder",
    present: "i dag",
    start_unknown: "start ukjend",
    opens_in_new_tab: "(blir opna i ny fane)",
    no_address: "inga nettadresse",
    count_one: "{n} samarbeid",
    count_many: "{n} samarbeid",
    rejected_notice_one: "1 oppføring i datafila kunne ikkje visast. Detaljar står i konsollen i nettlesaren.",
    rejected_notice: "{n} oppføringar i datafila kunne ikkje visast. Detaljar står i konsollen i nettlesaren.",
    incomplete_notice_one: "1 oppføring blir vist utan ei opplysning som ikkje kunne lesast.",
    incomplete_notice: "{n} oppføringar blir vist utan opplysningar som ikkje kunne lesast.",
    data_error: "Data om samarbeida kunne ikkje lesast.",
    search_label: "Søk i samarbeid",
    search_placeholder: "Namn, partnar, stad eller tema",
    filters: "Filter",
    facet_country: "Land",
    facet_focus_area: "Fokusområde",
    facet_partnership_kind: "Type samarbeid",
    facet_partner_kind: "Partnartype",
    facet_status: "Status",
    facet_partner: "Organisasjon",
    show_more_values: "Vis fleire",
    show_fewer_values: "Vis færre",
    years: "Aktive år",
    year_from: "Frå",
    year_to: "Til",
    sort_label: "Sorter etter",
    sort_relevance: "Beste treff",
    sort_newest: "Nyaste først",
    sort_oldest: "Eldste først",
    sort_title: "Tittel A–Å",
    active_filters: "Aktive filter",
    remove_filter: "Fjern filter: {label}",
    search_chip: "Søk: «{text}»",
    clear_all: "Fjern alle",
    count_of_one: "{n} av {total} samarbeid",
    count_of_many: "{n} av {total} samarbeid",
    show_more_results: "Vis {n} til",
    empty_title: "Ingen samarbeid passar",
    empty_hint: "Prøv å fjerne eitt av desse:",
    loading: "Lastar inn samarbeid …",
    search_pending: "Førebur søket …",
    view_actions: "Lagre eller del resultata",
    save_csv: "Last ned CSV",
    save_json: "Last ned JSON",
    copy_link: "Kopier lenkja",
    link_copied: "Lenkja er kopiert",
    copy_this_link: "Kopier denne lenkja:",
    download: "Last ned:",
    copy_partnership_link: "Kopier lenkja til dette samarbeidet",
    unknown_partnership: "Lenkja viste til eit samarbeid ({id}) som ikkje finst i denne lista. Heile lista blir vist.",
    map_label: "Samarbeid etter land: eit kart",
    timeline_undated_one: "1 samarbeid utan startdato er ikkje med i diagrammet.",
    timeline_undated: "{n} samarbeid utan startdato er ikkje med i diagrammet.",
    timeline_summary: "Aktive samarbeid per år, {first}–{last}; flest i {peak}: {n}.",
    details: "Detaljar",
    close: "Lukk",
    language: "Språk",
    no_summary: "Inga skildring enno.",
    any_year: "Alle år",
    more_partners: "+ {n} til",
    selected_count: "{n} valt",
    error_network: "Datafila kunne ikkje hentast (nettverksfeil).",
    error_http: "Datafila kunne ikkje hentast (HTTP {status}).",
    error_content_type: "Dataadressa viser ikkje til ei JSON-fil.",
    error_json: "Datafila inneheld ikkje gyldige samarbeidsdata.",
    error_too_large: "Datafila er for stor (over 64 MB).",
    error_integrity: "Datafila samsvara ikkje med det publiserte fingeravtrykket sitt, så ho blir ikkje vist.",
    error_not_allowed:
        "Denne sida viser berre datafiler som utgjevaren har godkjent, og denne dataadressa er ikkje mellom dei.",
    latest_source: "nyaste kjelde {year}",
    no_dated_source: "inga datert kjelde",
    status_help: "Aktiv: ei kjelde frå dei siste tre åra seier at samarbeidet er i gang. Avslutta: ei kjelde fortel når det tok slutt. Planlagt: kunngjort, men ikkje starta. Status ukjend: inga nyare kjelde seier noko om det; kortet viser året for den nyaste kjelda.",
    error_details: "Detaljar står i konsollen i nettlesaren.",
    error_internal: "Lista over samarbeid stoppa på grunn av ein intern feil. Last inn sida på nytt for å prøve igjen.",
    full_date: "{d}. {month} {year}",
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

/// The language's own name and its vocabulary labels in Norwegian Nynorsk: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Norsk nynorsk",
    focus_area_labels: [
        "Digital helse og telemedisin",                      // FocusArea::DigitalHealth
        "KI og helsedata",                                   // FocusArea::AiHealthData
        "Medisinsk teknologi",                               // FocusArea::Medtech
        "Livsvitskap og entreprenørskap",                    // FocusArea::LifeScience
        "Klinisk forsking og kvalitet",                      // FocusArea::ClinicalResearch
        "Utdanning og kompetanse",                           // FocusArea::Education
        "Aldring og velferdsteknologi",                      // FocusArea::HealthyAgeing
        "Primærhelse og heimetenester",                      // FocusArea::PrimaryCare
        "Forskingsinfrastruktur og testarenaer",             // FocusArea::ResearchInfrastructure
        "Kreft",                                             // FocusArea::Cancer
        "Psykisk helse og nevrovitskap",                     // FocusArea::MentalHealth
        "Folkehelse og førebygging",                         // FocusArea::PublicHealth
        "Regional utvikling og leiing",                      // FocusArea::RegionalDevelopment
        "Persontilpassa medisin og genomikk",                // FocusArea::PrecisionMedicine
        "Teknologioverføring og offentleg-privat samarbeid", // FocusArea::InnovationTransfer
        "Nordisk og grenseoverskridande samarbeid",          // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk avtale", // PartnershipKind::StrategicAgreement
        "Prosjekt",          // PartnershipKind::Project
        "Nettverk",          // PartnershipKind::Network
        "Klyngesamarbeid",   // PartnershipKind::ClusterCollaboration
        "Referanseregion",   // PartnershipKind::ReferenceSite
        "Forskingsprogram",  // PartnershipKind::ResearchProgramme
        "Anna samarbeid",    // PartnershipKind::Other
    ],
    status_labels: [
        "Aktiv",         // Status::Active
        "Avslutta",      // Status::Completed
        "Planlagt",      // Status::Planned
        "Status ukjend", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet",            // PartnerKind::University
        "Høgskule",               // PartnerKind::UniversityCollege
        "Fylkeskommune / region", // PartnerKind::Region
        "Helseføretak / RHF",     // PartnerKind::HealthAuthority
        "Sjukehus",               // PartnerKind::Hospital
        "Kommune",                // PartnerKind::Municipality
        "Klynge",                 // PartnerKind::Cluster
        "Bedrift",                // PartnerKind::Company
        "Offentleg etat",         // PartnerKind::PublicAgency
        "Stifting",               // PartnerKind::Foundation
        "Nettverk",               // PartnerKind::Network
        "Annan organisasjon",     // PartnerKind::Other
    ],
    country_labels: [
        "Noreg",   // Country::No
        "Sverige", // Country::Se
        "Danmark", // Country::Dk
        "Finland", // Country::Fi
        "Island",  // Country::Is
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Samarbeidslista kunne ikkje lastast inn. Detaljar står i konsollen i nettlesaren.";

/// The editors' tools in Norwegian Nynorsk (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "ein sanningsverdi (true/false)", "eit tal", "ein tekststreng", "ei liste", "eit objekt"],
    json_syntax: [
        "fila sluttar midt i ei liste",
        "fila sluttar midt i eit objekt",
        "fila sluttar midt i ein tekststreng",
        "fila sluttar der det skulle ha stått ein verdi",
        "her skal det stå `:`",
        "her skal det stå `,` eller `]`",
        "her skal det stå `,` eller `}`",
        "her skal det stå ein verdi",
        "ugyldig escape-sekvens",
        "ugyldig tal",
        "talet er utanfor gyldig område",
        "kontrollteikn (\\u0000-\\u001F) i ein tekststreng",
        "nøkkelen må vere ein tekststreng",
        "komma etter siste element",
        "ekstra teikn etter slutten av JSON-innhaldet",
        "for djup nøsting (grensa for rekursjon er nådd)",
    ],
    error: "feil",
    warning: "åtvaring",
    place_record: "oppføring {n}",
    place_id: " (id {id})",
    place_field: "felt {field}",
    place_row: "rad {n}",
    place_column: "kolonne {name}",
    place_line: "linje {n}",
    place_item: "element {n}",
    wrong_type: "skal vere {expected}, men er {found}",
    missing: "må fyllast ut",
    empty_text: "inneheld ingen synleg tekst; ta ut feltet, eller skriv inn ein tekst",
    empty_list: "er ei tom liste; før opp minst éin verdi",
    no_language: "har ingen tekst; skriv teksten på minst eitt språk, t.d. {\"en\": \"…\"}",
    unknown_value: "ukjend verdi {found}; gyldige verdiar er {expected}",
    invalid_id: "{found} er ikkje ein gyldig id; bruk små bokstavar og siffer med éin bindestrek mellom delane, t.d. \
                 \"umea-university-region-vasterbotten\" (høgst {max} teikn)",
    duplicate_id: "id-en er alt i bruk; oppføring {first} har same id",
    repeated: "inneheld {found} meir enn éin gong",
    invalid_date: "{found} er ikkje ein gyldig dato; skriv YYYY, YYYY-MM eller YYYY-MM-DD",
    ends_before_start: "sluttdatoen ({ended}) er før startdatoen ({started})",
    not_nordic:
        "{found} er ikkje eitt av samarbeidslanda NO, SE, DK, FI, IS (ein utanlandsk partnar skal førast under \
                 partners[].country)",
    unknown_country: "{found} er ikkje ein landkode etter ISO 3166-1 alpha-2; skriv to store bokstavar, t.d. \"SE\"",
    not_http_url:
        "{found} er ikkje ei nettadresse; lenkjer må byrje med http:// eller https:// og kan ikkje innehalde mellomrom",
    no_usable_entry: "har ingen brukbare verdiar (sjå problema ovanfor)",
    implausible_year: "{found} ligg utanfor {from}–{to}; er det ein skrivefeil i årstalet?",
    too_many_records: "inneheld {found} samarbeid; berre dei {limit} første kjem med",
    unreadable: "kan ikkje lesast på linje {line}, kolonne {column}: {message}",
    unknown_field: "er ikkje eit felt i skjemaversjon 1 og blir ikkje brukt",
    missing_version: "manglar; fila blir tolka som versjon 1",
    repeated_key: "står meir enn éin gong her; berre den siste verdien gjeld",
    repeated_list: "står ein gong til på linje {line}; berre den første, på linje {first}, gjeld (samle alle \
                    samarbeida i éi liste)",
    repeated_field: "står ein gong til på linje {line} (første gong på linje {first}); berre den siste gjeld",
    more_errors_one: "{n} feil til",
    more_errors_other: "{n} feil til",
    more_warnings_one: "{n} åtvaring til",
    more_warnings_other: "{n} åtvaringar til",
    and: " og ",
    not_listed: " blir ikkje vist; rett opp det som står ovanfor, og kontroller på nytt",
    value_left_out: "; verdien kjem ikkje med, men resten av oppføringa blir vist",
    too_large: "fila er på {size} MB; grensa er {limit} MB",
    syntax: "ugyldig JSON på linje {line}, kolonne {column}: {message}",
    not_an_object: "fila inneheld {found}, men skal innehalde eit objekt med \"schema_version\" og \"partnerships\"",
    no_list: "feltet \"partnerships\" manglar; det skal vere ei liste over samarbeida",
    list_is_not_a_list: "feltet \"partnerships\" inneheld {found}, men skal vere ei liste over samarbeida",
    unsupported_version: "feltet \"schema_version\" er {found}; berre versjon 1 kan lesast",
    sheet_unclosed_quote:
        "ei celle i hermeteikn som byrjar på linje {line}, blir aldri avslutta; legg til det avsluttande \"",
    sheet_no_header: "første rad må innehalde kolonnenamna, med \"id\" først ({columns} …)",
    sheet_unknown_column: "er ikkje ein av dei dokumenterte kolonnane og blir ikkje brukt",
    sheet_column_twice: "står to gonger (kolonne {first} og {second}); berre den første gjeld",
    sheet_extra_cells: "har {n} celler, men første rad har berre {columns}; dei ekstra cellene blir ikkje brukt",
    sheet_fields: "har {n} felt; felta skal vere {expected} (resten blir ikkje brukt)",
    stale_active: "status \"active\", men {newest}; finn ei nyare kjelde, eller set \
                   \"unknown\" og skriv \"as of YEAR\" (på nynorsk \"per ÅR\") i skildringa (summary)",
    no_dated_source: "ingen av kjeldene har dato",
    newest_source: "den nyaste kjelda er frå {date}, for meir enn {years} år sidan",
    active_but_ended:
        "status \"active\", men \"ended\" er {ended}, altså passert; set \"completed\", eller rett sluttdatoen",
    valid_one: "{n} gyldig samarbeid",
    valid_other: "{n} gyldige samarbeid",
    left_out: "{n} forkasta",
    warnings_one: "{n} åtvaring",
    warnings_other: "{n} åtvaringar",
    cannot_read: "fila kan ikkje lesast: {error}",
    never_checked: "aldri kontrollert",
    last_checked: "sist kontrollert {date}",
    due_summary: "{n} samarbeid bør kontrollerast på nytt (ikkje kontrollert på {years} år)",
};

/// The validator page's own words in Norwegian Nynorsk (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Kontroller samarbeidsdata — Nordiske samarbeid om helseinnovasjon",
    page_heading: "Kontroller datafila di",
    page_intro: "Legg inn ei datafil — JSON i skjemaversjon 1, eller eit rekneark lagra som CSV med dei dokumenterte \
                 kolonnane — og sjå alle problema: kvar dei er, og kvifor. Alt skjer i denne nettlesaren; ingenting \
                 blir lasta opp.",
    language: "Språk",
    file_heading: "Ei fil på datamaskina di",
    file_label: "Vel ei fil (.json eller .csv)",
    file_hint: "Eller slepp ho i tekstfeltet.",
    web_heading: "Ei fil på nettet",
    web_label: "Nettadressa",
    web_button: "Hent og kontroller",
    web_hint: "Serveren må tillate at denne sida les fila (CORS).",
    paste_label: "Eller lim inn innhaldet",
    paste_hint: "JSON byrjar med {; alt anna blir tolka som CSV.",
    check_button: "Kontroller teksten",
    result_heading: "Resultat",
    nothing_checked: "Ingenting er kontrollert enno.",
    table_caption: "Alle problem, i same rekkjefølgje som i fila",
    column_level: "Nivå",
    column_line: "Linje",
    column_row: "Rad",
    column_where: "Kvar",
    column_why: "Kvifor",
    download_json: "Last ned dei gyldige samarbeida som JSON",
    preview_heading: "Førehandsvising av dei gyldige samarbeida",
    preview_hint: "Førehandsvisinga kjem her etter ein kontroll.",
    fetching: "Hentar {address} …",
    fetch_failed: "{address} kunne ikkje hentast: {error}. Om fila kan opnast i ei ny fane, er det serveren som ikkje \
                   lèt andre nettstader lese ho (CORS); last ho ned, og vel fila i staden.",
    server_answered: "serveren svarte {status}",
};
