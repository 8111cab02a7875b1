//! `checkFile(text, name)` for the validator page: the same checks and the
//! same words as `cargo run --bin validate` (the loader's [`Problem`]s, or a
//! sheet's [`SheetProblem`]s), as JSON the page lays out, with the valid
//! records as schema-v1 JSON for the preview and the download.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::mount::{mount_with_source, DataSource, WidgetHandle};

use crate::export::to_json;
use crate::load::freshness::{day_from_unix_days, stale_active_warnings};
use crate::load::{is_sheet_name, load, load_sheet, Dataset, Problem, Severity, SheetProblem};
use crate::text::json_string::push_json_string;

/// JS: `checkFile(text, name)` → a JSON string: `{ "error": null | "why the
/// file cannot be read", "valid": n, "leftOut": n, "warnings": n,
/// "problems": [{ "severity", "line", "row", "place", "why" }], "json": "…" }`.
/// A name ending in `.csv` is read as a spreadsheet.
#[wasm_bindgen(js_name = checkFile)]
pub fn check_file(text: &str, name: &str) -> String {
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
    let mut out = String::from("{\"error\": ");
    match &read {
        Err(error) => push_json_string(&mut out, error),
        Ok(_) => out.push_str("null"),
    }
    let dataset = read.unwrap_or_default();
    // The checks `validate` adds to the loader's, with today as the visitor's clock has it.
    let today = day_from_unix_days((js_sys::Date::now() / 86_400_000.0).floor() as i64);
    for (place, why) in stale_active_warnings(&dataset.records, today) {
        rows.push(Row { severity: Severity::Warning, line: None, row: None, place, why });
    }
    // The loader's warnings all counted (not only those listed), and the rows only a sheet or `validate` adds.
    let warning_rows = rows.iter().filter(|r| r.severity == Severity::Warning).count();
    let n_warnings = dataset.counts.warnings + warning_rows.saturating_sub(dataset.warnings().count());
    out.push_str(&format!(
        ", \"valid\": {}, \"leftOut\": {}, \"warnings\": {n_warnings}, \"problems\": [",
        dataset.records.len(),
        dataset.n_rejected(),
    ));
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let number = |n: Option<usize>| n.map_or_else(|| "null".to_owned(), |n| n.to_string());
        out.push_str("{\"severity\": ");
        push_json_string(&mut out, row.severity.word());
        out.push_str(&format!(", \"line\": {}, \"row\": {}, \"place\": ", number(row.line), number(row.row)));
        push_json_string(&mut out, &row.place);
        out.push_str(", \"why\": ");
        push_json_string(&mut out, &row.why);
        out.push('}');
    }
    out.push_str("], \"json\": ");
    push_json_string(&mut out, &to_json(&dataset.records));
    out.push('}');
    out
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

/// One problem as the page lists it.
struct Row {
    severity: Severity,
    line: Option<usize>,
    row: Option<usize>,
    place: String,
    why: String,
}

fn json_row(p: &Problem) -> Row {
    Row {
        severity: p.severity,
        line: p.record.as_ref().and_then(|r| r.line),
        row: None,
        place: p.place(),
        why: p.why(),
    }
}

fn sheet_row(p: &SheetProblem) -> Row {
    Row { severity: p.severity, line: None, row: p.row, place: p.place.clone(), why: p.why.clone() }
}
