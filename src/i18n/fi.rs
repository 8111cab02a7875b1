//! Finnish interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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

/// The language's own name and its vocabulary labels in Finnish: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Suomi",
    focus_area_labels: [
        "Digitaalinen terveys ja etälääketiede",              // FocusArea::DigitalHealth
        "Tekoäly ja terveysdata",                             // FocusArea::AiHealthData
        "Lääkintätekniikka",                                  // FocusArea::Medtech
        "Elämäntieteet ja yrittäjyys",                        // FocusArea::LifeScience
        "Kliininen tutkimus ja hoidon laatu",                 // FocusArea::ClinicalResearch
        "Koulutus ja osaamisen turvaaminen",                  // FocusArea::Education
        "Terveellinen ikääntyminen ja hyvinvointiteknologia", // FocusArea::HealthyAgeing
        "Perusterveydenhuolto ja kotihoito",                  // FocusArea::PrimaryCare
        "Tutkimusinfrastruktuuri ja testiympäristöt",         // FocusArea::ResearchInfrastructure
        "Syöpä",                                              // FocusArea::Cancer
        "Mielenterveys ja neurotiede",                        // FocusArea::MentalHealth
        "Kansanterveys ja ennaltaehkäisy",                    // FocusArea::PublicHealth
        "Aluekehitys ja johtaminen",                          // FocusArea::RegionalDevelopment
        "Täsmälääketiede ja genomiikka",                      // FocusArea::PrecisionMedicine
        "Teknologiansiirto ja julkisen ja yksityisen kumppanuus", // FocusArea::InnovationTransfer
        "Pohjoismainen ja rajat ylittävä yhteistyö",          // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strateginen sopimus", // PartnershipKind::StrategicAgreement
        "Hanke",               // PartnershipKind::Project
        "Verkosto",            // PartnershipKind::Network
        "Klusteriyhteistyö",   // PartnershipKind::ClusterCollaboration
        "Referenssialue",      // PartnershipKind::ReferenceSite
        "Tutkimusohjelma",     // PartnershipKind::ResearchProgramme
        "Muu kumppanuus",      // PartnershipKind::Other
    ],
    status_labels: [
        "Käynnissä",        // Status::Active
        "Päättynyt",        // Status::Completed
        "Suunnitteilla",    // Status::Planned
        "Tila ei tiedossa", // Status::Unknown
    ],
    partner_kind_labels: [
        "Yliopisto",           // PartnerKind::University
        "Ammattikorkeakoulu",  // PartnerKind::UniversityCollege
        "Alue / maakunta",     // PartnerKind::Region
        "Terveysviranomainen", // PartnerKind::HealthAuthority
        "Sairaala",            // PartnerKind::Hospital
        "Kunta",               // PartnerKind::Municipality
        "Klusteri",            // PartnerKind::Cluster
        "Yritys",              // PartnerKind::Company
        "Viranomainen",        // PartnerKind::PublicAgency
        "Säätiö",              // PartnerKind::Foundation
        "Verkosto",            // PartnerKind::Network
        "Muu organisaatio",    // PartnerKind::Other
    ],
    country_labels: [
        "Norja",   // Country::No
        "Ruotsi",  // Country::Se
        "Tanska",  // Country::Dk
        "Suomi",   // Country::Fi
        "Islanti", // Country::Is
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str = "Kumppanuuksien luetteloa ei voitu ladata. Tiedot löytyvät selaimen konsolista.";

/// The editors' tools in Finnish (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "totuusarvo (true/false)", "luku", "merkkijono", "lista", "objekti"],
    json_syntax: [
        "tiedosto päättyy kesken listan",
        "tiedosto päättyy kesken objektin",
        "tiedosto päättyy kesken merkkijonon",
        "tiedosto päättyy kohdassa, jossa pitäisi olla arvo",
        "odotettiin merkkiä `:`",
        "odotettiin merkkiä `,` tai `]`",
        "odotettiin merkkiä `,` tai `}`",
        "odotettiin arvoa",
        "virheellinen escape-sekvenssi",
        "virheellinen luku",
        "luku on sallitun alueen ulkopuolella",
        "ohjausmerkki (\\u0000-\\u001F) merkkijonossa",
        "avaimen on oltava merkkijono",
        "ylimääräinen pilkku viimeisen alkion jälkeen",
        "ylimääräisiä merkkejä JSON-sisällön jälkeen",
        "liian syvä sisäkkäisyys (rekursioraja ylittyi)",
    ],
    error: "virhe",
    warning: "varoitus",
    place_record: "tietue {n}",
    place_id: " (id {id})",
    place_field: "kenttä {field}",
    place_row: "rivi {n}",
    place_column: "sarake {name}",
    place_line: "solun rivi {n}",
    place_item: "kohta {n}",
    wrong_type: "arvon pitäisi olla {expected}, mutta se on {found}",
    missing: "on pakollinen",
    empty_text: "ei sisällä näkyvää tekstiä; jätä kenttä pois tai kirjoita siihen tekstiä",
    empty_list: "on tyhjä lista; anna vähintään yksi arvo",
    no_language: "ei sisällä tekstiä; anna teksti vähintään yhdellä kielellä, esim. {\"en\": \"…\"}",
    unknown_value: "tuntematon arvo {found}; sallitut arvot ovat {expected}",
    invalid_id: "{found} ei ole kelvollinen id; käytä pieniä kirjaimia ja numeroita ja erota osat yhdellä \
                 yhdysmerkillä, esim. \"umea-university-region-vasterbotten\" (enintään {max} merkkiä)",
    duplicate_id: "sama id on jo käytössä tietueessa {first}",
    repeated: "sisältää arvon {found} useammin kuin kerran",
    invalid_date: "{found} ei ole kelvollinen päivämäärä; kirjoita YYYY, YYYY-MM tai YYYY-MM-DD",
    ends_before_start: "päättymisaika ({ended}) on ennen alkamisaikaa ({started})",
    not_nordic: "{found} ei kuulu kumppanuusmaihin NO, SE, DK, FI, IS (ulkomainen kumppani merkitään kohtaan \
                 partners[].country)",
    unknown_country: "{found} ei ole ISO 3166-1 alpha-2 -maakoodi; kirjoita kaksi isoa kirjainta, esim. \"SE\"",
    not_http_url:
        "{found} ei ole verkko-osoite; linkin alussa on oltava http:// tai https://, eikä siinä saa olla välilyöntejä",
    no_usable_entry: "ei sisällä yhtään käyttökelpoista arvoa (katso yllä olevat ongelmat)",
    implausible_year: "{found} on välin {from}–{to} ulkopuolella; onko vuosiluvussa kirjoitusvirhe?",
    too_many_records: "sisältää {found} kumppanuutta; vain {limit} ensimmäistä luetaan",
    unreadable: "ei voida lukea (rivi {line}, sarake {column}): {message}",
    unknown_field: "ei ole skeemaversion 1 kenttä, joten se ohitetaan",
    missing_version: "puuttuu; tiedosto luetaan versiona 1",
    repeated_key: "on annettu tässä useammin kuin kerran; vain viimeinen arvo luetaan",
    repeated_list: "on annettu uudelleen rivillä {line}; vain ensimmäinen, rivillä {first}, luetaan (kokoa kaikki \
                    kumppanuudet yhteen listaan)",
    repeated_field: "on annettu uudelleen rivillä {line} (ensimmäisen kerran rivillä {first}); vain viimeinen luetaan",
    more_errors_one: "{n} muu virhe",
    more_errors_other: "{n} muuta virhettä",
    more_warnings_one: "{n} muu varoitus",
    more_warnings_other: "{n} muuta varoitusta",
    and: " ja ",
    not_listed: " on jätetty näyttämättä; korjaa yllä olevat ja tarkista uudelleen",
    value_left_out: "; arvo jätetään pois ja tietueen muut tiedot näytetään",
    too_large: "tiedoston koko on {size} Mt; enimmäiskoko on {limit} Mt",
    syntax: "virheellinen JSON (rivi {line}, sarake {column}): {message}",
    not_an_object:
        "tiedoston sisältö on {found}; sen pitäisi olla objekti, jossa on \"schema_version\" ja \"partnerships\"",
    no_list: "kenttä \"partnerships\" puuttuu; sen pitäisi olla kumppanuuksien lista",
    list_is_not_a_list: "kentän \"partnerships\" arvo on {found}; sen pitäisi olla kumppanuuksien lista",
    unsupported_version: "kentän \"schema_version\" arvo on {found}; vain versio 1 voidaan lukea",
    sheet_unclosed_quote:
        "rivillä {line} alkavasta lainausmerkeissä olevasta solusta puuttuu loppulainausmerkki; lisää puuttuva \"",
    sheet_no_header: "ensimmäisellä rivillä on oltava sarakkeiden nimet, ensimmäisenä \"id\" ({columns} …)",
    sheet_unknown_column: "ei kuulu dokumentoituihin sarakkeisiin, joten se ohitetaan",
    sheet_column_twice: "on annettu kahdesti (sarakkeet {first} ja {second}); vain ensimmäinen luetaan",
    sheet_extra_cells:
        "sisältää {n} solua, mutta otsikkorivin sarakkeita on vain {columns}; ylimääräiset solut ohitetaan",
    sheet_fields: "kenttiä on {n}; odotetut kentät: {expected} (loput ohitetaan)",
    stale_active: "tila \"active\", mutta {newest}; etsi uudempi lähde tai aseta tilaksi \
                   \"unknown\" ja kirjoita kuvaukseen (summary) \"as of YEAR\" (suomeksi \"tilanne vuonna VVVV\")",
    no_dated_source: "yhdessäkään lähteessä ei ole päivämäärää",
    newest_source: "uusin lähde on päivätty {date}, yli {years} vuotta sitten",
    active_but_ended:
        "tila \"active\", mutta \"ended\" on {ended}, joka on jo mennyt; aseta tilaksi \"completed\" tai \
                       korjaa päättymisaika",
    valid_one: "{n} kelvollinen kumppanuus",
    valid_other: "{n} kelvollista kumppanuutta",
    left_out: "{n} jätetty pois",
    warnings_one: "{n} varoitus",
    warnings_other: "{n} varoitusta",
    cannot_read: "tiedostoa ei voida lukea: {error}",
    never_checked: "ei koskaan tarkistettu",
    last_checked: "tarkistettu viimeksi {date}",
    due_summary: "uudelleen tarkistettavia kumppanuuksia: {n} (ei tarkistettu {years} vuoteen)",
};

/// The validator page's own words in Finnish (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Tarkista kumppanuustiedot — Pohjoismaiset terveysinnovaatioiden kumppanuudet",
    page_heading: "Tarkista kumppanuustietosi",
    page_intro:
        "Anna datatiedosto — skeemaversion 1 mukainen JSON tai CSV-muotoon tallennettu laskentataulukko, jossa \
                 on dokumentoidut sarakkeet — ja näet kaikki ongelmat: missä ne ovat ja miksi. Kaikki tapahtuu tässä \
                 selaimessa; mitään ei lähetetä palvelimelle.",
    language: "Kieli",
    file_heading: "Tiedosto omalla tietokoneella",
    file_label: "Valitse tiedosto (.json tai .csv)",
    file_hint: "Tai vedä ja pudota se tekstikenttään.",
    web_heading: "Tiedosto verkossa",
    web_label: "Tiedoston osoite",
    web_button: "Hae ja tarkista",
    web_hint: "Palvelimen on sallittava, että tämä sivu lukee tiedoston (CORS).",
    paste_label: "Tai liitä tiedoston sisältö",
    paste_hint: "JSON alkaa merkillä {; kaikki muu luetaan CSV:nä.",
    check_button: "Tarkista teksti",
    result_heading: "Tulos",
    nothing_checked: "Mitään ei ole vielä tarkistettu.",
    table_caption: "Kaikki ongelmat tiedoston järjestyksessä",
    column_level: "Taso",
    column_line: "Rivi",
    column_row: "Rivi",
    column_where: "Missä",
    column_why: "Miksi",
    download_json: "Lataa kelvolliset kumppanuudet JSON-tiedostona",
    preview_heading: "Kelvollisten kumppanuuksien esikatselu",
    preview_hint: "Esikatselu näkyy tässä tarkistuksen jälkeen.",
    fetching: "Haetaan osoitteesta {address}…",
    fetch_failed: "Osoitteesta {address} ei voitu hakea tiedostoa: {error}. Jos tiedosto avautuu uuteen välilehteen, \
                   sen palvelin ei salli muiden sivustojen lukea sitä (CORS); lataa tiedosto omalle koneellesi ja \
                   valitse se sieltä.",
    server_answered: "palvelin vastasi {status}",
};
