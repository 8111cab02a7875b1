//! A data file checked as `validate` checks it: the loader's problems (what
//! [`super::load`] reports) and the freshness warnings, which depend on the
//! date — records marked `active` whose newest dated source is more than
//! three years old, or whose `ended` is past. For a dependent crate's own
//! checks (a test over its data file) and for `validate` itself.

use super::freshness::{stale_active_warnings, Day};
use super::{load, Dataset, LoadError};
use crate::i18n::UiLang;

/// A file read and checked.
#[derive(Debug)]
pub struct Checked {
    /// The valid records, with the loader's problems.
    pub dataset: Dataset,
    /// The freshness warnings, as (where: `record "x"`, why), in record order.
    pub freshness: Vec<(String, String)>,
}

impl Checked {
    /// Every warning: the loader's (listed or not) and the freshness ones.
    pub fn n_warnings(&self) -> usize {
        self.dataset.counts.warnings + self.freshness.len()
    }

    /// No record was left out (warnings allowed), as `validate`'s exit code says.
    pub fn is_valid(&self) -> bool {
        self.dataset.n_rejected() == 0
    }
}

/// Reads schema-v1 JSON `text` and checks it as of `today` (year, month, day).
///
/// ```
/// use nordic_partnerships::load::check::check;
///
/// let file = r#"{"schema_version": 1, "partnerships": [{
///     "id": "old-news", "title": {"en": "Old news"}, "kind": "network", "status": "active",
///     "countries": ["SE"], "partners": [{"name": "A university", "kind": "university", "country": "SE"}],
///     "sources": [{"url": "https://example.org/2019", "title": "News", "language": "en", "published": "2019-05-01"}]
/// }]}"#;
/// let checked = check(file, (2026, 12, 7)).unwrap();
/// assert!(checked.is_valid());
/// assert_eq!(checked.freshness.len(), 1, "active, but its newest source is from 2019");
/// assert_eq!(checked.n_warnings(), 1);
/// ```
pub fn check(text: &str, today: Day) -> Result<Checked, LoadError> {
    let dataset = load(text)?;
    Ok(with_freshness(dataset, today))
}

/// The freshness warnings added to an already read `dataset` (a sheet's).
pub fn with_freshness(dataset: Dataset, today: Day) -> Checked {
    with_freshness_in(dataset, today, UiLang::En)
}

/// [`with_freshness`] with the warnings worded in `lang` (the loader's
/// problems are worded when they are said: [`super::Problem::message`]).
pub fn with_freshness_in(dataset: Dataset, today: Day, lang: UiLang) -> Checked {
    let freshness = stale_active_warnings(&dataset.records, today, lang);
    Checked { dataset, freshness }
}
