//! The search and filter engine: free text, disjunctive facets with live
//! counts, a year range and sorting, over an [`Index`] built once per dataset.
//! Pure Rust with no browser dependency, so `cargo test` and `cargo bench`
//! run it natively.
//!
//! Semantics:
//! - **Text**: every term must match a word of the
//!   record (title and summary in every language, partner names, region,
//!   focus-area labels in every interface language), folded by
//!   [`crate::text::fold`]; the last term matches as a prefix while typed; terms of
//!   [`MIN_TYPO_CHARS`] letters or more tolerate one typo.
//! - **Facets**: OR within a facet, AND across facets. Each value's count is
//!   computed with that facet's own selection left out (disjunctive
//!   faceting), so it says what ticking it would give; chosen values are
//!   always listed, even at zero.
//! - **Years**: a record matches when its period overlaps the range; records
//!   with no start date match only while no range is set (see `years.rs`).
//! - **Order**: see [`SortOrder`](crate::query::SortOrder) and `sort.rs`.
//!
//! # Text
//!
//! Ranking weights title over partners over summary over region and labels
//! ([`weights`]). Highlighting is on demand through [`Results::highlights`],
//! as byte ranges into the displayed strings ([`Field`]), to be rendered as
//! text with [`segments`].
//!
//! ```
//! use nordic_partnerships::{load::bundled, i18n::UiLang, query::Query, search::Index};
//! let records = bundled::dataset()?.records;
//! let index = Index::new(&records, 2025);
//! let query = Query::new().with_text("umea");
//! let results = index.run(&query, UiLang::En);
//! assert!(results.total() > 0);
//! let first = &records[results.hits[0].record];
//! assert!(!results.highlights(first, UiLang::En).fields.is_empty());
//! # Ok::<(), nordic_partnerships::load::LoadError>(())
//! ```

mod bitset;
mod csr;
mod facets;
mod hash;
mod highlight;
mod index;
mod labels;
mod language;
mod results;
mod scores;
mod sort;
mod text;
mod tokens;
mod vocabulary;
mod years;

pub use highlight::{segments, Field, FieldMatch, Highlights, Segment};
pub use index::{Index, IndexBuilder, TextBuilder};
pub use language::LanguageBuilder;
pub use results::{FacetCount, FacetCounts, Hit, Results};
pub use text::{weights, MAX_TERMS, MAX_TERM_CHARS, MIN_TYPO_CHARS};
pub use years::YearCounts;

use crate::i18n::UiLang;
use crate::query::{Facet, Query};

use bitset::Bitset;

impl Index {
    /// Answers `query`: the ordered hits and every facet's value counts.
    /// `lang` is the interface language, for title order and for ordering
    /// facet values by label. Never panics, whatever the query holds.
    pub fn run(&self, query: &Query, lang: UiLang) -> Results {
        let n = self.n;
        let parts = self.language_or_first(lang);
        let terms = text::terms(&query.text);
        let (mut base, scores) = match (terms.is_empty(), self.vocabulary.get()) {
            (true, _) => (Bitset::full(n), None),
            (false, Some(vocabulary)) => {
                let focus = self.facets.get(Facet::FocusArea.position());
                let (bits, scores) = scores::text_matches(vocabulary, &self.labels, focus, &terms, n);
                (bits, Some(scores))
            }
            // Text not indexed yet (`IndexBuilder::text_later`): nothing matches text.
            (false, None) => (Bitset::empty(n), None),
        };
        let selections: Vec<Option<Bitset>> = self.facets.iter().map(|f| f.selection(query, n)).collect();
        let with_facets = |mut set: Bitset| {
            for selection in selections.iter().flatten() {
                set.and_with(selection);
            }
            set
        };
        // The timeline counts like a facet: everything but its own (year) filter.
        let years =
            if query.years.is_open() { None } else { Some(self.periods.active_per_year(&with_facets(base.clone()))) };
        if !query.years.is_open() {
            base.and_with(&self.periods.overlapping(query.years));
        }

        // `base` is everything but the facets; each facet's selection narrows it.
        let result = with_facets(base.clone());
        let years = years.unwrap_or_else(|| self.periods.active_per_year(&result));

        let facets = self
            .facets
            .iter()
            .enumerate()
            .map(|(i, data)| {
                // Disjunctive: count within everything except this facet's own selection.
                let counts = match selections.get(i) {
                    Some(Some(_)) => {
                        let mut within = base.clone();
                        for (j, selection) in selections.iter().enumerate() {
                            if let (true, Some(selection)) = (j != i, selection) {
                                within.and_with(selection);
                            }
                        }
                        data.counts(&within)
                    }
                    _ => data.counts(&result),
                };
                let label_rank = parts.and_then(|p| p.label_ranks.get(i)).map(Vec::as_slice);
                FacetCounts { facet: data.facet(), values: data.list(&counts, query, label_rank) }
            })
            .collect();

        let hits = sort::hits(parts.map(|p| &p.orders), &result, scores.as_deref(), query.sort);
        Results { hits, facets, terms, years }
    }
}
