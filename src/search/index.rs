//! Building the [`Index`]: everything a keystroke needs, computed once when
//! the data is loaded, so that a query never re-reads a record's text.

use crate::i18n::UiLang;
use crate::model::Partnership;
use crate::query::Facet;

use super::facets::FacetData;
use super::labels::LabelWords;
use super::sort::{Orders, OrdersBuilder};
use super::text::FieldClass;
use super::vocabulary::{Vocabulary, VocabularyBuilder};
use super::years::Periods;

/// The search index of one dataset. Build it once per dataset with
/// [`Index::new`]; then [`Index::run`] answers each query.
///
/// It refers to records by their index in the slice it was built from; it
/// keeps no copy of their text beyond the folded words.
#[derive(Debug, Clone)]
pub struct Index {
    pub(super) n: usize,
    pub(super) vocabulary: Vocabulary,
    pub(super) labels: LabelWords,
    /// One per facet, in [`Facet::ALL`] order.
    pub(super) facets: Vec<FacetData>,
    pub(super) periods: Periods,
    pub(super) orders: Orders,
}

impl Index {
    /// Indexes `records`. `today_year` is the year open periods run to (the
    /// engine never reads a clock; the caller passes the current year).
    ///
    /// Indexed text: titles and summaries in every language given, partners'
    /// `name` and `name_en`, the region, and (through the focus-area facet)
    /// every focus area's label in every interface language.
    pub fn new(records: &[Partnership], today_year: u16) -> Index {
        let mut builder = IndexBuilder::new(records, today_year);
        while !builder.step() {}
        builder.finish()
    }

    /// How many records the index was built from.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether it was built from no records.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// How many distinct folded words the records contain.
    pub fn n_words(&self) -> usize {
        self.vocabulary.len()
    }
}

/// Builds an [`Index`] in short steps, so that a page's only thread can
/// paint and answer input between them ([`Index::new`] takes every step at
/// once). Each [`IndexBuilder::step`] handles at most [`IndexBuilder::CHUNK`]
/// records, one facet or one language's orders.
///
/// ```
/// use nordic_partnerships::{load::bundled, search::{Index, IndexBuilder}};
/// let records = bundled::dataset()?.records;
/// let mut builder = IndexBuilder::new(&records, 2025);
/// while !builder.step() {
///     // a browser would yield here when its time slice is used up
/// }
/// assert_eq!(builder.finish().len(), Index::new(&records, 2025).len());
/// # Ok::<(), nordic_partnerships::load::LoadError>(())
/// ```
#[derive(Debug)]
pub struct IndexBuilder<'a> {
    records: &'a [Partnership],
    today_year: u16,
    stage: Stage,
    words: VocabularyBuilder<'a>,
    vocabulary: Vocabulary,
    facets: Vec<FacetData>,
    periods: Periods,
    orders: OrdersBuilder,
}

/// What the next step does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Add the words of the records from this position.
    Words(usize),
    /// Sort the words into the vocabulary.
    Vocabulary,
    /// Index the facet at this position of [`Facet::ALL`].
    Facet(usize),
    /// Rank the labels of that facet for the language at this position of `UiLang::ALL`.
    FacetLabels(usize, usize),
    Periods,
    /// Compute the sort keys of the records from this position.
    SortKeys(usize),
    /// Sort for the language at this position of `UiLang::ALL`.
    Sort(usize),
    Done,
}

impl<'a> IndexBuilder<'a> {
    /// The most records one step reads.
    pub const CHUNK: usize = 256;

    /// Starts indexing `records` (see [`Index::new`]).
    pub fn new(records: &'a [Partnership], today_year: u16) -> IndexBuilder<'a> {
        IndexBuilder {
            records,
            today_year,
            stage: Stage::Words(0),
            words: VocabularyBuilder::default(),
            vocabulary: Vocabulary::default(),
            facets: Vec::with_capacity(Facet::ALL.len()),
            periods: Periods::default(),
            orders: OrdersBuilder::new(records),
        }
    }

    /// Takes the next step; `true` once the index is complete.
    pub fn step(&mut self) -> bool {
        let records = self.records;
        let chunk = |from: usize| records.get(from..(from + Self::CHUNK).min(records.len())).unwrap_or_default();
        self.stage = match self.stage {
            Stage::Words(from) => {
                for record in chunk(from) {
                    self.add_words(record);
                }
                match from + Self::CHUNK {
                    next if next < records.len() => Stage::Words(next),
                    _ => Stage::Vocabulary,
                }
            }
            Stage::Vocabulary => {
                self.vocabulary = std::mem::take(&mut self.words).finish();
                Stage::Facet(0)
            }
            Stage::Facet(i) => {
                let data = Facet::ALL.get(i).map(|&facet| FacetData::new(facet, records));
                let ranked = data.as_ref().is_some_and(FacetData::needs_label_ranks);
                self.facets.extend(data);
                if ranked {
                    Stage::FacetLabels(i, 0)
                } else {
                    next_facet(i)
                }
            }
            Stage::FacetLabels(i, l) => {
                if let (Some(data), Some(&lang)) = (self.facets.last_mut(), UiLang::ALL.get(l)) {
                    data.rank_labels(lang);
                }
                match l + 1 {
                    next if next < UiLang::ALL.len() => Stage::FacetLabels(i, next),
                    _ => next_facet(i),
                }
            }
            Stage::Periods => {
                self.periods = Periods::new(records, self.today_year);
                Stage::SortKeys(0)
            }
            Stage::SortKeys(from) => {
                self.orders.add_keys(chunk(from));
                match from + Self::CHUNK {
                    next if next < records.len() => Stage::SortKeys(next),
                    _ => Stage::Sort(0),
                }
            }
            Stage::Sort(l) => {
                self.orders.sort(l);
                match l + 1 {
                    next if next < UiLang::ALL.len() => Stage::Sort(next),
                    _ => Stage::Done,
                }
            }
            Stage::Done => Stage::Done,
        };
        self.stage == Stage::Done
    }

    /// The index, once [`IndexBuilder::step`] has returned `true` (before
    /// that, the parts not yet built are empty).
    pub fn finish(self) -> Index {
        Index {
            n: self.records.len(),
            vocabulary: self.vocabulary,
            labels: LabelWords::new(),
            facets: self.facets,
            periods: self.periods,
            orders: self.orders.finish(),
        }
    }

    fn add_words(&mut self, record: &'a Partnership) {
        let words = &mut self.words;
        for (_, text) in record.title.entries() {
            words.add_text(text, FieldClass::Title);
        }
        for (_, text) in record.summary.entries() {
            words.add_text(text, FieldClass::Summary);
        }
        for partner in &record.partners {
            words.add_text(&partner.name, FieldClass::Partner);
            if let Some(en) = &partner.name_en {
                words.add_text(en, FieldClass::Partner);
            }
        }
        if let Some(region) = &record.region {
            words.add_text(region, FieldClass::Other);
        }
        words.end_record();
    }
}

/// The stage after facet `i`.
fn next_facet(i: usize) -> Stage {
    match i + 1 {
        next if next < Facet::ALL.len() => Stage::Facet(next),
        _ => Stage::Periods,
    }
}
