//! Icelandic interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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

/// The language's own name and its vocabulary labels in Icelandic: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Íslenska",
    focus_area_labels: [
        "Stafræn heilbrigðisþjónusta og fjarlækningar", // FocusArea::DigitalHealth
        "Gervigreind og heilbrigðisgögn",               // FocusArea::AiHealthData
        "Lækningatækni",                                // FocusArea::Medtech
        "Lífvísindi og frumkvöðlastarf",                // FocusArea::LifeScience
        "Klínískar rannsóknir og gæði þjónustu",        // FocusArea::ClinicalResearch
        "Menntun og mönnun",                            // FocusArea::Education
        "Heilbrigð öldrun og velferðartækni",           // FocusArea::HealthyAgeing
        "Heilsugæsla, heimaþjónusta og félagsþjónusta", // FocusArea::PrimaryCare
        "Rannsóknarinnviðir og prófunaraðstaða",        // FocusArea::ResearchInfrastructure
        "Krabbamein",                                   // FocusArea::Cancer
        "Geðheilbrigði og taugavísindi",                // FocusArea::MentalHealth
        "Lýðheilsa og forvarnir",                       // FocusArea::PublicHealth
        "Byggðaþróun og stjórnun",                      // FocusArea::RegionalDevelopment
        "Einstaklingsmiðaðar lækningar og erfðamengjafræði", // FocusArea::PrecisionMedicine
        "Tækniyfirfærsla og samstarf hins opinbera og einkaaðila", // FocusArea::InnovationTransfer
        "Norræn samvinna og samstarf yfir landamæri",   // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Samstarfssamningur", // PartnershipKind::StrategicAgreement
        "Verkefni",           // PartnershipKind::Project
        "Tengslanet",         // PartnershipKind::Network
        "Klasasamstarf",      // PartnershipKind::ClusterCollaboration
        "Fyrirmyndarsvæði",   // PartnershipKind::ReferenceSite
        "Rannsóknaáætlun",    // PartnershipKind::ResearchProgramme
        "Annað samstarf",     // PartnershipKind::Other
    ],
    status_labels: [
        "Í gangi",        // Status::Active
        "Lokið",          // Status::Completed
        "Í undirbúningi", // Status::Planned
        "Staða óþekkt",   // Status::Unknown
    ],
    partner_kind_labels: [
        "Háskóli",            // PartnerKind::University
        "Fagháskóli",         // PartnerKind::UniversityCollege
        "Hérað / fylki",      // PartnerKind::Region
        "Heilbrigðisstofnun", // PartnerKind::HealthAuthority
        "Sjúkrahús",          // PartnerKind::Hospital
        "Sveitarfélag",       // PartnerKind::Municipality
        "Klasi",              // PartnerKind::Cluster
        "Fyrirtæki",          // PartnerKind::Company
        "Opinber stofnun",    // PartnerKind::PublicAgency
        "Sjóður",             // PartnerKind::Foundation
        "Tengslanet",         // PartnerKind::Network
        "Annar aðili",        // PartnerKind::Other
    ],
    country_labels: [
        "Noregur",  // Country::No
        "Svíþjóð",  // Country::Se
        "Danmörk",  // Country::Dk
        "Finnland", // Country::Fi
        "Ísland",   // Country::Is
    ],
};

/// What `embed.js` shows when the widget's code could not be loaded (written
/// into it at build time by `embed-texts`; not part of the wasm).
pub const LOAD_FAILED: &str =
    "Ekki tókst að hlaða listanum yfir samstarfsverkefni. Nánari upplýsingar eru í stjórnborði vafrans (console).";

/// The editors' tools in Icelandic (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "sanngildi (true/false)", "tala", "strengur", "listi", "hlutur (object)"],
    json_syntax: [
        "skráin endar í miðjum lista",
        "skráin endar í miðjum hlut",
        "skráin endar í miðjum streng",
        "skráin endar þar sem gildi átti að koma",
        "hér á að koma `:`",
        "hér á að koma `,` eða `]`",
        "hér á að koma `,` eða `}`",
        "hér á að koma gildi",
        "ógild lausnarröð (escape)",
        "ógild tala",
        "talan er utan leyfilegs bils",
        "stýristafur (\\u0000-\\u001F) í streng",
        "lykillinn verður að vera strengur",
        "komma á eftir síðasta stakinu",
        "óvæntir stafir á eftir JSON-gögnunum",
        "of djúp hreiðrun (endurkvæmnimörkum er náð)",
    ],
    error: "villa",
    warning: "viðvörun",
    place_record: "færsla {n}",
    place_id: " (id {id})",
    place_field: "reitur {field}",
    place_row: "lína {n}",
    place_column: "dálkur {name}",
    place_line: "lína {n} í hólfinu",
    place_item: "atriði {n}",
    wrong_type: "gildið ætti að vera {expected}, en er {found}",
    missing: "má ekki vanta",
    empty_text: "inniheldur engan sýnilegan texta; slepptu reitnum eða skrifaðu texta",
    empty_list: "er tómur listi; tilgreindu að minnsta kosti eitt gildi",
    no_language: "inniheldur engan texta; skrifaðu textann á að minnsta kosti einu tungumáli, t.d. {\"en\": \"…\"}",
    unknown_value: "óþekkt gildi {found}; leyfileg gildi eru {expected}",
    invalid_id: "{found} er ekki gilt auðkenni (id); notaðu lágstafi og tölustafi með einu bandstriki á milli hluta, \
                 t.d. \"umea-university-region-vasterbotten\" (í mesta lagi {max} stafir)",
    duplicate_id: "sama auðkenni (id) er þegar notað í færslu {first}",
    repeated: "inniheldur {found} oftar en einu sinni",
    invalid_date: "{found} er ekki gild dagsetning; skrifaðu YYYY, YYYY-MM eða YYYY-MM-DD",
    ends_before_start: "lokadagur ({ended}) er á undan upphafsdegi ({started})",
    not_nordic: "{found} er ekki eitt af samstarfslöndunum NO, SE, DK, FI, IS (skráðu erlendan samstarfsaðila undir \
                 partners[].country)",
    unknown_country: "{found} er ekki landakóði samkvæmt ISO 3166-1 alpha-2; skrifaðu tvo hástafi, t.d. \"SE\"",
    not_http_url: "{found} er ekki vefslóð; tenglar verða að byrja á http:// eða https:// og mega ekki innihalda bil",
    no_usable_entry: "inniheldur ekkert nothæft gildi (sjá vandamálin hér að ofan)",
    implausible_year: "{found} er utan bilsins {from}–{to}; er innsláttarvilla í ártalinu?",
    too_many_records: "inniheldur {found} samstarfsverkefni; aðeins fyrstu {limit} eru lesin",
    unreadable: "ekki tókst að lesa færsluna (lína {line}, dálkur {column}): {message}",
    unknown_field: "er ekki reitur í útgáfu 1 af skemanu og er hunsaður",
    missing_version: "vantar; skráin er lesin sem útgáfa 1",
    repeated_key: "kemur oftar en einu sinni fyrir hér; aðeins síðasta gildið er lesið",
    repeated_list: "kemur aftur fyrir í línu {line}; aðeins sá fyrsti, í línu {first}, er lesinn (settu öll \
                    samstarfsverkefnin í einn lista)",
    repeated_field: "kemur aftur fyrir í línu {line} (fyrst í línu {first}); aðeins sá síðasti er lesinn",
    more_errors_one: "{n} villa til viðbótar er ekki sýnd",
    more_errors_other: "{n} villur til viðbótar eru ekki sýndar",
    more_warnings_one: "{n} viðvörun til viðbótar er ekki sýnd",
    more_warnings_other: "{n} viðvaranir til viðbótar eru ekki sýndar",
    and: " og ",
    not_listed: "; lagaðu það sem sýnt er hér að ofan og athugaðu aftur",
    value_left_out: "; gildinu er sleppt, en færslan er að öðru leyti birt",
    too_large: "skráin er {size} MB, en hámarkið er {limit} MB",
    syntax: "villa í JSON í línu {line}, dálki {column}: {message}",
    not_an_object: "skráin er {found}, en ætti að vera hlutur (object) með \"schema_version\" og \"partnerships\"",
    no_list: "reitinn \"partnerships\" vantar; hann ætti að vera listi yfir samstarfsverkefni",
    list_is_not_a_list: "reiturinn \"partnerships\" er {found}, en ætti að vera listi yfir samstarfsverkefni",
    unsupported_version: "reiturinn \"schema_version\" er {found}; aðeins útgáfa 1 er studd",
    sheet_unclosed_quote: "hólfi innan gæsalappa sem hefst í línu {line} er aldrei lokað; bættu við \" til að loka því",
    sheet_no_header: "í fyrstu línunni verða að vera heiti dálkanna, fyrst \"id\" ({columns} …)",
    sheet_unknown_column: "er ekki einn af skilgreindu dálkunum og er hunsaður",
    sheet_column_twice: "kemur tvisvar fyrir (dálkar {first} og {second}); aðeins sá fyrri er lesinn",
    sheet_extra_cells:
        "inniheldur {n} hólf, en fjöldi dálka í fyrirsagnalínunni er aðeins {columns}; umframhólfin eru hunsuð",
    sheet_fields: "fjöldi reita er {n}; reitirnir eiga að vera {expected} (afgangurinn er hunsaður)",
    stale_active: "staða \"active\", en {newest}; finndu nýrri heimild eða settu \
                   \"unknown\" og skrifaðu \"as of YEAR\" (á íslensku \"staða ÁR\") í lýsinguna (summary)",
    no_dated_source: "engin heimild er dagsett",
    newest_source: "nýjasta heimildin er frá {date}, fyrir meira en {years} árum",
    active_but_ended:
        "staða \"active\", en \"ended\" er {ended}, sem er liðið; settu \"completed\" eða leiðréttu lokadaginn",
    valid_one: "{n} gilt samstarfsverkefni",
    valid_other: "{n} gild samstarfsverkefni",
    left_out: "{n} sleppt",
    warnings_one: "{n} viðvörun",
    warnings_other: "{n} viðvaranir",
    cannot_read: "ekki tókst að lesa skrána: {error}",
    never_checked: "aldrei athuguð",
    last_checked: "síðast athuguð {date}",
    due_summary: "samstarfsverkefni sem þarf að athuga aftur: {n} (engin athugun í {years} ár)",
};

/// The validator page's own words in Icelandic (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Athuga gögn um samstarfsverkefni — Norræn samstarfsverkefni um nýsköpun í heilbrigðisþjónustu",
    page_heading: "Athugaðu gögnin þín um samstarfsverkefni",
    page_intro: "Settu inn gagnaskrá — JSON samkvæmt útgáfu 1 af skemanu eða töflureiknisskjal vistað sem CSV með \
                 skilgreindu dálkunum — og sjáðu öll vandamál: hvar þau eru og hvers vegna. Allt gerist í þessum \
                 vafra; engu er hlaðið upp.",
    language: "Tungumál",
    file_heading: "Skrá á tölvunni þinni",
    file_label: "Veldu skrá (.json eða .csv)",
    file_hint: "Eða dragðu hana yfir á textareitinn.",
    web_heading: "Skrá á netinu",
    web_label: "Vefslóð skrárinnar",
    web_button: "Sækja og athuga",
    web_hint: "Netþjónninn verður að leyfa þessari síðu að lesa skrána (CORS).",
    paste_label: "Eða límdu inn textann",
    paste_hint: "JSON byrjar á {; allt annað er lesið sem CSV.",
    check_button: "Athuga textann",
    result_heading: "Niðurstaða",
    nothing_checked: "Ekkert hefur verið athugað enn.",
    table_caption: "Öll vandamál, í sömu röð og í skránni",
    column_level: "Stig",
    column_line: "Lína",
    column_row: "Lína",
    column_where: "Hvar",
    column_why: "Hvers vegna",
    download_json: "Sækja gildu samstarfsverkefnin sem JSON",
    preview_heading: "Forskoðun gildra samstarfsverkefna",
    preview_hint: "Forskoðunin birtist hér eftir athugun.",
    fetching: "Sæki {address}…",
    fetch_failed: "Ekki tókst að sækja {address}: {error}. Ef skráin opnast í nýjum flipa, leyfir netþjónninn öðrum \
                   vefsvæðum ekki að lesa hana (CORS); sæktu hana frekar og veldu skrána.",
    server_answered: "netþjónninn svaraði {status}",
};
