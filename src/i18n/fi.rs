//! Finnish interface texts.

use super::Texts;

pub(super) static TEXTS: Texts = Texts {
    language_name: "Suomi",
    widget_label: "Pohjoismaiset terveysinnovaatioiden kumppanuudet",
    partners: "Kumppanit",
    funders: "Rahoittaja",
    countries: "Maat",
    region: "Alue",
    focus_areas: "Painopistealueet",
    period: "Aikajakso",
    status: "Tila",
    sources: "Lähteet",
    present: "nykyhetki",
    start_unknown: "alkamisaika ei tiedossa",
    opens_in_new_tab: "(avautuu uuteen välilehteen)",
    no_address: "ei verkko-osoitetta",
    count_one: "{n} kumppanuus",
    count_many: "{n} kumppanuutta",
    rejected_notice_one: "Yhtä tietuetta ei voitu näyttää. Tiedot löytyvät selaimen konsolista.",
    rejected_notice: "{n} tietuetta ei voitu näyttää. Tiedot löytyvät selaimen konsolista.",
    incomplete_notice_one: "Yksi tietue näytetään ilman tietoa, jota ei voitu lukea.",
    incomplete_notice: "{n} tietuetta näytetään ilman tietoja, joita ei voitu lukea.",
    data_error: "Kumppanuustietoja ei voitu lukea.",
    search_label: "Hae kumppanuuksia",
    search_placeholder: "Nimi, kumppani, paikka tai aihe",
    filters: "Suodattimet",
    facet_country: "Maa",
    facet_focus_area: "Painopistealue",
    facet_partnership_kind: "Kumppanuuden tyyppi",
    facet_partner_kind: "Kumppanin tyyppi",
    facet_status: "Tila",
    facet_partner: "Organisaatio",
    show_more_values: "Näytä lisää",
    show_fewer_values: "Näytä vähemmän",
    years: "Toimintavuodet",
    year_from: "Alkaen",
    year_to: "Asti",
    sort_label: "Järjestys",
    sort_relevance: "Osuvin ensin",
    sort_newest: "Uusin ensin",
    sort_oldest: "Vanhin ensin",
    sort_title: "Nimi A–Ö",
    active_filters: "Käytössä olevat suodattimet",
    remove_filter: "Poista suodatin: {label}",
    search_chip: "Haku: ”{text}”",
    clear_all: "Tyhjennä kaikki",
    count_of_one: "{n}/{total} kumppanuus",
    count_of_many: "{n}/{total} kumppanuutta",
    show_more_results: "Näytä {n} lisää",
    empty_title: "Yksikään kumppanuus ei vastaa hakua",
    empty_hint: "Kokeile poistaa jokin näistä:",
    loading: "Ladataan kumppanuuksia…",
    search_pending: "Valmistellaan hakua…",
    view_actions: "Tallenna tai jaa tulokset",
    save_csv: "Lataa CSV",
    save_json: "Lataa JSON",
    copy_link: "Kopioi linkki",
    link_copied: "Linkki kopioitu",
    copy_this_link: "Kopioi tämä linkki:",
    download: "Lataa:",
    copy_partnership_link: "Kopioi linkki tähän yhteistyöhön",
    unknown_partnership: "Linkki viittasi yhteistyöhön ({id}), jota ei ole tässä luettelossa. Koko luettelo näytetään.",
    map_label: "Kumppanuudet maittain: kartta",
    timeline_undated_one: "1 kumppanuus ilman alkamispäivää ei ole kaaviossa.",
    timeline_undated: "{n} kumppanuutta ilman alkamispäivää ei ole kaaviossa.",
    timeline_summary: "Aktiiviset kumppanuudet vuosittain {first}–{last}; eniten vuonna {peak}: {n}.",
    details: "Lisätiedot",
    close: "Sulje",
    language: "Kieli",
    no_summary: "Ei vielä kuvausta.",
    any_year: "Kaikki vuodet",
    more_partners: "+ {n} muuta",
    selected_count: "{n} valittu",
    error_network: "Datatiedostoa ei voitu hakea (verkkovirhe).",
    error_http: "Datatiedostoa ei voitu hakea (HTTP {status}).",
    error_content_type: "Dataosoite ei osoita JSON-tiedostoon.",
    error_json: "Datatiedosto ei sisällä kelvollisia kumppanuustietoja.",
    error_too_large: "Datatiedosto on liian suuri (yli 64 Mt).",
    error_integrity: "Datatiedosto ei vastannut julkaistua tarkistussummaansa, joten sitä ei näytetä.",
    error_not_allowed:
        "Tällä sivulla näytetään vain julkaisijan sallimia datatiedostoja, eikä annettu osoite ole niiden joukossa.",
    latest_source: "uusin lähde {year}",
    no_dated_source: "ei päivättyä lähdettä",
    status_help: "Käynnissä: viimeisen kolmen vuoden aikainen lähde kertoo yhteistyön olevan käynnissä. Päättynyt: lähde kertoo sen päättyneen. Suunnitteilla: ilmoitettu, mutta ei vielä alkanut. Tila ei tiedossa: mikään tuore lähde ei kerro tilasta; kortissa näkyy uusimman lähteen vuosi.",
    error_details: "Lisätiedot löytyvät selaimen konsolista.",
    error_internal: "Kumppanuuslista pysähtyi sisäisen virheen vuoksi. Yritä uudelleen lataamalla sivu uudelleen.",
    focus_area_labels: [
        "Digitaalinen terveys ja etälääketiede", // FocusArea::DigitalHealth
        "Tekoäly ja terveysdata", // FocusArea::AiHealthData
        "Lääkintätekniikka", // FocusArea::Medtech
        "Elämäntieteet ja yrittäjyys", // FocusArea::LifeScience
        "Kliininen tutkimus ja hoidon laatu", // FocusArea::ClinicalResearch
        "Koulutus ja osaamisen turvaaminen", // FocusArea::Education
        "Terveellinen ikääntyminen ja hyvinvointiteknologia", // FocusArea::HealthyAgeing
        "Perusterveydenhuolto ja kotihoito", // FocusArea::PrimaryCare
        "Tutkimusinfrastruktuuri ja testiympäristöt", // FocusArea::ResearchInfrastructure
        "Syöpä", // FocusArea::Cancer
        "Mielenterveys ja neurotiede", // FocusArea::MentalHealth
        "Kansanterveys ja ennaltaehkäisy", // FocusArea::PublicHealth
        "Aluekehitys ja johtaminen", // FocusArea::RegionalDevelopment
        "Täsmälääketiede ja genomiikka", // FocusArea::PrecisionMedicine
        "Teknologiansiirto ja julkisen ja yksityisen kumppanuus", // FocusArea::InnovationTransfer
        "Pohjoismainen ja rajat ylittävä yhteistyö", // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strateginen sopimus", // PartnershipKind::StrategicAgreement
        "Hanke", // PartnershipKind::Project
        "Verkosto", // PartnershipKind::Network
        "Klusteriyhteistyö", // PartnershipKind::ClusterCollaboration
        "Referenssialue", // PartnershipKind::ReferenceSite
        "Tutkimusohjelma", // PartnershipKind::ResearchProgramme
        "Muu kumppanuus", // PartnershipKind::Other
    ],
    status_labels: [
        "Käynnissä", // Status::Active
        "Päättynyt", // Status::Completed
        "Suunnitteilla", // Status::Planned
        "Tila ei tiedossa", // Status::Unknown
    ],
    partner_kind_labels: [
        "Yliopisto", // PartnerKind::University
        "Ammattikorkeakoulu", // PartnerKind::UniversityCollege
        "Alue / maakunta", // PartnerKind::Region
        "Terveysviranomainen", // PartnerKind::HealthAuthority
        "Sairaala", // PartnerKind::Hospital
        "Kunta", // PartnerKind::Municipality
        "Klusteri", // PartnerKind::Cluster
        "Yritys", // PartnerKind::Company
        "Viranomainen", // PartnerKind::PublicAgency
        "Säätiö", // PartnerKind::Foundation
        "Verkosto", // PartnerKind::Network
        "Muu organisaatio", // PartnerKind::Other
    ],
    country_labels: [
        "Norja", // Country::No
        "Ruotsi", // Country::Se
        "Tanska", // Country::Dk
        "Suomi", // Country::Fi
        "Islanti", // Country::Is
    ],
    full_date: "{d}.{m}.{year}",
    months: [
        "tammikuu",
        "helmikuu",
        "maaliskuu",
        "huhtikuu",
        "toukokuu",
        "kesäkuu",
        "heinäkuu",
        "elokuu",
        "syyskuu",
        "lokakuu",
        "marraskuu",
        "joulukuu",
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Kumppanuuksien luetteloa ei voitu ladata. Tiedot löytyvät selaimen konsolista.";
