//! The loader on files made to hurt it: its work stays linear in the file's
//! size and its memory bounded, and nothing an editor wrote is dropped
//! without a word. (Timings are in BENCHMARKS.md; these tests check counts.)

use nordic_partnerships::load::{load, ProblemKind, Severity, MAX_LISTED_PER_RECORD, MAX_LISTED_PROBLEMS, MAX_RECORDS};
use serde_json::json;

mod common;
use common::{file_with, valid_record};

/// `{"partnerships":[1e400,1e400,…]}` of about `bytes` bytes: every item is a
/// number serde_json refuses (beyond f64), so each is a problem with a position.
fn refused_numbers(bytes: usize) -> (String, usize) {
    let n = bytes / 6;
    let mut text = String::with_capacity(bytes + 64);
    text.push_str("{\"schema_version\": 1, \"partnerships\":[");
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        text.push_str("1e400");
    }
    text.push_str("]}");
    (text, n)
}

fn check_refused_numbers(bytes: usize) {
    let (text, n) = refused_numbers(bytes);
    let dataset = load(&text).expect("a list of unreadable items is still a file");
    assert!(dataset.records.is_empty());
    // Items past MAX_RECORDS are checked as JSON and counted, not read.
    let read = n.min(MAX_RECORDS);
    assert_eq!(dataset.counts.errors, read);
    assert_eq!(dataset.n_rejected(), read);
    assert_eq!(dataset.problems.len(), MAX_LISTED_PROBLEMS + 2, "the first in full, then one count");
    assert_eq!(
        dataset.problems[0].to_string(),
        format!("field \"partnerships\": lists {n} partnerships; the widget reads the first {MAX_RECORDS}")
    );
    let first = dataset.problems[1].to_string();
    // Placed where a whole-file parse (the loader's reference) stops.
    let reference = serde_json::from_str::<serde_json::Value>(&text).unwrap_err();
    assert_eq!(
        first,
        format!("record 0: cannot be read at line 1, column {}: number out of range", reference.column())
    );
    let last = dataset.problems.last().expect("listed");
    assert_eq!(last.kind, ProblemKind::NotListed { errors: read - MAX_LISTED_PROBLEMS, warnings: 0 }, "{last}");
    assert_eq!(
        last.to_string(),
        format!("{} more errors not listed; fix the ones above and check again", read - MAX_LISTED_PROBLEMS)
    );
}

/// 1 MB of refused items (170 000 problems): answered, with its problems.
#[test]
fn a_megabyte_of_refused_numbers_is_read_with_its_problems() {
    check_refused_numbers(1 << 20);
}

/// 10 MB of the same: still linear (before the position was tracked as the
/// reader went, each item's line was counted from byte 0 — hours at this size).
#[test]
fn ten_megabytes_of_refused_numbers_are_read_with_their_problems() {
    check_refused_numbers(10 << 20);
}

/// Many small broken records: every one counted, the problems kept stay
/// within a fixed size whatever the file holds.
#[test]
fn problems_of_many_broken_records_stay_bounded() {
    let long = "x".repeat(1_000);
    let mut text = String::from("{\"schema_version\": 1, \"partnerships\":[");
    let n = 5_000;
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        // An invalid id of 1 000 characters, an unknown kind and an unknown field with a long name.
        text.push_str(&format!("{{\"id\":\"{long}\",\"kind\":\"{long}\",\"{long}\":1}}"));
        if i > 50 {
            text.push_str(",{\"id\":\"x\"}");
        }
    }
    text.push_str("]}");
    let dataset = load(&text).expect("file-level load");
    assert_eq!(dataset.n_rejected(), n + (n - 51));
    assert!(dataset.problems.len() <= MAX_LISTED_PROBLEMS + 1);
    // Every listed problem is short: values, ids and field names from the file are clipped.
    let kept: usize = dataset
        .problems
        .iter()
        .map(|p| {
            p.to_string().len() + p.path.len() + p.record.as_ref().and_then(|r| r.id.as_ref()).map_or(0, String::len)
        })
        .sum();
    assert!(kept < MAX_LISTED_PROBLEMS * 1_024, "{kept} bytes of problems");
    let first = dataset.problems.first().expect("listed").to_string();
    assert!(first.starts_with(&format!("record 0 (id \"{}…\")", "x".repeat(80))), "{first}");
}

/// One record with hundreds of bad values: the first few listed, then a count.
#[test]
fn problems_of_one_record_are_capped() {
    let mut record = valid_record();
    record["focus_areas"] = json!(vec!["no_such_area"; 300]);
    let dataset = load(&file_with(vec![record])).expect("file-level load");
    assert_eq!(dataset.records.len(), 1, "bad focus areas are left out, the record shown");
    assert_eq!(dataset.n_incomplete(), 1);
    assert_eq!(dataset.counts.warnings, 300);
    assert_eq!(dataset.problems.len(), MAX_LISTED_PER_RECORD + 1);
    let last = dataset.problems.last().expect("listed");
    assert_eq!(
        last.to_string(),
        format!(
            "record 0 (id \"umu-region-vasterbotten\"): {} more warnings not listed; fix the ones above and check again",
            300 - MAX_LISTED_PER_RECORD
        )
    );
    assert_eq!(last.severity, Severity::Warning);
    assert!(!last.drops_value());
}

/// A record's error beyond its listed problems still leaves it out, and the count says there was one.
#[test]
fn an_unlisted_error_still_leaves_the_record_out_and_is_counted() {
    let mut record = valid_record();
    // 30 warnings (each country left out), then the record's error: none is usable.
    record["countries"] = json!(vec!["XX"; 30]);
    let dataset = load(&file_with(vec![record])).expect("file-level load");
    assert_eq!(dataset.n_rejected(), 1);
    let last = dataset.problems.last().expect("listed");
    assert_eq!(last.severity, Severity::Error);
    assert!(last.to_string().contains("1 more error and 10 more warnings not listed"), "{last}");
}

/// A second `partnerships` list is not read and says so, with both lines.
#[test]
fn a_repeated_list_is_named() {
    let mut other = valid_record();
    other["id"] = json!("other-record");
    let text = format!(
        "{{\n\"schema_version\": 1,\n\"partnerships\": [{}],\n\"partnerships\": [{}]\n}}",
        valid_record(),
        other
    );
    let dataset = load(&text).expect("file-level load");
    assert_eq!(dataset.records.len(), 1);
    assert_eq!(dataset.records[0].id.as_str(), "umu-region-vasterbotten");
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["field \"partnerships\": is given again at line 4; only the first, at line 3, is read (put every partnership in one list)"]
    );
    // A repeated version, and a list after a null: the later is read, and named.
    let text = format!(
        "{{\"schema_version\": 1,\n\"partnerships\": null,\n\"schema_version\": 1,\n\"partnerships\": [{}]}}",
        valid_record()
    );
    let dataset = load(&text).expect("file-level load");
    assert_eq!(dataset.records.len(), 1);
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "field \"schema_version\": is given again at line 3 (first at line 1); only the last is read",
            "field \"partnerships\": is given again at line 4 (first at line 2); only the last is read",
        ]
    );
}

/// A key given twice in a record, or inside one of its objects, is named.
#[test]
fn a_repeated_key_is_named() {
    let record = valid_record().to_string();
    let record = record.replacen("\"status\":\"active\"", "\"status\":\"completed\",\"status\":\"active\"", 1);
    let record = record.replacen("\"kind\":\"university\"", "\"kind\":\"region\",\"kind\":\"university\"", 1);
    assert!(record.matches("\"status\"").count() == 2 && record.matches("\"kind\":\"region\",\"kind\"").count() == 1);
    let dataset = load(&format!("{{\"schema_version\": 1, \"partnerships\": [{record}]}}")).expect("file-level load");
    assert_eq!(dataset.records.len(), 1);
    assert_eq!(dataset.records[0].status.code(), "active", "the last is read, as JSON parsers do");
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "record 0 (id \"umu-region-vasterbotten\"), field \"status\": is given more than once here; only the last value is read",
            "record 0 (id \"umu-region-vasterbotten\"), field \"partners[0].kind\": is given more than once here; only the last value is read",
        ]
    );
    assert_eq!(dataset.n_incomplete(), 0);
}
