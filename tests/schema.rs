//! The JSON Schema for editors and the Rust validator agree: the bundled data
//! passes both, and every broken record the schema rejects gets a problem from
//! the Rust loader too — an error that leaves the record out when a field the
//! card needs is unusable, a warning that leaves only the bad value out
//! otherwise.
#![cfg(not(target_arch = "wasm32"))]

use nordic_partnerships::load::load;
use serde_json::{json, Value};

mod common;
use common::{file_with, valid_record};

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema/partnerships.schema.json"))
        .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

/// What the Rust loader does with a file of one record.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// No problem at all.
    Clean,
    /// Shown, with the bad value left out and a warning.
    Warned,
    /// Left out, with an error.
    LeftOut,
}
use Verdict::{LeftOut, Warned};

fn rust_verdict(file: &Value) -> Verdict {
    match load(&file.to_string()) {
        Err(_) => LeftOut,
        Ok(d) if d.errors().next().is_some() => LeftOut,
        Ok(d) if d.warnings().next().is_some() => Warned,
        Ok(_) => Verdict::Clean,
    }
}

/// Whether the Rust loader accepts the whole file without any problem.
fn rust_accepts(file: &Value) -> bool {
    rust_verdict(file) == Verdict::Clean
}

/// A named edit of a valid record, and what the Rust loader must do with it.
type Breakage = (&'static str, Verdict, Box<dyn Fn(&mut Value)>);

/// Edits of a valid record, each breaking one rule both validators state.
fn broken_records() -> Vec<Breakage> {
    vec![
        ("id not kebab", LeftOut, Box::new(|r| r["id"] = json!("Umeå_2"))),
        ("id too long", LeftOut, Box::new(|r| r["id"] = json!("a".repeat(101)))),
        ("id a number", LeftOut, Box::new(|r| r["id"] = json!(7))),
        ("no title", LeftOut, Box::new(|r| r["title"] = Value::Null)),
        ("title without language", LeftOut, Box::new(|r| r["title"] = json!({}))),
        ("title in German", LeftOut, Box::new(|r| r["title"] = json!({"de": "x"}))),
        ("empty title text", LeftOut, Box::new(|r| r["title"] = json!({"en": " "}))),
        ("unknown kind", LeftOut, Box::new(|r| r["kind"] = json!("agreement"))),
        ("unknown status", LeftOut, Box::new(|r| r["status"] = json!("ongoing"))),
        ("month 13", Warned, Box::new(|r| r["started"] = json!("2019-13"))),
        ("April 31", Warned, Box::new(|r| r["started"] = json!("2019-04-31"))),
        ("two-digit year", Warned, Box::new(|r| r["started"] = json!("19"))),
        ("slash date", Warned, Box::new(|r| r["ended"] = json!("2019/12"))),
        ("non-Nordic country", LeftOut, Box::new(|r| r["countries"] = json!(["US"]))),
        ("no countries", LeftOut, Box::new(|r| r["countries"] = json!([]))),
        ("country twice", Warned, Box::new(|r| r["countries"] = json!(["SE", "SE"]))),
        ("lowercase country", LeftOut, Box::new(|r| r["countries"] = json!(["se"]))),
        ("empty region", Warned, Box::new(|r| r["region"] = json!(""))),
        ("no partners", LeftOut, Box::new(|r| r["partners"] = json!([]))),
        ("partner without kind", Warned, Box::new(|r| r["partners"][0]["kind"] = Value::Null)),
        ("partner kind unknown", Warned, Box::new(|r| r["partners"][0]["kind"] = json!("county"))),
        ("partner country not ISO", Warned, Box::new(|r| r["partners"][0]["country"] = json!("UK"))),
        ("unknown focus area", Warned, Box::new(|r| r["focus_areas"] = json!(["ai"]))),
        ("focus area twice", Warned, Box::new(|r| r["focus_areas"] = json!(["cancer", "cancer"]))),
        ("funder without name", Warned, Box::new(|r| r["funders"] = json!([{"name_en": "x"}]))),
        ("javascript url", Warned, Box::new(|r| r["sources"][0]["url"] = json!("javascript:alert(1)"))),
        ("url with tab", Warned, Box::new(|r| r["sources"][0]["url"] = json!("https://exa\tmple.org"))),
        ("url with user-info", Warned, Box::new(|r| r["sources"][0]["url"] = json!("https://a@b.org"))),
        ("data url", Warned, Box::new(|r| r["sources"][0]["url"] = json!("data:text/html,x"))),
        ("source language unknown", Warned, Box::new(|r| r["sources"][0]["language"] = json!("de"))),
        ("source without title", Warned, Box::new(|r| r["sources"][0]["title"] = Value::Null)),
        ("record not an object", LeftOut, Box::new(|r| *r = json!("x"))),
        ("year 1019", Warned, Box::new(|r| r["started"] = json!("1019"))),
        ("year 9999", Warned, Box::new(|r| r["ended"] = json!("9999"))),
        ("funder as a plain string", Warned, Box::new(|r| r["funders"] = json!(["Vinnova"]))),
        ("checked not a date", Warned, Box::new(|r| r["checked"] = json!("last week"))),
    ]
}

#[test]
fn bundled_data_is_valid_for_both() {
    let file: Value = serde_json::from_str(nordic_partnerships::load::bundled::JSON).expect("bundled JSON");
    let errors: Vec<String> = schema().iter_errors(&file).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert_eq!(errors, Vec::<String>::new());
    assert!(rust_accepts(&file));
}

#[test]
fn an_exported_view_is_valid_for_both() {
    let data = nordic_partnerships::load::bundled::dataset().expect("bundled data");
    let file: Value =
        serde_json::from_str(&nordic_partnerships::export::to_json(&data.records)).expect("export is JSON");
    let errors: Vec<String> = schema().iter_errors(&file).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert_eq!(errors, Vec::<String>::new());
    assert!(rust_accepts(&file));
}

#[test]
fn a_valid_record_and_ignorable_extras_pass_both() {
    let mut with_extras = valid_record();
    with_extras["website"] = json!("https://x.org");
    with_extras["summary"] = Value::Null;
    with_extras["partners"][0]["country"] = json!("US");
    // The unknown field is a warning that ignores it; nothing else is reported.
    for (record, verdict) in [(valid_record(), Verdict::Clean), (with_extras, Warned)] {
        let file: Value = serde_json::from_str(&file_with(vec![record])).expect("JSON");
        assert!(schema().is_valid(&file));
        assert_eq!(rust_verdict(&file), verdict);
    }
}

#[test]
fn broken_records_fail_both() {
    let schema = schema();
    for (name, verdict, edit) in broken_records() {
        let mut record = valid_record();
        edit(&mut record);
        let file: Value = serde_json::from_str(&file_with(vec![record])).expect("JSON");
        assert!(!schema.is_valid(&file), "schema accepts: {name}");
        assert_eq!(rust_verdict(&file), verdict, "{name}");
    }
}

/// Rules JSON Schema cannot state: the schema accepts these, the Rust
/// validator (and so the widget and `validate`) reports them. The schema's
/// description lists them for editors.
#[test]
fn rules_only_the_rust_validator_checks() {
    let schema = schema();
    let mut ends_early = valid_record();
    ends_early["ended"] = json!("2018");
    let mut feb_29 = valid_record();
    feb_29["started"] = json!("2023-02-29");
    let single = |r: Value| -> Value { serde_json::from_str(&file_with(vec![r])).expect("JSON") };
    let duplicate_ids: Value = serde_json::from_str(&file_with(vec![valid_record(), valid_record()])).expect("JSON");
    for (file, verdict) in [(single(ends_early), Warned), (single(feb_29), Warned), (duplicate_ids, LeftOut)] {
        assert!(schema.is_valid(&file));
        assert_eq!(rust_verdict(&file), verdict);
    }
}
