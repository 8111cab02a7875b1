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
    focus_area_labels: [
        "Digital helse og telemedisin", // FocusArea::DigitalHealth
        "KI og helsedata", // FocusArea::AiHealthData
        "Medisinsk teknologi", // FocusArea::Medtech
        "Livsvitenskap og gründerskap", // FocusArea::LifeScience
        "Klinisk forskning og kvalitet", // FocusArea::ClinicalResearch
        "Utdanning og kompetanse", // FocusArea::Education
        "Aldring og velferdsteknologi", // FocusArea::HealthyAgeing
        "Primærhelse og hjemmetjenester", // FocusArea::PrimaryCare
        "Forskningsinfrastruktur og testarenaer", // FocusArea::ResearchInfrastructure
        "Kreft", // FocusArea::Cancer
        "Psykisk helse og nevrovitenskap", // FocusArea::MentalHealth
        "Folkehelse og forebygging", // FocusArea::PublicHealth
        "Regional utvikling og ledelse", // FocusArea::RegionalDevelopment
        "Persontilpasset medisin og genomikk", // FocusArea::PrecisionMedicine
        "Teknologioverføring og offentlig-privat samarbeid", // FocusArea::InnovationTransfer
        "Nordisk og grenseoverskridende samarbeid", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk avtale", // PartnershipKind::StrategicAgreement
        "Prosjekt", // PartnershipKind::Project
        "Nettverk", // PartnershipKind::Network
        "Klyngesamarbeid", // PartnershipKind::ClusterCollaboration
        "Referanseregion", // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Annet samarbeid", // PartnershipKind::Other
    ],
    status_labels: [
        "Aktiv", // Status::Active
        "Avsluttet", // Status::Completed
        "Planlagt", // Status::Planned
        "Status ukjent", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet", // PartnerKind::University
        "Høgskole", // PartnerKind::UniversityCollege
        "Fylkeskommune / region", // PartnerKind::Region
        "Helseforetak / RHF", // PartnerKind::HealthAuthority
        "Sykehus", // PartnerKind::Hospital
        "Kommune", // PartnerKind::Municipality
        "Klynge", // PartnerKind::Cluster
        "Bedrift", // PartnerKind::Company
        "Offentlig etat", // PartnerKind::PublicAgency
        "Stiftelse", // PartnerKind::Foundation
        "Nettverk", // PartnerKind::Network
        "Annen organisasjon", // PartnerKind::Other
    ],
    country_labels: [
        "Norge", // Country::No
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
pub const LOAD_FAILED: &str = "Partnerskapslisten kunne ikke lastes. Detaljer står i nettleserens konsoll.";
