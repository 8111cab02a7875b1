//! The JSON Schema for editors and the Rust validator agree: the bundled data
//! and a set of broken records get the same verdict from both.
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

/// Whether the Rust loader accepts the whole file without an error.
fn rust_accepts(file: &Value) -> bool {
    load(&file.to_string()).is_ok_and(|d| d.errors().next().is_none())
}

/// A named edit of a valid record.
type Breakage = (&'static str, Box<dyn Fn(&mut Value)>);

/// Edits of a valid record, each breaking one rule both validators state.
fn broken_records() -> Vec<Breakage> {
    vec![
        ("id not kebab", Box::new(|r| r["id"] = json!("Umeå_2"))),
        ("id too long", Box::new(|r| r["id"] = json!("a".repeat(101)))),
        ("id a number", Box::new(|r| r["id"] = json!(7))),
        ("no title", Box::new(|r| r["title"] = Value::Null)),
        ("title without language", Box::new(|r| r["title"] = json!({}))),
        ("title in German", Box::new(|r| r["title"] = json!({"de": "x"}))),
        ("empty title text", Box::new(|r| r["title"] = json!({"en": " "}))),
        ("unknown kind", Box::new(|r| r["kind"] = json!("agreement"))),
        ("unknown status", Box::new(|r| r["status"] = json!("ongoing"))),
        ("month 13", Box::new(|r| r["started"] = json!("2019-13"))),
        ("April 31", Box::new(|r| r["started"] = json!("2019-04-31"))),
        ("two-digit year", Box::new(|r| r["started"] = json!("19"))),
        ("slash date", Box::new(|r| r["ended"] = json!("2019/12"))),
        ("non-Nordic country", Box::new(|r| r["countries"] = json!(["US"]))),
        ("no countries", Box::new(|r| r["countries"] = json!([]))),
        ("country twice", Box::new(|r| r["countries"] = json!(["SE", "SE"]))),
        ("lowercase country", Box::new(|r| r["countries"] = json!(["se"]))),
        ("empty region", Box::new(|r| r["region"] = json!(""))),
        ("no partners", Box::new(|r| r["partners"] = json!([]))),
        ("partner without kind", Box::new(|r| r["partners"][0]["kind"] = Value::Null)),
        ("partner kind unknown", Box::new(|r| r["partners"][0]["kind"] = json!("county"))),
        ("partner country not ISO", Box::new(|r| r["partners"][0]["country"] = json!("UK"))),
        ("unknown focus area", Box::new(|r| r["focus_areas"] = json!(["ai"]))),
        ("focus area twice", Box::new(|r| r["focus_areas"] = json!(["cancer", "cancer"]))),
        ("funder without name", Box::new(|r| r["funders"] = json!([{"name_en": "x"}]))),
        ("javascript url", Box::new(|r| r["sources"][0]["url"] = json!("javascript:alert(1)"))),
        ("url with tab", Box::new(|r| r["sources"][0]["url"] = json!("https://exa\tmple.org"))),
        ("url with user-info", Box::new(|r| r["sources"][0]["url"] = json!("https://a@b.org"))),
        ("data url", Box::new(|r| r["sources"][0]["url"] = json!("data:text/html,x"))),
        ("source language unknown", Box::new(|r| r["sources"][0]["language"] = json!("de"))),
        ("source without title", Box::new(|r| r["sources"][0]["title"] = Value::Null)),
        ("record not an object", Box::new(|r| *r = json!("x"))),
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
fn a_valid_record_and_ignorable_extras_pass_both() {
    let mut with_extras = valid_record();
    with_extras["website"] = json!("https://x.org");
    with_extras["summary"] = Value::Null;
    with_extras["partners"][0]["country"] = json!("US");
    for record in [valid_record(), with_extras] {
        let file: Value = serde_json::from_str(&file_with(vec![record])).expect("JSON");
        assert!(schema().is_valid(&file));
        assert!(rust_accepts(&file));
    }
}

#[test]
fn broken_records_fail_both() {
    let schema = schema();
    for (name, edit) in broken_records() {
        let mut record = valid_record();
        edit(&mut record);
        let file: Value = serde_json::from_str(&file_with(vec![record])).expect("JSON");
        assert!(!schema.is_valid(&file), "schema accepts: {name}");
        assert!(!rust_accepts(&file), "Rust accepts: {name}");
    }
}

/// Rules JSON Schema cannot state: the schema accepts these, the Rust
/// validator (and so the widget and `validate`) rejects them. The schema's
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
    for file in [single(ends_early), single(feb_29), duplicate_ids] {
        assert!(schema.is_valid(&file));
        assert!(!rust_accepts(&file));
    }
}
