//! Shared fixtures of the native integration tests.
#![allow(dead_code)] // each test binary uses a different part

use serde_json::{json, Value};

/// A record that passes every rule; each test breaks one thing in it.
pub fn valid_record() -> Value {
    json!({
        "id": "umu-region-vasterbotten",
        "title": { "en": "Umeå University and Region Västerbotten", "sv": "Umeå universitet och Region Västerbotten" },
        "summary": { "en": "A strategic partnership." },
        "kind": "strategic_agreement",
        "status": "active",
        "started": "2019-01",
        "ended": null,
        "countries": ["SE"],
        "region": "Västerbotten",
        "partners": [
            { "name": "Umeå universitet", "name_en": "Umeå University", "kind": "university", "country": "SE" },
            { "name": "Region Västerbotten", "name_en": null, "kind": "region", "country": "SE" }
        ],
        "focus_areas": ["education", "ai_health_data"],
        "funders": [],
        "sources": [ { "url": "https://www.umu.se/", "title": "Partnerskapsdag", "published": "2020-11-23", "language": "sv" } ]
    })
}

pub fn file_with(records: Vec<Value>) -> String {
    json!({ "schema_version": 1, "partnerships": records }).to_string()
}

/// Property-test cases: `default` for everyday runs, or `PROPTEST_CASES`
/// for a long run (e.g. `PROPTEST_CASES=2000000 cargo test --release --test load_props`).
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}
