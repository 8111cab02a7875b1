//! What the filter controls show, derived from a query and its results:
//! active-filter chips, the values a facet group lists, the result count and
//! the years a range can span. Pure, so the UI only places it.

use crate::i18n::{Texts, UiLang};
use crate::model::Partnership;
use crate::query::{Facet, Query};
use crate::search::FacetCount;
use crate::view::state::{ChipTarget, FACET_PREVIEW};

/// One active filter, as a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// What the remove button removes.
    pub target: ChipTarget,
    /// The chip's visible text, e.g. "Sweden" or "Search: “ai”".
    pub label: String,
    /// A stable key for keyed rendering.
    pub key: String,
}

/// The chips for everything `query` filters by: text, facet values, years.
pub fn chips(query: &Query, lang: UiLang) -> Vec<Chip> {
    let texts = lang.texts();
    let mut chips = Vec::new();
    let text = query.text.trim();
    if !text.is_empty() {
        chips.push(Chip {
            target: ChipTarget::Text,
            label: texts.search_chip.replace("{text}", text),
            key: "text".to_owned(),
        });
    }
    for value in query.selected() {
        chips.push(Chip {
            label: format!("{}: {}", facet_title(value.facet(), texts), value.label(lang)),
            key: format!("{:?}:{}", value.facet(), value.code()),
            target: ChipTarget::Value(value.clone()),
        });
    }
    if !query.years.is_open() {
        let from = query.years.from().map(|y| y.to_string()).unwrap_or_default();
        let to = query.years.to().map(|y| y.to_string()).unwrap_or_default();
        chips.push(Chip {
            target: ChipTarget::Years,
            label: format!("{}: {from}–{to}", texts.years),
            key: "years".into(),
        });
    }
    chips
}

/// A facet group's heading.
pub fn facet_title(facet: Facet, texts: &Texts) -> &'static str {
    (facet.spec().label)(texts)
}

/// The values a facet group lists: all when `expanded`, otherwise the first
/// [`FACET_PREVIEW`] plus any ticked value further down (a ticked value is
/// never hidden). The second item is how many values are hidden.
pub fn visible_values(values: &[FacetCount], expanded: bool) -> (Vec<&FacetCount>, usize) {
    if expanded || values.len() <= FACET_PREVIEW {
        return (values.iter().collect(), 0);
    }
    let shown: Vec<&FacetCount> =
        values.iter().enumerate().filter(|(i, v)| *i < FACET_PREVIEW || v.selected).map(|(_, v)| v).collect();
    let n_hidden = values.len() - shown.len();
    (shown, n_hidden)
}

/// "12 of 48 partnerships" when filtered, "48 partnerships" when not.
pub fn result_count(n: usize, total: usize, lang: UiLang) -> String {
    if n == total {
        return lang.count(total);
    }
    lang.count_of(n, total)
}

/// The first and last year a year range offers: the earliest start in the
/// data, and `today_year` (or the latest year in the data, if later).
pub fn year_bounds(records: &[Partnership], today_year: u16) -> (u16, u16) {
    let years = records.iter().flat_map(|r| [r.started, r.ended]).flatten().map(|d| d.year());
    let (min, max) = years.fold((today_year, today_year), |(lo, hi), y| (lo.min(y), hi.max(y)));
    (min, max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, FocusArea};
    use crate::query::{FacetValue, YearRange};

    fn count(value: FacetValue, count: usize, selected: bool) -> FacetCount {
        FacetCount { value, count, selected }
    }

    #[test]
    fn chips_name_every_filter() {
        let mut query = Query::default().with(FacetValue::Country(Country::Se));
        query.text = " ai ".into();
        query.years = YearRange::new(Some(2019), None);
        let labels: Vec<String> = chips(&query, UiLang::En).into_iter().map(|c| c.label).collect();
        assert_eq!(labels, ["Search: “ai”", "Country: Sweden", "Years active: 2019–"]);
        assert!(chips(&Query::default(), UiLang::Sv).is_empty());
    }

    #[test]
    fn a_ticked_value_is_never_hidden() {
        let values: Vec<FacetCount> =
            FocusArea::ALL.iter().enumerate().map(|(i, &f)| count(FacetValue::FocusArea(f), 20 - i, i == 10)).collect();
        let (shown, hidden) = visible_values(&values, false);
        assert_eq!(shown.len(), FACET_PREVIEW + 1);
        assert!(shown.iter().any(|v| v.selected));
        assert_eq!(hidden, FocusArea::ALL.len() - FACET_PREVIEW - 1);
        assert_eq!(visible_values(&values, true).0.len(), FocusArea::ALL.len());
    }

    #[test]
    fn counts_read_naturally() {
        let en = UiLang::En;
        assert_eq!(result_count(51, 51, en), "51 partnerships");
        assert_eq!(result_count(12, 51, en), "12 of 51 partnerships");
        assert_eq!(result_count(0, 51, UiLang::Da), "0 af 51 partnerskaber");
    }
}
