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
    rejected_notice_one: "1 post i datan kunde inte visas. Detaljer finns i webbläsarens konsol.",
    rejected_notice: "{n} poster i datan kunde inte visas. Detaljer finns i webbläsarens konsol.",
    incomplete_notice_one: "1 post visas utan en uppgift som inte kunde läsas.",
    incomplete_notice: "{n} poster visas utan uppgifter som inte kunde läsas.",
    data_error: "Uppgifterna om partnerskapen kunde inte läsas.",
    search_label: "Sök bland partnerskap",
    search_placeholder: "Namn, part, ort eller ämne",
    filters: "Filter",
    facet_country: "Land",
    facet_focus_area: "Fokusområde",
    facet_partnership_kind: "Typ av partnerskap",
    facet_partner_kind: "Typ av part",
    facet_status: "Status",
    facet_partner: "Organisation",
    show_more_values: "Visa fler",
    show_fewer_values: "Visa färre",
    years: "Aktiva år",
    year_from: "Från",
    year_to: "Till",
    sort_label: "Sortera efter",
    sort_relevance: "Bästa träff",
    sort_newest: "Nyast först",
    sort_oldest: "Äldst först",
    sort_title: "Titel A–Ö",
    active_filters: "Aktiva filter",
    remove_filter: "Ta bort filter: {label}",
    search_chip: "Sökning: ”{text}”",
    clear_all: "Rensa alla",
    count_of_one: "{n} av {total} partnerskap",
    count_of_many: "{n} av {total} partnerskap",
    show_more_results: "Visa {n} till",
    empty_title: "Inga partnerskap matchar",
    empty_hint: "Prova att ta bort något av dessa:",
    loading: "Läser in partnerskap …",
    search_pending: "Förbereder sökningen …",
    view_actions: "Spara eller dela resultaten",
    save_csv: "Ladda ner CSV",
    save_json: "Ladda ner JSON",
    copy_link: "Kopiera länk",
    link_copied: "Länken är kopierad",
    copy_this_link: "Kopiera den här länken:",
    download: "Ladda ner:",
    copy_partnership_link: "Kopiera länk till det här samarbetet",
    unknown_partnership: "Länken gällde ett samarbete ({id}) som inte finns i den här listan. Hela listan visas.",
    map_label: "Samarbeten per land: en karta",
    timeline_undated_one: "1 samarbete utan startdatum finns inte med i diagrammet.",
    timeline_undated: "{n} samarbeten utan startdatum finns inte med i diagrammet.",
    timeline_summary: "Aktiva samarbeten per år, {first}–{last}; flest {peak}: {n}.",
    details: "Detaljer",
    close: "Stäng",
    language: "Språk",
    no_summary: "Ingen beskrivning ännu.",
    any_year: "Alla år",
    more_partners: "+ {n} till",
    selected_count: "{n} valda",
    error_network: "Datafilen kunde inte hämtas (nätverksfel).",
    error_http: "Datafilen kunde inte hämtas (HTTP {status}).",
    error_content_type: "Dataadressen pekar inte på en JSON-fil.",
    error_json: "Datafilen innehåller inte giltiga partnerskapsdata.",
    error_too_large: "Datafilen är för stor (över 64 MB).",
    error_integrity: "Datafilen stämde inte med sitt publicerade fingeravtryck och visas därför inte.",
    error_not_allowed:
        "Den här sidan visar bara datafiler som utgivaren tillåter, och den angivna adressen är inte en av dem.",
    latest_source: "senaste källa {year}",
    no_dated_source: "ingen daterad källa",
    status_help: "Aktivt: en källa från de senaste tre åren säger att samarbetet pågår. Avslutat: en källa anger slutet. Planerat: aviserat men inte påbörjat. Status okänd: ingen nyare källa säger något om det; kortet visar året för den senaste källan.",
    error_details: "Detaljer finns i webbläsarens konsol.",
    error_internal:
        "Listan över partnerskap stoppade på grund av ett internt fel. Ladda om sidan för att försöka igen.",
    focus_area_labels: [
        "Digital hälsa och telemedicin", // FocusArea::DigitalHealth
        "AI och hälsodata", // FocusArea::AiHealthData
        "Medicinteknik", // FocusArea::Medtech
        "Life science och entreprenörskap", // FocusArea::LifeScience
        "Klinisk forskning och vårdkvalitet", // FocusArea::ClinicalResearch
        "Utbildning och kompetensförsörjning", // FocusArea::Education
        "Hälsosamt åldrande och välfärdsteknik", // FocusArea::HealthyAgeing
        "Primärvård, hemvård och omsorg", // FocusArea::PrimaryCare
        "Forskningsinfrastruktur och testbäddar", // FocusArea::ResearchInfrastructure
        "Cancer", // FocusArea::Cancer
        "Psykisk hälsa och neurovetenskap", // FocusArea::MentalHealth
        "Folkhälsa och prevention", // FocusArea::PublicHealth
        "Regional utveckling och ledning", // FocusArea::RegionalDevelopment
        "Precisionsmedicin och genomik", // FocusArea::PrecisionMedicine
        "Tekniköverföring och offentlig-privat samverkan", // FocusArea::InnovationTransfer
        "Nordiskt och gränsöverskridande samarbete", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategiskt avtal", // PartnershipKind::StrategicAgreement
        "Projekt", // PartnershipKind::Project
        "Nätverk", // PartnershipKind::Network
        "Klustersamarbete", // PartnershipKind::ClusterCollaboration
        "Referensregion", // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Annat samarbete", // PartnershipKind::Other
    ],
    status_labels: [
        "Aktivt", // Status::Active
        "Avslutat", // Status::Completed
        "Planerat", // Status::Planned
        "Status okänd", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet", // PartnerKind::University
        "Högskola", // PartnerKind::UniversityCollege
        "Region", // PartnerKind::Region
        "Hälsomyndighet", // PartnerKind::HealthAuthority
        "Sjukhus", // PartnerKind::Hospital
        "Kommun", // PartnerKind::Municipality
        "Kluster", // PartnerKind::Cluster
        "Företag", // PartnerKind::Company
        "Myndighet", // PartnerKind::PublicAgency
        "Stiftelse", // PartnerKind::Foundation
        "Nätverk", // PartnerKind::Network
        "Annan organisation", // PartnerKind::Other
    ],
    country_labels: [
        "Norge", // Country::No
        "Sverige", // Country::Se
        "Danmark", // Country::Dk
        "Finland", // Country::Fi
        "Island", // Country::Is
    ],
    full_date: "{d} {month} {year}",
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

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Listan över partnerskap kunde inte laddas. Detaljer finns i webbläsarens konsol.";
