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
use crate::load::freshness::{day_from_unix_days, stale_active_warnings};
use crate::load::{is_sheet_name, load, load_sheet, Dataset, Problem, Severity, SheetProblem};

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
}

/// One problem as the page lists it.
#[derive(Serialize)]
struct Row {
    /// `error` or `warning`.
    severity: &'static str,
    /// The line its record starts on (JSON).
    line: Option<usize>,
    /// Its row (a sheet).
    row: Option<usize>,
    /// Where, in words.
    place: String,
    /// Why, in words.
    why: String,
}

/// JS: `checkFile(text, name)` → `{ error: null | "why the file cannot be
/// read", valid, leftOut, warnings, problems: [{ severity, line, row, place,
/// why }], json }`. A name ending in `.csv` is read as a spreadsheet.
#[wasm_bindgen(js_name = checkFile)]
pub fn check_file(text: &str, name: &str) -> JsValue {
    let is_sheet = is_sheet_name(name);
    let mut rows = Vec::new();
    let read: Result<Dataset, String> = if is_sheet {
        load_sheet(text).map_err(|e| e.to_string()).map(|sheet| {
            rows = sheet.problems.iter().map(sheet_row).collect();
            sheet.dataset
        })
    } else {
        load(text).map_err(|e| e.to_string()).inspect(|dataset| rows = dataset.problems.iter().map(json_row).collect())
    };
    let error = read.as_ref().err().cloned();
    let dataset = read.unwrap_or_default();
    // The checks `validate` adds to the loader's, with today as the visitor's clock has it.
    let today = day_from_unix_days((js_sys::Date::now() / 86_400_000.0).floor() as i64);
    for (place, why) in stale_active_warnings(&dataset.records, today) {
        rows.push(Row { severity: Severity::Warning.word(), line: None, row: None, place, why });
    }
    // The loader's warnings all counted (not only those listed), and the rows only a sheet or `validate` adds.
    let warning_rows = rows.iter().filter(|r| r.severity == Severity::Warning.word()).count();
    let checked = Checked {
        error,
        valid: dataset.records.len(),
        left_out: dataset.n_rejected(),
        warnings: dataset.counts.warnings + warning_rows.saturating_sub(dataset.warnings().count()),
        problems: rows,
        json: to_json(&dataset.records),
    };
    // `null` rather than `undefined` for a missing line or error, as JSON had it.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    checked.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// JS: `preview(element, json)` — a widget in `element` showing `json` (the
/// valid records `checkFile` returned), read through the same loader as any
/// data file, from the text in hand.
#[wasm_bindgen(js_name = preview)]
pub fn preview(element: Element, json: &str) -> Option<WidgetHandle> {
    let setting = |name: &str| match name {
        "url-state" => Some("off".to_owned()),
        "title" => Some("Preview".to_owned()),
        "heading-level" => Some("3".to_owned()),
        _ => None,
    };
    mount_with_source(element, setting, DataSource::Text { name: "the previewed file".to_owned(), text: json.into() })
}

fn json_row(p: &Problem) -> Row {
    Row {
        severity: p.severity.word(),
        line: p.record.as_ref().and_then(|r| r.line),
        row: None,
        place: p.place(),
        why: p.why(),
    }
}

fn sheet_row(p: &SheetProblem) -> Row {
    Row { severity: p.severity.word(), line: None, row: p.row, place: p.place.clone(), why: p.why.clone() }
}
