//! The loader never panics, whatever it is given, and never lets an unsafe
//! link or an invalid record through.
#![cfg(not(target_arch = "wasm32"))]

use nordic_partnerships::load::load;
use nordic_partnerships::model::safe_url::is_http_url;
use proptest::prelude::*;
use serde_json::{json, Value};

mod common;
use common::valid_record;

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = load(&text);
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
