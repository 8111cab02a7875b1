//! Locked filters: an editor's `data-country="SE"` or `data-partner="…"`
//! narrows the data itself, before indexing, so visitors only ever see (and
//! count) partnerships inside that scope.

use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::query::Query;
use crate::search::Index;

/// The records of `dataset` that `scope` matches (same semantics as a
/// visitor's filters: OR within a facet, AND across), problems kept.
pub fn restrict(dataset: Dataset, scope: &Query, today_year: u16) -> Dataset {
    if is_empty(scope) {
        return dataset;
    }
    let index = Index::new(&dataset.records, today_year);
    restrict_with(dataset, &index, scope)
}

/// Whether `scope` lets every record through.
pub fn is_empty(scope: &Query) -> bool {
    !scope.has_filters() && !scope.has_text()
}

/// As [`restrict`], with `index` already built from `dataset`'s records.
pub fn restrict_with(dataset: Dataset, index: &Index, scope: &Query) -> Dataset {
    if is_empty(scope) {
        return dataset;
    }
    let mut keep: Vec<usize> = index.run(scope, UiLang::En).hits.iter().map(|hit| hit.record).collect();
    keep.sort_unstable();
    let Dataset { records, problems, counts } = dataset;
    let records =
        records.into_iter().enumerate().filter(|(i, _)| keep.binary_search(i).is_ok()).map(|(_, r)| r).collect();
    Dataset { records, problems, counts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Country;
    use crate::query::FacetValue;

    #[test]
    fn keeps_only_records_in_scope_in_data_order() {
        let dataset = crate::load::bundled::dataset().unwrap();
        let n_se = dataset.records.iter().filter(|r| r.countries.contains(&Country::Se)).count();
        let scope = Query::new().with(FacetValue::Country(Country::Se));
        let restricted = restrict(dataset.clone(), &scope, 2026);
        assert_eq!(restricted.records.len(), n_se);
        assert!(restricted.records.iter().all(|r| r.countries.contains(&Country::Se)));
        let order: Vec<&str> = restricted.records.iter().map(|r| r.id.as_str()).collect();
        let expected: Vec<&str> =
            dataset.records.iter().filter(|r| r.countries.contains(&Country::Se)).map(|r| r.id.as_str()).collect();
        assert_eq!(order, expected);
        assert_eq!(restrict(dataset.clone(), &Query::new(), 2026), dataset);
    }
}
