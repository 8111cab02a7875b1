//! Norwegian Nynorsk interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Norsk nynorsk",
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
    focus_area_labels: [
        "Digital helse og telemedisin", // FocusArea::DigitalHealth
        "KI og helsedata", // FocusArea::AiHealthData
        "Medisinsk teknologi", // FocusArea::Medtech
        "Livsvitskap og entreprenørskap", // FocusArea::LifeScience
        "Klinisk forsking og kvalitet", // FocusArea::ClinicalResearch
        "Utdanning og kompetanse", // FocusArea::Education
        "Aldring og velferdsteknologi", // FocusArea::HealthyAgeing
        "Primærhelse og heimetenester", // FocusArea::PrimaryCare
        "Forskingsinfrastruktur og testarenaer", // FocusArea::ResearchInfrastructure
        "Kreft", // FocusArea::Cancer
        "Psykisk helse og nevrovitskap", // FocusArea::MentalHealth
        "Folkehelse og førebygging", // FocusArea::PublicHealth
        "Regional utvikling og leiing", // FocusArea::RegionalDevelopment
        "Persontilpassa medisin og genomikk", // FocusArea::PrecisionMedicine
        "Teknologioverføring og offentleg-privat samarbeid", // FocusArea::InnovationTransfer
        "Nordisk og grenseoverskridande samarbeid", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk avtale", // PartnershipKind::StrategicAgreement
        "Prosjekt", // PartnershipKind::Project
        "Nettverk", // PartnershipKind::Network
        "Klyngesamarbeid", // PartnershipKind::ClusterCollaboration
        "Referanseregion", // PartnershipKind::ReferenceSite
        "Forskingsprogram", // PartnershipKind::ResearchProgramme
        "Anna samarbeid", // PartnershipKind::Other
    ],
    status_labels: [
        "Aktiv", // Status::Active
        "Avslutta", // Status::Completed
        "Planlagt", // Status::Planned
        "Status ukjend", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet", // PartnerKind::University
        "Høgskule", // PartnerKind::UniversityCollege
        "Fylkeskommune / region", // PartnerKind::Region
        "Helseføretak / RHF", // PartnerKind::HealthAuthority
        "Sjukehus", // PartnerKind::Hospital
        "Kommune", // PartnerKind::Municipality
        "Klynge", // PartnerKind::Cluster
        "Bedrift", // PartnerKind::Company
        "Offentleg etat", // PartnerKind::PublicAgency
        "Stifting", // PartnerKind::Foundation
        "Nettverk", // PartnerKind::Network
        "Annan organisasjon", // PartnerKind::Other
    ],
    country_labels: [
        "Noreg", // Country::No
        "Sverige", // Country::Se
        "Danmark", // Country::Dk
        "Finland", // Country::Fi
        "Island", // Country::Is
    ],
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

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Samarbeidslista kunne ikkje lastast inn. Detaljar står i konsollen i nettlesaren.";
