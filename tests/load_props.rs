//! The loader never panics, whatever it is given, and never lets an unsafe
//! link or an invalid record through.
#![cfg(not(target_arch = "wasm32"))]

use nordic_partnerships::load::{load, LoadError, ProblemKind};
use nordic_partnerships::model::safe_url::is_http_url;
use proptest::prelude::*;
use serde_json::{json, Value};

mod common;
use common::{cases, valid_record};

/// Any JSON value, nested a few levels, with strings that include the
/// characters data attacks use.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        "[a-zA-Z0-9 <>\"'&:/\\\\.\\-_\\t\\n\u{0}\u{200b}\u{202e}åäöæø]{0,24}".prop_map(Value::String),
        prop::sample::select(vec!["SE", "NO", "project", "active", "2019-01", "https://x.org/", "javascript:x"])
            .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "title",
                    "summary",
                    "kind",
                    "status",
                    "started",
                    "ended",
                    "countries",
                    "region",
                    "partners",
                    "focus_areas",
                    "funders",
                    "sources",
                    "url",
                    "name",
                    "en",
                    "sv",
                    "language",
                    "extra",
                ])
                .prop_map(str::to_owned),
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Link addresses as data might hold them: real ones, and the attacks.
fn any_url() -> impl Strategy<Value = String> {
    prop_oneof![
        "https?://[a-z]{1,12}(\\.[a-z]{2,6}){1,2}(/[a-zA-Z0-9_.%~-]{0,12}){0,3}(\\?[a-z]=[0-9]{1,3})?",
        "(javascript|JaVaScRiPt|data|vbscript|file|blob):[ -~]{0,24}",
        "[ \t\n]{0,2}(java|ht)[ \t\n]?(script|tps?):[ -~]{0,16}",
        "https?://[a-z]{0,6}[@\\\\ \t][a-z.]{0,12}",
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(512)))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = load(&text);
    }

    /// The loader reads the file in pieces, yet finds exactly the syntax
    /// errors a parse of the whole file finds, at the same line and column.
    #[test]
    fn syntax_errors_are_those_of_a_whole_file_parse(
        records in prop::collection::vec(any_json(), 0..4),
        edits in prop::collection::vec((any::<prop::sample::Index>(), prop::option::of(prop::sample::select(vec!['{', '}', '[', ']', ',', ':', '"', ' ', '\n', '1']))), 1..4),
    ) {
        let mut text: Vec<char> = serde_json::to_string_pretty(&json!({ "schema_version": 1, "partnerships": records })).unwrap().chars().collect();
        for (at, insert) in edits {
            let i = at.index(text.len() + 1);
            match insert {
                Some(c) => text.insert(i, c),
                None if i < text.len() => { text.remove(i); }
                None => {}
            }
        }
        let text: String = text.into_iter().collect();
        let whole = serde_json::from_str::<Value>(&text);
        match (whole, load(&text)) {
            (Err(e), Err(LoadError::Syntax { line, column, message })) => {
                prop_assert_eq!(format!("{message} at line {line} column {column}"), e.to_string(), "{}", text);
            }
            // A number beyond f64 is valid JSON: it loses only its record, placed where the parse placed it.
            (Err(e), Ok(dataset)) if e.to_string().starts_with("number out of range") => {
                let placed = dataset.problems.iter().any(|p| matches!(&p.kind,
                    ProblemKind::Unreadable { line, column, .. } if (*line, *column) == (e.line(), e.column())));
                prop_assert!(placed, "{:?} for {:?}: {}", dataset.problems, e, text);
            }
            (Err(e), other) => prop_assert!(!e.is_syntax() && !e.is_eof(), "{:?} for {:?}: {}", other, e, text),
            (Ok(_), Err(LoadError::Syntax { .. })) => prop_assert!(false, "a syntax error in valid JSON: {}", text),
            (Ok(_), _) => {}
        }
    }

    #[test]
    fn arbitrary_records_never_panic_and_only_safe_links_survive(records in prop::collection::vec(any_json(), 0..8)) {
        let text = json!({ "schema_version": 1, "partnerships": records }).to_string();
        if let Ok(dataset) = load(&text) {
            for record in &dataset.records {
                prop_assert!(!record.partners.is_empty() && !record.countries.is_empty());
                for source in &record.sources {
                    prop_assert!(source.url.as_deref().is_none_or(is_http_url));
                }
            }
        }
    }

    /// Valid records whose sources carry any address, hostile ones included:
    /// every record still loads (a bad address loses only itself), and every
    /// address that survives is a plain http(s) link.
    #[test]
    fn only_safe_links_survive_in_records_that_load(urls in prop::collection::vec(any_url(), 1..6)) {
        let mut record = valid_record();
        record["sources"] = Value::Array(urls.iter().map(|u| json!({ "url": u, "title": "T", "language": "en" })).collect());
        let dataset = load(&json!({ "schema_version": 1, "partnerships": [record] }).to_string()).expect("file loads");
        prop_assert_eq!(dataset.records.len(), 1, "the record loads: {:?}", dataset.problems);
        let sources = &dataset.records[0].sources;
        prop_assert_eq!(sources.len(), urls.len());
        for (source, given) in sources.iter().zip(&urls) {
            match source.url.as_deref() {
                Some(kept) => {
                    prop_assert!(is_http_url(kept));
                    prop_assert_eq!(kept, given.as_str());
                }
                None => prop_assert!(!is_http_url(given)),
            }
        }
    }

    #[test]
    fn one_broken_field_loses_only_its_record(field in prop::sample::select(vec![
        "id", "title", "kind", "status", "started", "countries", "partners", "sources",
    ]), junk in any_json()) {
        let mut broken = valid_record();
        broken["id"] = json!("broken");
        broken[field] = junk;
        let text = json!({ "schema_version": 1, "partnerships": [valid_record(), broken] }).to_string();
        let dataset = load(&text).expect("the file itself is fine");
        prop_assert!(dataset.records.iter().any(|r| r.id.as_str() == "umu-region-vasterbotten"));
        prop_assert!(dataset.records.len() == 2 || dataset.n_rejected() == 1);
    }
}
