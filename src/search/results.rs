//! What a search returns: ordered hits, facet counts, and highlighting on demand.

use crate::i18n::UiLang;
use crate::model::Partnership;
use crate::query::{Facet, FacetValue};

use super::highlight::{highlights, Highlights};
use super::text::Term;

/// The outcome of [`Index::run`](super::Index::run).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// The matching records, in the query's order.
    pub hits: Vec<Hit>,
    /// One entry per facet, in [`Facet::ALL`] order.
    pub facets: Vec<FacetCounts>,
    /// The folded query terms, kept for highlighting.
    pub(crate) terms: Vec<Term>,
    /// Partnerships active per year among the records matching everything
    /// but the year range (so the timeline shows what a wider range would add).
    pub years: super::YearCounts,
}

impl Results {
    /// How many records match.
    pub fn total(&self) -> usize {
        self.hits.len()
    }

    /// The values to list for `facet`, with their counts.
    pub fn facet(&self, facet: Facet) -> &[FacetCount] {
        self.facets.iter().find(|f| f.facet == facet).map_or(&[], |f| f.values.as_slice())
    }

    /// Whether the query had any search term (and so the hits have scores).
    pub fn has_text(&self) -> bool {
        !self.terms.is_empty()
    }

    /// Where the query's terms occur in the strings a card shows for `record`
    /// in `lang`: see [`Field`](super::Field) for which string each range
    /// belongs to. Pass the record of a [`Hit`] (`records[hit.record]`).
    ///
    /// Computed on demand, for the cards on screen, rather than for every hit
    /// of every keystroke: re-reading a record's text is the expensive part.
    pub fn highlights(&self, record: &Partnership, lang: UiLang) -> Highlights {
        highlights(&self.terms, record, lang)
    }
}

/// One matching record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// The record's index in the slice given to [`Index::new`](super::Index::new).
    pub record: usize,
    /// Its text score (0 without text): the sum over terms of the best field
    /// weight times match quality (see [`weights`](super::weights)).
    pub score: u32,
}

/// The values of one facet to list, with their counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// The facet.
    pub facet: Facet,
    /// Its values: every value with a count above zero and every chosen value.
    /// Country, status and both kinds in enum order; focus areas and partners
    /// by count, highest first, then label A–Z in the interface language.
    pub values: Vec<FacetCount>,
}

/// One facet value with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The value.
    pub value: FacetValue,
    /// How many results there would be with this value ticked as well (OR
    /// within the facet): counted ignoring the facet's own selection, so for a
    /// ticked value it is the records having that value.
    pub count: usize,
    /// Whether the query has this value chosen.
    pub selected: bool,
}
