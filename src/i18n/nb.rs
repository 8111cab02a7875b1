//! Norwegian Bokmål interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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
    rejected_notice_one: "1 oppføring i dataene kunne ikke vises. Detaljer står i nettleserens konsoll.",
    rejected_notice: "{n} oppføringer i dataene kunne ikke vises. Detaljer står i nettleserens konsoll.",
    incomplete_notice_one: "1 oppføring vises uten en opplysning som ikke kunne leses.",
    incomplete_notice: "{n} oppføringer vises uten opplysninger som ikke kunne leses.",
    data_error: "Dataene om samarbeidene kunne ikke leses.",
    search_label: "Søk i samarbeid",
    search_placeholder: "Navn, partner, sted eller tema",
    filters: "Filtre",
    facet_country: "Land",
    facet_focus_area: "Fokusområde",
    facet_partnership_kind: "Type samarbeid",
    facet_partner_kind: "Partnertype",
    facet_status: "Status",
    facet_partner: "Organisasjon",
    show_more_values: "Vis flere",
    show_fewer_values: "Vis færre",
    years: "Aktive år",
    year_from: "Fra",
    year_to: "Til",
    sort_label: "Sorter etter",
    sort_relevance: "Beste treff",
    sort_newest: "Nyeste først",
    sort_oldest: "Eldste først",
    sort_title: "Tittel A–Å",
    active_filters: "Aktive filtre",
    remove_filter: "Fjern filter: {label}",
    search_chip: "Søk: «{text}»",
    clear_all: "Fjern alle",
    count_of_one: "{n} av {total} samarbeid",
    count_of_many: "{n} av {total} samarbeid",
    show_more_results: "Vis {n} til",
    empty_title: "Ingen samarbeid passer",
    empty_hint: "Prøv å fjerne ett av disse:",
    loading: "Laster inn samarbeid …",
    search_pending: "Gjør klar søket …",
    view_actions: "Lagre eller del resultatene",
    save_csv: "Last ned CSV",
    save_json: "Last ned JSON",
    copy_link: "Kopier lenke",
    link_copied: "Lenken er kopiert",
    copy_this_link: "Kopier denne lenken:",
    download: "Last ned:",
    copy_partnership_link: "Kopier lenke til dette samarbeidet",
    unknown_partnership: "Lenken viste til et samarbeid ({id}) som ikke finnes i denne listen. Hele listen vises.",
    map_label: "Samarbeid etter land: et kart",
    timeline_undated_one: "1 samarbeid uten startdato er ikke med i diagrammet.",
    timeline_undated: "{n} samarbeid uten startdato er ikke med i diagrammet.",
    timeline_summary: "Aktive samarbeid per år, {first}–{last}; flest i {peak}: {n}.",
    details: "Detaljer",
    close: "Lukk",
    language: "Språk",
    no_summary: "Ingen beskrivelse ennå.",
    any_year: "Alle år",
    more_partners: "+ {n} til",
    selected_count: "{n} valgt",
    error_network: "Datafilen kunne ikke hentes (nettverksfeil).",
    error_http: "Datafilen kunne ikke hentes (HTTP {status}).",
    error_content_type: "Dataadressen peker ikke til en JSON-fil.",
    error_json: "Datafilen er ikke gyldige samarbeidsdata.",
    error_too_large: "Datafilen er for stor (over 64 MB).",
    error_integrity: "Datafilen stemte ikke med det publiserte fingeravtrykket sitt, så den vises ikke.",
    error_not_allowed:
        "Denne siden viser bare datafiler som utgiveren tillater, og den oppgitte adressen er ikke blant dem.",
    latest_source: "nyeste kilde {year}",
    no_dated_source: "ingen datert kilde",
    status_help: "Aktiv: en kilde fra de siste tre årene sier at samarbeidet pågår. Avsluttet: en kilde oppgir slutten. Planlagt: kunngjort, men ikke startet. Status ukjent: ingen nyere kilde sier noe om det; kortet viser året for den nyeste kilden.",
    error_details: "Detaljer står i nettleserens konsoll.",
    error_internal:
        "Listen over samarbeid stoppet på grunn av en intern feil. Last inn siden på nytt for å prøve igjen.",
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

/// The language's own name and its vocabulary labels in Norwegian Bokmål: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Norsk bokmål",
    focus_area_labels: [
        "Digital helse og telemedisin",                      // FocusArea::DigitalHealth
        "KI og helsedata",                                   // FocusArea::AiHealthData
        "Medisinsk teknologi",                               // FocusArea::Medtech
        "Livsvitenskap og gründerskap",                      // FocusArea::LifeScience
        "Klinisk forskning og kvalitet",                     // FocusArea::ClinicalResearch
        "Utdanning og kompetanse",                           // FocusArea::Education
        "Aldring og velferdsteknologi",                      // FocusArea::HealthyAgeing
        "Primærhelse og hjemmetjenester",                    // FocusArea::PrimaryCare
        "Forskningsinfrastruktur og testarenaer",            // FocusArea::ResearchInfrastructure
        "Kreft",                                             // FocusArea::Cancer
        "Psykisk helse og nevrovitenskap",                   // FocusArea::MentalHealth
        "Folkehelse og forebygging",                         // FocusArea::PublicHealth
        "Regional utvikling og ledelse",                     // FocusArea::RegionalDevelopment
        "Persontilpasset medisin og genomikk",               // FocusArea::PrecisionMedicine
        "Teknologioverføring og offentlig-privat samarbeid", // FocusArea::InnovationTransfer
        "Nordisk og grenseoverskridende samarbeid",          // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk avtale", // PartnershipKind::StrategicAgreement
        "Prosjekt",          // PartnershipKind::Project
        "Nettverk",          // PartnershipKind::Network
        "Klyngesamarbeid",   // PartnershipKind::ClusterCollaboration
        "Referanseregion",   // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Annet samarbeid",   // PartnershipKind::Other
    ],
    status_labels: [
        "Aktiv",         // Status::Active
        "Avsluttet",     // Status::Completed
        "Planlagt",      // Status::Planned
        "Status ukjent", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet",            // PartnerKind::University
        "Høgskole",               // PartnerKind::UniversityCollege
        "Fylkeskommune / region", // PartnerKind::Region
        "Helseforetak / RHF",     // PartnerKind::HealthAuthority
        "Sykehus",                // PartnerKind::Hospital
        "Kommune",                // PartnerKind::Municipality
        "Klynge",                 // PartnerKind::Cluster
        "Bedrift",                // PartnerKind::Company
        "Offentlig etat",         // PartnerKind::PublicAgency
        "Stiftelse",              // PartnerKind::Foundation
        "Nettverk",               // PartnerKind::Network
        "Annen organisasjon",     // PartnerKind::Other
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
pub const LOAD_FAILED: &str = "Partnerskapslisten kunne ikke lastes. Detaljer står i nettleserens konsoll.";

/// The editors' tools in Norwegian Bokmål (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "en sannhetsverdi (true/false)", "et tall", "en tekststreng", "en liste", "et objekt"],
    json_syntax: [
        "filen slutter midt i en liste",
        "filen slutter midt i et objekt",
        "filen slutter midt i en tekststreng",
        "filen slutter der det skulle ha stått en verdi",
        "forventet `:`",
        "forventet `,` eller `]`",
        "forventet `,` eller `}`",
        "forventet en verdi",
        "ugyldig escape-sekvens",
        "ugyldig tall",
        "tallet er utenfor gyldig område",
        "kontrolltegn (\\u0000-\\u001F) i en tekststreng",
        "nøkkelen må være en tekststreng",
        "komma etter siste element",
        "overflødige tegn etter JSON-innholdet",
        "for dyp nøsting (rekursjonsgrensen er overskredet)",
    ],
    error: "feil",
    warning: "advarsel",
    place_record: "oppføring {n}",
    place_id: " (id {id})",
    place_field: "felt {field}",
    place_row: "rad {n}",
    place_column: "kolonne {name}",
    place_line: "linje {n}",
    place_item: "element {n}",
    wrong_type: "skal være {expected}, men er {found}",
    missing: "må fylles ut",
    empty_text: "inneholder ingen synlig tekst; utelat feltet, eller skriv inn en tekst",
    empty_list: "er en tom liste; oppgi minst én verdi",
    no_language: "har ingen tekst; skriv teksten på minst ett språk, f.eks. {\"en\": \"…\"}",
    unknown_value: "ukjent verdi {found}; gyldige verdier er {expected}",
    invalid_id: "{found} er ikke en gyldig id; bruk små bokstaver og sifre med én bindestrek mellom delene, f.eks. \
                 \"umea-university-region-vasterbotten\" (høyst {max} tegn)",
    duplicate_id: "id-en er allerede i bruk; oppføring {first} har samme id",
    repeated: "inneholder {found} mer enn én gang",
    invalid_date: "{found} er ikke en gyldig dato; skriv YYYY, YYYY-MM eller YYYY-MM-DD",
    ends_before_start: "sluttdatoen ({ended}) er før startdatoen ({started})",
    not_nordic: "{found} er ikke et av samarbeidslandene NO, SE, DK, FI, IS (en utenlandsk partner føres under \
                 partners[].country)",
    unknown_country: "{found} er ikke en landkode etter ISO 3166-1 alpha-2; skriv to store bokstaver, f.eks. \"SE\"",
    not_http_url:
        "{found} er ikke en nettadresse; lenker må begynne med http:// eller https:// og kan ikke inneholde mellomrom",
    no_usable_entry: "har ingen brukbare verdier (se problemene ovenfor)",
    implausible_year: "{found} ligger utenfor {from}–{to}; er det en skrivefeil i årstallet?",
    too_many_records: "inneholder {found} samarbeid; bare de {limit} første blir lest",
    unreadable: "kan ikke leses på linje {line}, kolonne {column}: {message}",
    unknown_field: "er ikke et felt i skjemaversjon 1 og blir ignorert",
    missing_version: "mangler; filen leses som versjon 1",
    repeated_key: "er oppgitt mer enn én gang her; bare den siste verdien blir lest",
    repeated_list: "er oppgitt på nytt på linje {line}; bare den første, på linje {first}, blir lest (samle alle \
                    samarbeidene i én liste)",
    repeated_field: "er oppgitt på nytt på linje {line} (første gang på linje {first}); bare den siste blir lest",
    more_errors_one: "{n} feil til",
    more_errors_other: "{n} feil til",
    more_warnings_one: "{n} advarsel til",
    more_warnings_other: "{n} advarsler til",
    and: " og ",
    not_listed: " vises ikke; rett opp det som står ovenfor, og kontroller på nytt",
    value_left_out: "; verdien utelates, og resten av oppføringen vises",
    too_large: "filen er på {size} MB; grensen er {limit} MB",
    syntax: "ugyldig JSON på linje {line}, kolonne {column}: {message}",
    not_an_object: "filen inneholder {found}, men skal inneholde et objekt med \"schema_version\" og \"partnerships\"",
    no_list: "feltet \"partnerships\" mangler; det skal være en liste over samarbeidene",
    list_is_not_a_list: "feltet \"partnerships\" inneholder {found}, men skal være en liste over samarbeidene",
    unsupported_version: "feltet \"schema_version\" er {found}; bare versjon 1 kan leses",
    sheet_unclosed_quote:
        "en celle i anførselstegn som begynner på linje {line}, blir aldri avsluttet; legg til det avsluttende \"",
    sheet_no_header: "første rad må inneholde kolonnenavnene, med \"id\" først ({columns} …)",
    sheet_unknown_column: "er ikke en av de dokumenterte kolonnene og blir ignorert",
    sheet_column_twice: "finnes to ganger (kolonne {first} og {second}); bare den første blir lest",
    sheet_extra_cells: "har {n} celler, men overskriftsraden har bare {columns}; de overskytende cellene blir ignorert",
    sheet_fields: "har {n} felt; feltene skal være {expected} (resten blir ignorert)",
    stale_active: "status \"active\", men {newest}; finn en nyere kilde, eller sett \
                   \"unknown\" og skriv \"as of YEAR\" (på norsk \"per ÅR\") i beskrivelsen (summary)",
    no_dated_source: "ingen av kildene har dato",
    newest_source: "den nyeste kilden er fra {date}, for mer enn {years} år siden",
    active_but_ended:
        "status \"active\", men \"ended\" er {ended}, altså passert; sett \"completed\", eller rett sluttdatoen",
    valid_one: "{n} gyldig samarbeid",
    valid_other: "{n} gyldige samarbeid",
    left_out: "{n} utelatt",
    warnings_one: "{n} advarsel",
    warnings_other: "{n} advarsler",
    cannot_read: "filen kan ikke leses: {error}",
    never_checked: "aldri kontrollert",
    last_checked: "sist kontrollert {date}",
    due_summary: "{n} samarbeid bør kontrolleres på nytt (ikke kontrollert på {years} år)",
};

/// The validator page's own words in Norwegian Bokmål (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Kontroller samarbeidsdata — Nordiske samarbeid om helseinnovasjon",
    page_heading: "Kontroller samarbeidsdataene dine",
    page_intro: "Legg inn en datafil — JSON i skjemaversjon 1, eller et regneark lagret som CSV med de dokumenterte \
                 kolonnene — og se alle problemene: hvor de er, og hvorfor. Alt skjer i denne nettleseren; ingenting \
                 lastes opp.",
    language: "Språk",
    file_heading: "En fil på datamaskinen din",
    file_label: "Velg en fil (.json eller .csv)",
    file_hint: "Eller slipp den i tekstfeltet.",
    web_heading: "En fil på nettet",
    web_label: "Nettadressen",
    web_button: "Hent og kontroller",
    web_hint: "Serveren må tillate at denne siden leser filen (CORS).",
    paste_label: "Eller lim inn innholdet",
    paste_hint: "JSON begynner med {; alt annet leses som CSV.",
    check_button: "Kontroller teksten",
    result_heading: "Resultat",
    nothing_checked: "Ingenting er kontrollert ennå.",
    table_caption: "Alle problemer, i samme rekkefølge som i filen",
    column_level: "Nivå",
    column_line: "Linje",
    column_row: "Rad",
    column_where: "Hvor",
    column_why: "Hvorfor",
    download_json: "Last ned de gyldige samarbeidene som JSON",
    preview_heading: "Forhåndsvisning av de gyldige samarbeidene",
    preview_hint: "Forhåndsvisningen kommer her etter en kontroll.",
    fetching: "Henter {address} …",
    fetch_failed: "{address} kunne ikke hentes: {error}. Hvis filen kan åpnes i en ny fane, er det serveren som ikke \
                   lar andre nettsteder lese den (CORS); last den ned, og velg filen i stedet.",
    server_answered: "serveren svarte {status}",
};
