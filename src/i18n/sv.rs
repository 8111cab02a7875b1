//! Swedish interface texts.

use super::{EditorTexts, Labels, PageTexts, Texts};

pub(super) static TEXTS: Texts = Texts {
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

/// The language's own name and its vocabulary labels in Swedish: always in the
/// widget (the language switch names every language; search matches labels in all).
pub(super) static LABELS: Labels = Labels {
    language_name: "Svenska",
    focus_area_labels: [
        "Digital hälsa och telemedicin",                   // FocusArea::DigitalHealth
        "AI och hälsodata",                                // FocusArea::AiHealthData
        "Medicinteknik",                                   // FocusArea::Medtech
        "Life science och entreprenörskap",                // FocusArea::LifeScience
        "Klinisk forskning och vårdkvalitet",              // FocusArea::ClinicalResearch
        "Utbildning och kompetensförsörjning",             // FocusArea::Education
        "Hälsosamt åldrande och välfärdsteknik",           // FocusArea::HealthyAgeing
        "Primärvård, hemvård och omsorg",                  // FocusArea::PrimaryCare
        "Forskningsinfrastruktur och testbäddar",          // FocusArea::ResearchInfrastructure
        "Cancer",                                          // FocusArea::Cancer
        "Psykisk hälsa och neurovetenskap",                // FocusArea::MentalHealth
        "Folkhälsa och prevention",                        // FocusArea::PublicHealth
        "Regional utveckling och ledning",                 // FocusArea::RegionalDevelopment
        "Precisionsmedicin och genomik",                   // FocusArea::PrecisionMedicine
        "Tekniköverföring och offentlig-privat samverkan", // FocusArea::InnovationTransfer
        "Nordiskt och gränsöverskridande samarbete",       // FocusArea::CrossBorder
    ],
    partnership_kind_labels: [
        "Strategiskt avtal", // PartnershipKind::StrategicAgreement
        "Projekt",           // PartnershipKind::Project
        "Nätverk",           // PartnershipKind::Network
        "Klustersamarbete",  // PartnershipKind::ClusterCollaboration
        "Referensregion",    // PartnershipKind::ReferenceSite
        "Forskningsprogram", // PartnershipKind::ResearchProgramme
        "Annat samarbete",   // PartnershipKind::Other
    ],
    status_labels: [
        "Aktivt",       // Status::Active
        "Avslutat",     // Status::Completed
        "Planerat",     // Status::Planned
        "Status okänd", // Status::Unknown
    ],
    partner_kind_labels: [
        "Universitet",        // PartnerKind::University
        "Högskola",           // PartnerKind::UniversityCollege
        "Region",             // PartnerKind::Region
        "Hälsomyndighet",     // PartnerKind::HealthAuthority
        "Sjukhus",            // PartnerKind::Hospital
        "Kommun",             // PartnerKind::Municipality
        "Kluster",            // PartnerKind::Cluster
        "Företag",            // PartnerKind::Company
        "Myndighet",          // PartnerKind::PublicAgency
        "Stiftelse",          // PartnerKind::Foundation
        "Nätverk",            // PartnerKind::Network
        "Annan organisation", // PartnerKind::Other
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
pub const LOAD_FAILED: &str = "Listan över partnerskap kunde inte laddas. Detaljer finns i webbläsarens konsol.";

/// The editors' tools in Swedish (`validate`, the validator page).
pub(super) static EDITOR: EditorTexts = EditorTexts {
    json_types: ["null", "ett sanningsvärde (true/false)", "ett tal", "en textsträng", "en lista", "ett objekt"],
    json_syntax: [
        "filen tar slut mitt i en lista",
        "filen tar slut mitt i ett objekt",
        "filen tar slut mitt i en textsträng",
        "filen tar slut där ett värde skulle ha stått",
        "förväntade `:`",
        "förväntade `,` eller `]`",
        "förväntade `,` eller `}`",
        "förväntade ett värde",
        "ogiltig escapesekvens",
        "ogiltigt tal",
        "talet ligger utanför tillåtet intervall",
        "kontrolltecken (\\u0000-\\u001F) i en textsträng",
        "nyckeln måste vara en textsträng",
        "kommatecken efter sista elementet",
        "överflödiga tecken efter JSON-innehållet",
        "för djup nästling (rekursionsgränsen har överskridits)",
    ],
    error: "fel",
    warning: "varning",
    place_record: "post {n}",
    place_id: " (id {id})",
    place_field: "fält {field}",
    place_row: "rad {n}",
    place_column: "kolumn {name}",
    place_line: "rad {n} i cellen",
    place_item: "element {n}",
    wrong_type: "ska vara {expected} men är {found}",
    missing: "måste anges",
    empty_text: "innehåller ingen synlig text; utelämna fältet eller skriv en text",
    empty_list: "är en tom lista; ange minst ett värde",
    no_language: "har ingen text; ange texten på minst ett språk, t.ex. {\"en\": \"…\"}",
    unknown_value: "okänt värde {found}; giltiga värden är {expected}",
    invalid_id: "{found} är inte ett giltigt id; använd små bokstäver och siffror med ett bindestreck mellan delarna, \
                 t.ex. \"umea-university-region-vasterbotten\" (högst {max} tecken)",
    duplicate_id: "samma id används redan av post {first}",
    repeated: "innehåller {found} mer än en gång",
    invalid_date: "{found} är inte ett giltigt datum; skriv YYYY, YYYY-MM eller YYYY-MM-DD",
    ends_before_start: "slutdatumet ({ended}) ligger före startdatumet ({started})",
    not_nordic: "{found} är inte ett av partnerskapsländerna NO, SE, DK, FI, IS (en part i utlandet anges under \
                 partners[].country)",
    unknown_country: "{found} är inte en landskod enligt ISO 3166-1 alpha-2; skriv två stora bokstäver, t.ex. \"SE\"",
    not_http_url:
        "{found} är inte en webbadress; länkar måste börja med http:// eller https:// och får inte innehålla \
                   mellanslag",
    no_usable_entry: "har inget användbart värde (se problemen ovan)",
    implausible_year: "{found} ligger utanför {from}–{to}; är årtalet felskrivet?",
    too_many_records: "innehåller {found} partnerskap; bara de första {limit} läses in",
    unreadable: "kan inte läsas på rad {line}, kolumn {column}: {message}",
    unknown_field: "är inte ett fält i schemaversion 1 och ignoreras",
    missing_version: "saknas; filen läses som version 1",
    repeated_key: "anges mer än en gång här; bara det sista värdet läses",
    repeated_list:
        "anges igen på rad {line}; bara den första, på rad {first}, läses (samla alla partnerskap i en lista)",
    repeated_field: "anges igen på rad {line} (första gången på rad {first}); bara det sista läses",
    more_errors_one: "ytterligare {n} fel",
    more_errors_other: "ytterligare {n} fel",
    more_warnings_one: "ytterligare {n} varning",
    more_warnings_other: "ytterligare {n} varningar",
    and: " och ",
    not_listed: " visas inte; åtgärda det som står ovan och kontrollera igen",
    value_left_out: "; värdet utelämnas och resten av posten visas",
    too_large: "filen är {size} MB; gränsen är {limit} MB",
    syntax: "ogiltig JSON på rad {line}, kolumn {column}: {message}",
    not_an_object: "filen innehåller {found} men ska innehålla ett objekt med \"schema_version\" och \"partnerships\"",
    no_list: "fältet \"partnerships\" saknas; det ska vara en lista över partnerskap",
    list_is_not_a_list: "fältet \"partnerships\" innehåller {found} men ska vara en lista över partnerskap",
    unsupported_version: "fältet \"schema_version\" är {found}; bara version 1 kan läsas",
    sheet_unclosed_quote:
        "en cell inom citattecken som börjar på rad {line} avslutas aldrig; lägg till det avslutande \"",
    sheet_no_header: "första raden måste innehålla kolumnnamnen, med \"id\" först ({columns} …)",
    sheet_unknown_column: "är inte en av de dokumenterade kolumnerna och ignoreras",
    sheet_column_twice: "förekommer två gånger (kolumn {first} och {second}); bara den första läses",
    sheet_extra_cells: "har {n} celler men rubrikraden har bara {columns}; de extra cellerna ignoreras",
    sheet_fields: "har {n} fält; fälten ska vara {expected} (resten ignoreras)",
    stale_active: "status \"active\" men {newest}; hitta en nyare källa eller ange \
                   \"unknown\" och skriv \"as of YEAR\" (på svenska \"läget ÅR\") i beskrivningen (summary)",
    no_dated_source: "ingen av källorna har något datum",
    newest_source: "den senaste källan är från {date}, för mer än {years} år sedan",
    active_but_ended: "status \"active\" men \"ended\" är {ended}, som redan har passerats; ange \"completed\" eller \
                       rätta slutdatumet",
    valid_one: "{n} giltigt partnerskap",
    valid_other: "{n} giltiga partnerskap",
    left_out: "{n} utelämnas",
    warnings_one: "{n} varning",
    warnings_other: "{n} varningar",
    cannot_read: "filen kan inte läsas: {error}",
    never_checked: "aldrig kontrollerad",
    last_checked: "senast kontrollerad {date}",
    due_summary: "{n} partnerskap behöver kontrolleras igen (ingen kontroll på {years} år)",
};

/// The validator page's own words in Swedish (`validate.html`).
pub(super) static PAGE: PageTexts = PageTexts {
    page_title: "Kontrollera partnerskapsdata — Nordiska partnerskap för hälsoinnovation",
    page_heading: "Kontrollera dina partnerskapsdata",
    page_intro: "Lägg in en datafil — JSON i schemaversion 1 eller ett kalkylblad sparat som CSV med de dokumenterade \
                 kolumnerna — och se alla problem: var de finns och varför. Allt sker i den här webbläsaren; ingenting \
                 laddas upp.",
    language: "Språk",
    file_heading: "En fil på din dator",
    file_label: "Välj en fil (.json eller .csv)",
    file_hint: "Eller släpp den i textrutan.",
    web_heading: "En fil på webben",
    web_label: "Webbadress",
    web_button: "Hämta och kontrollera",
    web_hint: "Servern måste tillåta att den här sidan läser filen (CORS).",
    paste_label: "Eller klistra in innehållet",
    paste_hint: "JSON börjar med {; allt annat läses som CSV.",
    check_button: "Kontrollera texten",
    result_heading: "Resultat",
    nothing_checked: "Inget har kontrollerats ännu.",
    table_caption: "Alla problem, i filens ordning",
    column_level: "Nivå",
    column_line: "Rad",
    column_row: "Rad",
    column_where: "Var",
    column_why: "Varför",
    download_json: "Ladda ner de giltiga partnerskapen som JSON",
    preview_heading: "Förhandsvisning av de giltiga partnerskapen",
    preview_hint: "Förhandsvisningen visas här efter en kontroll.",
    fetching: "Hämtar {address} …",
    fetch_failed:
        "{address} kunde inte hämtas: {error}. Om filen går att öppna i en ny flik tillåter servern inte att \
                   andra webbplatser läser den (CORS); ladda ner den och välj filen i stället.",
    server_answered: "servern svarade {status}",
};
