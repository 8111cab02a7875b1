//! The loader's rules, one failing example each, checked by exact message.

use nordic_partnerships::load::{load, LoadError, Loader, ProblemKind, Severity};
use nordic_partnerships::model::Partnership;
use serde_json::{json, Value};

mod common;
use common::{file_with, valid_record};

/// Applies `edit` to a valid record placed second in a file (after a valid
/// one), and checks the messages, that the other record survives, and that
/// the edited one is left out exactly when a problem is an error.
fn check(edit: impl FnOnce(&mut Value), expected: &[&str]) {
    let mut other = valid_record();
    other["id"] = json!("other-record");
    let mut record = valid_record();
    edit(&mut record);
    let dataset = load(&file_with(vec![other, record])).expect("file-level load");
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages, expected, "problems");
    let n_errors = dataset.errors().count();
    assert_eq!(dataset.records.len(), if n_errors > 0 { 1 } else { 2 }, "records kept");
    assert_eq!(dataset.records[0].id.as_str(), "other-record");
    // Warnings say the value was left out; errors (the record was) do not.
    for problem in &dataset.problems {
        let says_dropped = problem.to_string().ends_with("the rest of the record is shown");
        let dropped_value = problem.severity == Severity::Warning
            && !matches!(problem.kind, ProblemKind::UnknownField | ProblemKind::Repeated { .. });
        assert_eq!(says_dropped, dropped_value, "{problem}");
        assert_eq!(problem.drops_value(), dropped_value, "{problem}");
    }
    if dataset.records.len() == 2 {
        let n_dropping = dataset.problems.iter().filter(|p| p.drops_value()).count();
        assert_eq!(dataset.n_incomplete(), usize::from(n_dropping > 0));
    }
}

/// The edited record as loaded (it must be kept).
fn kept(edit: impl FnOnce(&mut Value)) -> Partnership {
    let mut record = valid_record();
    edit(&mut record);
    let dataset = load(&file_with(vec![record])).expect("file-level load");
    assert_eq!(dataset.errors().count(), 0, "{:?}", dataset.problems);
    dataset.records.into_iter().next().expect("the record is kept")
}

#[test]
fn a_bad_optional_field_loses_only_that_field() {
    let valid = kept(|_| {});
    // A funder written as a plain string: that funder is left out.
    let r = kept(|r| r["funders"] = json!(["Vinnova", {"name": "Region Västerbotten"}]));
    assert_eq!(r.funders.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["Region Västerbotten"]);
    // One bad source address: the source stays, without a link.
    let r = kept(|r| r["sources"][0]["url"] = json!("javascript:alert(1)"));
    assert_eq!((r.sources.len(), r.sources[0].url.as_deref()), (valid.sources.len(), None));
    // A bad `ended`: the period stays open.
    let r = kept(|r| r["ended"] = json!("2020-02-30"));
    assert_eq!((r.started, r.ended), (valid.started, None));
    // One bad partner among good ones: the others are shown.
    let r = kept(|r| r["partners"][1]["kind"] = json!("county"));
    assert_eq!(r.partners.len(), valid.partners.len() - 1);
    // A summary in an unknown language only: no summary.
    let r = kept(|r| r["summary"] = json!({"de": "Text"}));
    assert!(r.summary.is_empty());
}

#[test]
fn implausible_years_are_left_out_with_a_warning() {
    check(
        |r| {
            r["started"] = json!("1019");
            r["ended"] = json!("9999");
        },
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "started": "1019" lies outside 1900–2100; is the year a typo?; it is left out and the rest of the record is shown"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "ended": "9999" lies outside 1900–2100; is the year a typo?; it is left out and the rest of the record is shown"#,
        ],
    );
    let r = kept(|r| r["started"] = json!("1019"));
    assert_eq!(r.started, None);
}

#[test]
fn only_the_first_max_records_are_read() {
    let n = nordic_partnerships::load::MAX_RECORDS + 2;
    let records: Vec<Value> = (0..n)
        .map(|i| {
            json!({"id": format!("r{i}"), "title": {"en": "T"}, "kind": "project", "status": "unknown",
                   "countries": ["SE"], "partners": [{"name": "P", "kind": "other"}]})
        })
        .collect();
    let dataset = load(&file_with(records)).expect("file-level load");
    assert_eq!(dataset.records.len(), nordic_partnerships::load::MAX_RECORDS);
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [format!(r#"field "partnerships": lists {n} partnerships; the widget reads the first 100000"#)]
    );
}

#[test]
fn a_valid_record_has_no_problems() {
    check(|_| {}, &[]);
}

#[test]
fn id_must_be_kebab_case_and_unique() {
    check(
        |r| r["id"] = json!("Umeå University"),
        &[
            r#"record 1 (id "Umeå University"), field "id": "Umeå University" is not a valid id; use lowercase letters and digits joined by single hyphens, e.g. "umea-university-region-vasterbotten" (at most 100 characters)"#,
        ],
    );
    check(
        |r| r["id"] = json!("other-record"),
        &[r#"record 1 (id "other-record"), field "id": duplicate id; record 0 already uses it"#],
    );
    check(|r| r["id"] = json!(7), &[r#"record 1, field "id": expected a string, found a number"#]);
}

#[test]
fn required_fields() {
    for field in ["id", "title", "kind", "status", "countries", "partners"] {
        let expected = if field == "id" {
            r#"record 1, field "id": is required"#.to_owned()
        } else {
            format!(r#"record 1 (id "umu-region-vasterbotten"), field "{field}": is required"#)
        };
        check(|r| r[field] = Value::Null, &[expected.as_str()]);
    }
}

#[test]
fn enums_must_be_known() {
    check(
        |r| r["kind"] = json!("agreement"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "kind": unknown value "agreement"; expected one of strategic_agreement, project, network, cluster_collaboration, reference_site, research_programme, other"#,
        ],
    );
    check(
        |r| r["status"] = json!("Active"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "status": unknown value "Active"; expected one of active, completed, planned, unknown"#,
        ],
    );
    check(
        |r| r["partners"][1]["kind"] = json!("county"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "partners[1].kind": unknown value "county"; expected one of university, university_college, region, health_authority, hospital, municipality, cluster, company, public_agency, foundation, network, other; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["focus_areas"] = json!(["ai"]),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "focus_areas[0]": unknown value "ai"; expected one of digital_health, ai_health_data, medtech, life_science, clinical_research, education, healthy_ageing, primary_care, research_infrastructure, cancer, mental_health, public_health, regional_development, precision_medicine, innovation_transfer, cross_border; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["sources"][0]["language"] = json!("de"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "sources[0].language": unknown value "de"; expected one of en, nb, nn, sv, da, fi, is; it is left out and the rest of the record is shown"#,
        ],
    );
}

#[test]
fn dates_must_exist_and_end_after_start() {
    check(
        |r| r["started"] = json!("2019-13"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "started": "2019-13" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["sources"][0]["published"] = json!("2023-02-29"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "sources[0].published": "2023-02-29" is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["ended"] = json!("2018-12-31"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "ended": ends (2018-12-31) before it starts (2019-01); it is left out and the rest of the record is shown"#,
        ],
    );
    // The same year at different precision is not "before".
    check(|r| r["ended"] = json!("2019"), &[]);
}

#[test]
fn countries_nordic_for_partnerships_any_iso_for_partners() {
    check(
        |r| r["countries"] = json!(["SE", "US"]),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "countries[1]": "US" is not one of the partnership countries NO, SE, DK, FI, IS (a partner abroad goes under partners[].country); it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["countries"] = json!(["SW"]),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "countries[0]": "SW" is not an ISO 3166-1 alpha-2 country code; write two capitals such as "SE"; it is left out and the rest of the record is shown"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "countries": has no usable entry (see the problems above)"#,
        ],
    );
    check(|r| r["partners"][0]["country"] = json!("US"), &[]);
    check(|r| r["partners"][0]["country"] = Value::Null, &[]);
    check(
        |r| r["partners"][0]["country"] = json!("se"),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "partners[0].country": "se" is not an ISO 3166-1 alpha-2 country code; write two capitals such as "SE"; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["countries"] = json!([]),
        &[r#"record 1 (id "umu-region-vasterbotten"), field "countries": is empty; list at least one value"#],
    );
    check(
        |r| r["countries"] = json!(["SE", "SE"]),
        &[r#"record 1 (id "umu-region-vasterbotten"), field "countries": lists "SE" more than once"#],
    );
}

#[test]
fn only_http_links() {
    for url in ["javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "https://a b", "ftp://x.org"] {
        let expected = format!(
            r#"record 1 (id "umu-region-vasterbotten"), field "sources[0].url": {url:?} is not a web address; links must start with http:// or https:// and hold no spaces; it is left out and the rest of the record is shown"#
        );
        check(|r| r["sources"][0]["url"] = json!(url), &[expected.as_str()]);
    }
    check(|r| r["sources"][0]["url"] = Value::Null, &[]);
}

#[test]
fn title_in_at_least_one_language_and_no_empty_strings() {
    check(
        |r| r["title"] = json!({}),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "title": has no text; give it in at least one language, e.g. {"en": "…"}"#,
        ],
    );
    check(
        |r| r["title"] = json!({ "sv": "Umeå", "de": "Umeå" }),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "title.de": unknown value "de"; expected one of en, nb, nn, sv, da, fi, is; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["region"] = json!("  "),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "region": is empty; leave the field out or write some text; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["partners"][0]["name"] = json!(""),
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "partners[0].name": is empty; leave the field out or write some text; it is left out and the rest of the record is shown"#,
        ],
    );
    check(
        |r| r["partners"] = json!([]),
        &[r#"record 1 (id "umu-region-vasterbotten"), field "partners": is empty; list at least one value"#],
    );
}

#[test]
fn every_problem_of_a_record_is_reported_at_once() {
    check(
        |r| {
            r["status"] = json!("ongoing");
            r["countries"] = json!(["XX"]);
            r["sources"][0]["url"] = json!("javascript:x");
        },
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "status": unknown value "ongoing"; expected one of active, completed, planned, unknown"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "countries[0]": "XX" is not an ISO 3166-1 alpha-2 country code; write two capitals such as "SE"; it is left out and the rest of the record is shown"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "countries": has no usable entry (see the problems above)"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "sources[0].url": "javascript:x" is not a web address; links must start with http:// or https:// and hold no spaces; it is left out and the rest of the record is shown"#,
        ],
    );
}

#[test]
fn unknown_fields_are_warnings_and_the_record_stays() {
    check(
        |r| {
            r["website"] = json!("https://x.org");
            r["partners"][0]["role"] = json!("lead");
        },
        &[
            r#"record 1 (id "umu-region-vasterbotten"), field "website": is not a field of schema version 1; it is ignored"#,
            r#"record 1 (id "umu-region-vasterbotten"), field "partners[0].role": is not a field of schema version 1; it is ignored"#,
        ],
    );
    let dataset = load(r#"{"partnerships": [], "generator": "x"}"#).unwrap();
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            r#"field "schema_version": is missing; the file is read as version 1"#,
            r#"field "generator": is not a field of schema version 1; it is ignored"#
        ]
    );
    assert!(dataset.problems.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn a_record_that_is_not_an_object() {
    check(|r| *r = json!("umu"), &[r#"record 1: expected an object, found a string"#]);
}

#[test]
fn file_level_errors() {
    let cases: [(&str, &str); 9] = [
        (
            "{\n  \"schema_version\": 1,\n  \"partnerships\": [,]\n}",
            "invalid JSON at line 3, column 20: expected value",
        ),
        ("[1, 2]", r#"the file holds a list; expected an object with "schema_version" and "partnerships""#),
        (r#"{"schema_version": 1}"#, r#"field "partnerships" is missing; expected a list of partnerships"#),
        (
            r#"{"schema_version": 1, "partnerships": {}}"#,
            r#"field "partnerships" holds an object; expected a list of partnerships"#,
        ),
        (
            r#"{"schema_version": 2, "partnerships": []}"#,
            r#"field "schema_version" is "2"; this widget reads version 1"#,
        ),
        ("", "invalid JSON at line 1, column 0: EOF while parsing a value"),
        (r#"{"partnerships": null}"#, r#"field "partnerships" is missing; expected a list of partnerships"#),
        (
            r#"{"partnerships": "all of them"}"#,
            r#"field "partnerships" holds a string; expected a list of partnerships"#,
        ),
        ("[1, 2", "invalid JSON at line 1, column 5: EOF while parsing a list"),
    ];
    for (text, expected) in cases {
        assert_eq!(load(text).map(|_| ()).unwrap_err().to_string(), expected, "{text:?}");
    }
    let huge = " ".repeat(nordic_partnerships::load::MAX_INPUT_BYTES + 1);
    assert!(matches!(load(&huge), Err(LoadError::TooLarge { .. })));
    assert_eq!(
        load(&huge).map(|_| ()).unwrap_err().to_string(),
        "the file is 64.0 MB; the widget reads files of up to 64 MB"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load(&deep).is_err());
    // Inside a record it loses only that record, with its place in the file.
    let nested = format!("{}{}", "[".repeat(1_000), "]".repeat(1_000));
    let text =
        format!("{{\"schema_version\": 1, \"partnerships\": [\n{},\n  {{\"id\": {nested}}}\n]}}", valid_record());
    let dataset = load(&text).unwrap();
    assert_eq!(dataset.records.len(), 1);
    let messages: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    // Line 3 is `  {"id": [[[…`; column 136 is the 129th bracket (the parser allows 128 levels).
    assert_eq!(text.lines().nth(2).unwrap().chars().nth(135), Some('['));
    assert_eq!(messages, ["record 1: cannot be read at line 3, column 136: recursion limit exceeded"]);
    assert_eq!(dataset.n_rejected(), 1);
}

#[test]
fn a_number_beyond_a_float_loses_only_its_record() {
    let text = format!(r#"{{"schema_version": 1, "partnerships": [{{"id": 1e400}}, {}]}}"#, valid_record());
    let dataset = load(&text).unwrap();
    assert_eq!(dataset.records.len(), 1);
    assert_eq!(dataset.problems.len(), 1);
    assert!(dataset.problems[0].to_string().starts_with("record 0: cannot be read at line 1, column "));
}

#[test]
fn reading_in_steps_gives_the_same_dataset_as_at_once() {
    let mut records: Vec<Value> = (0..10).map(|_| valid_record()).collect();
    for (i, record) in records.iter_mut().enumerate() {
        record["id"] = json!(format!("record-{}", i % 7)); // three duplicates
        if i == 4 {
            record["kind"] = json!("guild"); // one error
        }
    }
    let text = file_with(records);
    let at_once = load(&text).unwrap();
    let mut loader = Loader::new(&text).unwrap();
    let mut steps = 0;
    while !loader.read(3).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 3);
    assert_eq!(loader.finish(), at_once);
    assert_eq!(at_once.records.len(), 6);
}
