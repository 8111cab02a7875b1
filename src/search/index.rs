//! Building the [`Index`]: everything a keystroke needs, computed once when
//! the data is loaded, so that a query never re-reads a record's text.

use crate::model::Partnership;
use crate::query::Facet;

use super::facets::FacetData;
use super::labels::LabelWords;
use super::sort::Orders;
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
        let mut words = VocabularyBuilder::default();
        for record in records {
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
        Index {
            n: records.len(),
            vocabulary: words.finish(),
            labels: LabelWords::new(),
            facets: Facet::ALL.iter().map(|&f| FacetData::new(f, records)).collect(),
            periods: Periods::new(records, today_year),
            orders: Orders::new(records),
        }
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
