//! The spreadsheet form: the example sheet shipped for editors is what the
//! export writes for three bundled partnerships, and it reads back through the
//! import with no problem, as the same records.
#![cfg(not(target_arch = "wasm32"))]

use nordic_partnerships::export::to_csv;
use nordic_partnerships::load::{bundled, load_sheet};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sheets/partnerships-example.csv");
const EXAMPLE_IDS: [&str; 3] =
    ["alrek-helseklynge", "umu-region-vasterbotten-partnership", "nordic-health-data-spaces"];

#[test]
fn every_bundled_partnership_comes_back_unchanged_through_export_and_import() {
    let data = bundled::dataset().expect("bundled data");
    let sheet = load_sheet(&to_csv(&data.records)).expect("readable");
    assert_eq!(sheet.problems, []);
    assert_eq!(sheet.dataset.records, data.records);
}

#[test]
fn the_example_sheet_is_three_exported_partnerships_and_reads_back() {
    let data = bundled::dataset().expect("bundled data");
    let records: Vec<_> = EXAMPLE_IDS
        .iter()
        .map(|id| data.records.iter().find(|r| r.id.as_str() == *id).unwrap_or_else(|| panic!("no record {id}")))
        .collect();
    let expected = to_csv(records.iter().copied());
    // NP_WRITE_EXAMPLES=1 cargo test --test sheet rewrites it after a change of the data or the form.
    if std::env::var_os("NP_WRITE_EXAMPLES").is_some() {
        std::fs::write(EXAMPLE, &expected).expect("write the example");
    }
    let shipped = std::fs::read_to_string(EXAMPLE).expect("the example sheet");
    assert!(shipped == expected, "{EXAMPLE} is stale: run NP_WRITE_EXAMPLES=1 cargo test --test sheet");
    let sheet = load_sheet(&shipped).expect("readable");
    assert_eq!(sheet.problems, []);
    assert_eq!(sheet.dataset.records.iter().collect::<Vec<_>>(), records);
}
