//! Icelandic interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Íslenska",
    widget_label: "Norræn samstarfsverkefni um nýsköpun í heilbrigðisþjónustu",
    partners: "Samstarfsaðilar",
    funders: "Fjármögnun",
    countries: "Lönd",
    region: "Svæði",
    focus_areas: "Áherslusvið",
    period: "Tímabil",
    status: "Staða",
    sources: "Heimildir",
    present: "í dag",
    start_unknown: "upphaf óþekkt",
    opens_in_new_tab: "(opnast í nýjum flipa)",
    no_address: "engin vefslóð",
    count_one: "{n} samstarfsverkefni",
    count_many: "{n} samstarfsverkefni",
    rejected_notice_one: "Ekki tókst að birta {n} færslu úr gögnunum. Nánari upplýsingar eru í stjórnborði vafrans (console).",
    rejected_notice: "Ekki tókst að birta {n} færslur úr gögnunum. Nánari upplýsingar eru í stjórnborði vafrans (console).",
    incomplete_notice_one: "{n} færsla er birt án atriðis sem ekki tókst að lesa.",
    incomplete_notice: "{n} færslur eru birtar án atriða sem ekki tókst að lesa.",
    data_error: "Ekki tókst að lesa gögnin um samstarfsverkefnin.",
    search_label: "Leita í samstarfsverkefnum",
    search_placeholder: "Heiti, samstarfsaðili, staður eða efni",
    filters: "Síur",
    facet_country: "Land",
    facet_focus_area: "Áherslusvið",
    facet_partnership_kind: "Tegund samstarfs",
    facet_partner_kind: "Tegund samstarfsaðila",
    facet_status: "Staða",
    facet_partner: "Samstarfsaðili",
    show_more_values: "Sýna fleiri",
    show_fewer_values: "Sýna færri",
    years: "Í gangi á árunum",
    year_from: "Frá",
    year_to: "Til",
    sort_label: "Raða eftir",
    sort_relevance: "Mest viðeigandi",
    sort_newest: "Nýjustu fyrst",
    sort_oldest: "Elstu fyrst",
    sort_title: "Heiti A–Ö",
    active_filters: "Virkar síur",
    remove_filter: "Fjarlægja síu: {label}",
    search_chip: "Leit: „{text}“",
    clear_all: "Hreinsa allt",
    count_of_one: "{n} af {total} samstarfsverkefni",
    count_of_many: "{n} af {total} samstarfsverkefnum",
    show_more_results: "Sýna {n} til viðbótar",
    empty_title: "Engin samstarfsverkefni fundust",
    empty_hint: "Prófaðu að fjarlægja eitthvað af þessu:",
    loading: "Sæki samstarfsverkefni…",
    search_pending: "Undirbý leitina…",
    view_actions: "Vista niðurstöðurnar eða deila þeim",
    save_csv: "Sækja CSV",
    save_json: "Sækja JSON",
    copy_link: "Afrita tengil",
    link_copied: "Tengill afritaður",
    copy_this_link: "Afritaðu þennan tengil:",
    download: "Sækja:",
    copy_partnership_link: "Afrita tengil á þetta samstarfsverkefni",
    unknown_partnership: "Tengillinn vísaði á samstarfsverkefni ({id}) sem er ekki á þessum lista. Allur listinn er sýndur.",
    map_label: "Samstarfsverkefni eftir löndum: kort",
    timeline_undated_one: "{n} samstarfsverkefni án upphafsdags er ekki með í myndritinu.",
    timeline_undated: "{n} samstarfsverkefni án upphafsdags eru ekki með í myndritinu.",
    timeline_summary: "Samstarfsverkefni í gangi eftir árum, {first}–{last}; flest árið {peak}: {n}.",
    details: "Nánar",
    close: "Loka",
    language: "Tungumál",
    no_summary: "Engin lýsing enn.",
    any_year: "Öll ár",
    more_partners: "+ {n} til viðbótar",
    selected_count: "valið: {n}",
    error_network: "Ekki tókst að sækja gagnaskrána (netvilla).",
    error_http: "Ekki tókst að sækja gagnaskrána (HTTP {status}).",
    error_content_type: "Gagnaslóðin vísar ekki á JSON-skrá.",
    error_json: "Gagnaskráin inniheldur ekki gild gögn um samstarfsverkefni.",
    error_too_large: "Gagnaskráin er of stór (yfir 64 MB).",
    error_integrity: "Gagnaskráin stemmdi ekki við birt fingrafar sitt og er því ekki sýnd.",
    error_not_allowed:
        "Þessi síða sýnir aðeins gagnaskrár sem útgefandi hennar leyfir og uppgefin slóð er ekki ein þeirra.",
    latest_source: "nýjasta heimild frá {year}",
    no_dated_source: "engin dagsett heimild",
    status_help: "Í gangi: heimild frá síðustu þremur árum segir að verkefnið standi yfir. Lokið: heimild greinir frá því hvenær því lauk. Í undirbúningi: tilkynnt en ekki hafið. Staða óþekkt: engin nýleg heimild segir til um stöðuna; á spjaldinu kemur fram ártal nýjustu heimildarinnar.",
    error_details: "Nánari upplýsingar eru í stjórnborði vafrans (console).",
    error_internal:
        "Listinn yfir samstarfsverkefni stöðvaðist vegna innri villu. Reyndu að endurhlaða síðuna.",
    focus_area_labels: [
        "Stafræn heilbrigðisþjónusta og fjarlækningar", // FocusArea::DigitalHealth
        "Gervigreind og heilbrigðisgögn", // FocusArea::AiHealthData
        "Lækningatækni", // FocusArea::Medtech
        "Lífvísindi og frumkvöðlastarf", // FocusArea::LifeScience
        "Klínískar rannsóknir og gæði þjónustu", // FocusArea::ClinicalResearch
        "Menntun og mönnun", // FocusArea::Education
        "Heilbrigð öldrun og velferðartækni", // FocusArea::HealthyAgeing
        "Heilsugæsla, heimaþjónusta og félagsþjónusta", // FocusArea::PrimaryCare
        "Rannsóknarinnviðir og prófunaraðstaða", // FocusArea::ResearchInfrastructure
        "Krabbamein", // FocusArea::Cancer
        "Geðheilbrigði og taugavísindi", // FocusArea::MentalHealth
        "Lýðheilsa og forvarnir", // FocusArea::PublicHealth
        "Byggðaþróun og stjórnun", // FocusArea::RegionalDevelopment
        "Einstaklingsmiðaðar lækningar og erfðamengjafræði", // FocusArea::PrecisionMedicine
        "Tækniyfirfærsla og samstarf hins opinbera og einkaaðila", // FocusArea::InnovationTransfer
        "Norræn samvinna og samstarf yfir landamæri", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Samstarfssamningur", // PartnershipKind::StrategicAgreement
        "Verkefni", // PartnershipKind::Project
        "Tengslanet", // PartnershipKind::Network
        "Klasasamstarf", // PartnershipKind::ClusterCollaboration
        "Fyrirmyndarsvæði", // PartnershipKind::ReferenceSite
        "Rannsóknaáætlun", // PartnershipKind::ResearchProgramme
        "Annað samstarf", // PartnershipKind::Other
    ],
    status_labels: [
        "Í gangi", // Status::Active
        "Lokið", // Status::Completed
        "Í undirbúningi", // Status::Planned
        "Staða óþekkt", // Status::Unknown
    ],
    partner_kind_labels: [
        "Háskóli", // PartnerKind::University
        "Fagháskóli", // PartnerKind::UniversityCollege
        "Hérað / fylki", // PartnerKind::Region
        "Heilbrigðisstofnun", // PartnerKind::HealthAuthority
        "Sjúkrahús", // PartnerKind::Hospital
        "Sveitarfélag", // PartnerKind::Municipality
        "Klasi", // PartnerKind::Cluster
        "Fyrirtæki", // PartnerKind::Company
        "Opinber stofnun", // PartnerKind::PublicAgency
        "Sjóður", // PartnerKind::Foundation
        "Tengslanet", // PartnerKind::Network
        "Annar aðili", // PartnerKind::Other
    ],
    country_labels: [
        "Noregur", // Country::No
        "Svíþjóð", // Country::Se
        "Danmörk", // Country::Dk
        "Finnland", // Country::Fi
        "Ísland", // Country::Is
    ],
    full_date: "{d}. {month} {year}",
    months: [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str =
    "Ekki tókst að hlaða listanum yfir samstarfsverkefni. Nánari upplýsingar eru í stjórnborði vafrans (console).";
