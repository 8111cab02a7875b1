//! What the map facet shows: each Nordic country's live count (the same
//! disjunctive count its checkbox shows), whether it is ticked, its shade on
//! a sequential scale, and its name for screen readers.

use crate::i18n::{Label, UiLang};
use crate::model::Country;
use crate::query::{Facet, FacetValue};
use crate::search::Results;

/// How many shades the scale has for counts above zero (a zero count has its own).
pub const SHADES: u8 = 5;

/// One country on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapCountry {
    /// The country.
    pub country: Country,
    /// The results there would be with it ticked as well.
    pub count: usize,
    /// Whether the query has it ticked.
    pub selected: bool,
    /// 0 for no partnerships, else 1–[`SHADES`], darker for more.
    pub shade: u8,
    /// The control's name: "Sweden, 53 partnerships".
    pub label: String,
}

/// The five countries in [`Country::ALL`] order, from the Country facet's counts.
pub fn map_countries(results: &Results, lang: UiLang) -> Vec<MapCountry> {
    let counts = results.facet(Facet::Country);
    let of = |country: Country| {
        counts.iter().find(|c| c.value == FacetValue::Country(country)).map_or((0, false), |c| (c.count, c.selected))
    };
    let max = Country::ALL.iter().map(|c| of(*c).0).max().unwrap_or(0);
    Country::ALL
        .iter()
        .map(|&country| {
            let (count, selected) = of(country);
            MapCountry {
                country,
                count,
                selected,
                shade: shade(count, max),
                label: format!("{}, {}", country.label(lang), lang.count(count)),
            }
        })
        .collect()
}

/// The shade of `count` when the largest count is `max`: equal steps of the
/// range, so the darkest is the largest and any partnership shows.
fn shade(count: usize, max: usize) -> u8 {
    if count == 0 || max == 0 {
        return 0;
    }
    let step = (count * usize::from(SHADES)).div_ceil(max);
    u8::try_from(step.clamp(1, usize::from(SHADES))).unwrap_or(SHADES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::bundled;
    use crate::query::Query;
    use crate::search::Index;

    #[test]
    fn shades_step_evenly_up_to_the_largest_count() {
        assert_eq!(shade(0, 50), 0);
        assert_eq!(shade(1, 50), 1);
        assert_eq!(shade(10, 50), 1);
        assert_eq!(shade(11, 50), 2);
        assert_eq!(shade(50, 50), 5);
        assert_eq!(shade(3, 0), 0);
    }

    #[test]
    fn counts_and_ticks_are_the_country_facets() {
        let data = bundled::dataset().expect("bundled data");
        let index = Index::new(&data.records, 2026);
        let mut query = Query::new();
        query.select(FacetValue::Country(Country::Se));
        let results = index.run(&query, UiLang::En);
        let map = map_countries(&results, UiLang::En);
        assert_eq!(map.len(), 5);
        for country in &map {
            let expected = data.records.iter().filter(|r| r.countries.contains(&country.country)).count();
            assert_eq!(country.count, expected, "{:?}", country.country);
            assert_eq!(country.selected, country.country == Country::Se);
        }
        let sweden = map.iter().find(|c| c.country == Country::Se).expect("Sweden");
        assert_eq!(sweden.label, format!("Sweden, {} partnerships", sweden.count));
        assert_eq!(map.iter().map(|c| c.shade).max(), Some(SHADES));
    }
}
