//! `checkFile(text, name)` for the validator page: the same checks and the
//! same words as `cargo run --bin validate` (the loader's [`Problem`]s, or a
//! sheet's [`SheetProblem`]s), handed to the page's JavaScript as an object
//! (serde-wasm-bindgen), with the valid records as schema-v1 JSON for the
//! preview and the download.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::mount::{mount_with_source, DataSource, WidgetHandle};

use crate::export::to_json;
use crate::i18n::{fill, PageTexts, UiLang};
use crate::load::freshness::{day_from_unix_days, stale_active_warnings};
use crate::load::{is_sheet_name, load, load_sheet_in, Dataset, Problem, Severity, SheetProblem};

/// What `checkFile` tells the page.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Checked {
    /// Why the file cannot be read at all, if it cannot.
    error: Option<String>,
    /// Valid partnerships.
    valid: usize,
    /// Records left out.
    left_out: usize,
    /// Warnings, counted (also those not listed).
    warnings: usize,
    /// The problems, as the page lists them.
    problems: Vec<Row>,
    /// The valid records as a schema-v1 file.
    json: String,
    /// The result in one sentence, in the page's language.
    summary: String,
}

/// One problem as the page lists it.
#[derive(Serialize)]
struct Row {
    /// `error` or `warning` (the page's class names).
    severity: &'static str,
    /// The same in the page's language.
    level: &'static str,
    /// The line its record starts on (JSON).
    line: Option<usize>,
    /// Its row (a sheet).
    row: Option<usize>,
    /// Where, in words.
    place: String,
    /// Why, in words.
    why: String,
}

/// JS: `checkFile(text, name, lang)` → `{ error: null | "why the file cannot
/// be read", valid, leftOut, warnings, problems: [{ severity, level, line,
/// row, place, why }], json, summary }`, worded in `lang` (a language tag;
/// English when it names no interface language). A name ending in `.csv` is
/// read as a spreadsheet.
#[wasm_bindgen(js_name = checkFile)]
pub fn check_file(text: &str, name: &str, lang: &str) -> JsValue {
    let lang = UiLang::from_tag(lang).unwrap_or_default();
    let t = lang.editor();
    let is_sheet = is_sheet_name(name);
    let mut rows = Vec::new();
    let read: Result<Dataset, String> = if is_sheet {
        load_sheet_in(text, lang).map_err(|e| e.message(lang)).map(|sheet| {
            rows = sheet.problems.iter().map(|p| sheet_row(p, lang)).collect();
            sheet.dataset
        })
    } else {
        load(text)
            .map_err(|e| e.message(lang))
            .inspect(|dataset| rows = dataset.problems.iter().map(|p| json_row(p, lang)).collect())
    };
    let error = read.as_ref().err().cloned();
    let dataset = read.unwrap_or_default();
    // The checks `validate` adds to the loader's, with today as the visitor's clock has it.
    let today = day_from_unix_days((js_sys::Date::now() / 86_400_000.0).floor() as i64);
    for (place, why) in stale_active_warnings(&dataset.records, today, lang) {
        let severity = Severity::Warning;
        rows.push(Row { severity: severity.word(), level: severity.word_in(lang), line: None, row: None, place, why });
    }
    // The loader's warnings all counted (not only those listed), and the rows only a sheet or `validate` adds.
    let warning_rows = rows.iter().filter(|r| r.severity == Severity::Warning.word()).count();
    let warnings = dataset.counts.warnings + warning_rows.saturating_sub(dataset.warnings().count());
    let summary = match &error {
        Some(error) => format!("{name}: {}", fill(t.cannot_read, &[("error", error)])),
        None => format!("{name}: {}.", lang.check_summary(dataset.records.len(), dataset.n_rejected(), warnings)),
    };
    let checked = Checked {
        error,
        valid: dataset.records.len(),
        left_out: dataset.n_rejected(),
        warnings,
        problems: rows,
        json: to_json(&dataset.records),
        summary,
    };
    // `null` rather than `undefined` for a missing line or error, as JSON had it.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    checked.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// JS: `editorLanguage(tags)` → the tag of the first interface language
/// among `tags` (the browser's, in order of preference), or `en`.
#[wasm_bindgen(js_name = editorLanguage)]
pub fn editor_language(tags: Vec<String>) -> String {
    tags.iter().find_map(|tag| UiLang::from_tag(tag)).unwrap_or_default().tag().to_owned()
}

/// JS: `editorTexts(lang)` → `{ lang, languages: [{ tag, name }], texts: {
/// pageTitle, pageHeading, … } }`: the page's own words in `lang`, and every
/// language it can switch to, each named in itself.
#[wasm_bindgen(js_name = editorTexts)]
pub fn editor_texts(lang: &str) -> JsValue {
    let lang = UiLang::from_tag(lang).unwrap_or_default();
    let languages: Vec<Language> =
        UiLang::ALL.iter().map(|l| Language { tag: l.tag(), name: l.labels().language_name }).collect();
    let texts = EditorPage { lang: lang.tag(), languages, texts: lang.page() };
    texts.serialize(&serde_wasm_bindgen::Serializer::new()).unwrap_or(JsValue::NULL)
}

/// What `editorTexts` tells the page.
#[derive(Serialize)]
struct EditorPage {
    lang: &'static str,
    languages: Vec<Language>,
    texts: &'static PageTexts,
}

/// A language the page can switch to.
#[derive(Serialize)]
struct Language {
    tag: &'static str,
    name: &'static str,
}

/// JS: `preview(element, json, lang)` — a widget as it looks by default, in
/// `element` and in `lang`, showing `json` (the valid records `checkFile` returned), read through the
/// same loader as any data file, from the text in hand.
#[wasm_bindgen(js_name = preview)]
pub fn preview(element: Element, json: &str, lang: &str) -> Option<WidgetHandle> {
    let lang = UiLang::from_tag(lang).unwrap_or_default();
    let setting = |name: &str| match name {
        "url-state" => Some("off".to_owned()),
        "heading-level" => Some("3".to_owned()),
        "lang" => Some(lang.tag().to_owned()),
        _ => None,
    };
    mount_with_source(element, setting, DataSource::Text { name: "the previewed file".to_owned(), text: json.into() })
}

fn json_row(p: &Problem, lang: UiLang) -> Row {
    Row {
        severity: p.severity.word(),
        level: p.severity.word_in(lang),
        line: p.record.as_ref().and_then(|r| r.line),
        row: None,
        place: p.place_in(lang),
        why: p.why_in(lang),
    }
}

fn sheet_row(p: &SheetProblem, lang: UiLang) -> Row {
    Row {
        severity: p.severity.word(),
        level: p.severity.word_in(lang),
        line: None,
        row: p.row,
        place: p.place.clone(),
        why: p.why.clone(),
    }
}
