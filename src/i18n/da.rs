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
    focus_area_labels: [
        "Digital sundhed og telemedicin", // FocusArea::DigitalHealth
        "AI og sundhedsdata", // FocusArea::AiHealthData
        "Medicoteknik", // FocusArea::Medtech
        "Life science og iværksætteri", // FocusArea::LifeScience
        "Klinisk forskning og kvalitet", // FocusArea::ClinicalResearch
        "Uddannelse og kompetence", // FocusArea::Education
        "Sund aldring og velfærdsteknologi", // FocusArea::HealthyAgeing
        "Det nære sundhedsvæsen og hjemmepleje", // FocusArea::PrimaryCare
        "Forskningsinfrastruktur og testfaciliteter", // FocusArea::ResearchInfrastructure
        "Kræft", // FocusArea::Cancer
        "Mental sundhed og neurovidenskab", // FocusArea::MentalHealth
        "Folkesundhed og forebyggelse", // FocusArea::PublicHealth
        "Regional udvikling og ledelse", // FocusArea::RegionalDevelopment
        "Personlig medicin og genomik", // FocusArea::PrecisionMedicine
        "Teknologioverførsel og offentlig-privat samarbejde", // FocusArea::InnovationTransfer
        "Nordisk og grænseoverskridende samarbejde", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategisk aftale", // PartnershipKind::StrategicAgreement
        "Projekt", // PartnershipKind::Project
        "Netværk", // PartnershipKind::Network
        "Klyngesamarbejde", // PartnershipKind::ClusterCollaboration
        "Referenceregion", // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Andet samarbejde", // PartnershipKind::Other
    ],
    status_labels: [
        "Aktivt", // Status::Active
        "Afsluttet", // Status::Completed
        "Planlagt", // Status::Planned
        "Status ukendt", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet", // PartnerKind::University
        "Professionshøjskole", // PartnerKind::UniversityCollege
        "Region", // PartnerKind::Region
        "Sundhedsmyndighed", // PartnerKind::HealthAuthority
        "Hospital", // PartnerKind::Hospital
        "Kommune", // PartnerKind::Municipality
        "Klynge", // PartnerKind::Cluster
        "Virksomhed", // PartnerKind::Company
        "Offentlig myndighed", // PartnerKind::PublicAgency
        "Fond", // PartnerKind::Foundation
        "Netværk", // PartnerKind::Network
        "Anden organisation", // PartnerKind::Other
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

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Listen over partnerskaber kunne ikke indlæses. Detaljer står i browserens konsol.";
