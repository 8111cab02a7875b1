//! The bundled dataset: valid, complete enough to be useful, every fact sourced.

use nordic_partnerships::load::bundled;
use nordic_partnerships::model::Country;

#[test]
fn bundled_data_loads_without_any_problem() {
    let dataset = bundled::dataset().expect("bundled data loads");
    let problems: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn at_least_45_partnerships_from_all_five_countries_each_with_a_source() {
    let records = bundled::dataset().expect("bundled data loads").records;
    assert!(records.len() >= 45, "only {} records", records.len());
    for &country in Country::ALL {
        assert!(records.iter().any(|r| r.countries.contains(&country)), "no partnership in {country}");
    }
    for record in &records {
        assert!(!record.sources.is_empty(), "{} has no source", record.id);
        assert!(
            record.title.get(nordic_partnerships::model::DataLang::En).is_some(),
            "{} lacks an English title",
            record.id
        );
        assert!(!record.summary.is_empty(), "{} has no summary", record.id);
    }
}
