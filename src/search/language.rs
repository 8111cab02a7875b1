//! The parts of the index that depend on the interface language: the three
//! record orders (title, newest, oldest) and the alphabetical rank of the
//! values of by-count facets. Each language is built on its own, in steps
//! ([`LanguageBuilder`]), so a widget builds the language it opens in before
//! its first cards, and the others afterwards or when a visitor switches.

use crate::i18n::UiLang;
use crate::model::Partnership;
use crate::text::collate::SortKey;

use super::facets::{ranks_from_keys, FacetData};
use super::sort::{title_key, Orders};

/// One language's orders and label ranks.
#[derive(Debug, Clone, Default)]
pub(crate) struct LanguageParts {
    pub(crate) orders: Orders,
    /// Per facet (in the index's facet order), each value's alphabetical
    /// rank; empty for facets listed in a fixed order.
    pub(crate) label_ranks: Vec<Vec<u32>>,
}

/// Builds one language's part of an [`Index`](super::Index) in short steps;
/// [`Index::add_language`](super::Index::add_language) takes the result.
///
/// ```
/// use nordic_partnerships::{i18n::UiLang, load::bundled, search::IndexBuilder};
/// let records = bundled::dataset()?.records;
/// let mut builder = IndexBuilder::new(&records, 2025, UiLang::En);
/// while !builder.step() {}
/// let index = builder.finish();
/// assert!(!index.has_language(UiLang::Sv));
/// let mut swedish = index.language_builder(UiLang::Sv);
/// while !swedish.step(&index, &records) {
///     // a browser would yield here when its time slice is used up
/// }
/// index.add_language(swedish);
/// assert!(index.has_language(UiLang::Sv));
/// # Ok::<(), nordic_partnerships::load::LoadError>(())
/// ```
#[derive(Debug)]
pub struct LanguageBuilder {
    lang: UiLang,
    stage: Stage,
    title_keys: Vec<SortKey>,
    label_keys: Vec<(SortKey, u32)>,
    parts: LanguageParts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Title sort keys of the records from this position.
    TitleKeys(usize),
    /// Sort the records by title.
    TitleOrder,
    /// Sort them by start date.
    DateOrders,
    /// Label keys of the facet at this position, of its values from this position.
    Labels(usize, usize),
    Done,
}

impl LanguageBuilder {
    /// The most records (or facet values) one step reads.
    pub const CHUNK: usize = 512;

    pub(crate) fn new(lang: UiLang) -> LanguageBuilder {
        LanguageBuilder {
            lang,
            stage: Stage::TitleKeys(0),
            title_keys: Vec::new(),
            label_keys: Vec::new(),
            parts: LanguageParts::default(),
        }
    }

    /// The language being built.
    pub fn lang(&self) -> UiLang {
        self.lang
    }

    /// Takes the next step over `records` and the index's `facets`; `true`
    /// once the language is complete.
    pub(crate) fn step_with(&mut self, records: &[Partnership], facets: &[FacetData]) -> bool {
        let lang = self.lang;
        self.stage = match self.stage {
            Stage::TitleKeys(from) => {
                let to = (from + Self::CHUNK).min(records.len());
                self.title_keys.extend(records.get(from..to).unwrap_or_default().iter().map(|r| title_key(r, lang)));
                if to < records.len() {
                    Stage::TitleKeys(to)
                } else {
                    Stage::TitleOrder
                }
            }
            Stage::TitleOrder => {
                self.parts.orders = Orders::by_title(&std::mem::take(&mut self.title_keys));
                Stage::DateOrders
            }
            Stage::DateOrders => {
                self.parts.orders.add_dates(records);
                Stage::Labels(0, 0)
            }
            Stage::Labels(i, from) => match facets.get(i) {
                Some(facet) if facet.needs_label_ranks() && from < facet.n_values() => {
                    let to = from + Self::CHUNK;
                    self.label_keys.extend(facet.label_keys(from, to, lang));
                    if to < facet.n_values() {
                        Stage::Labels(i, to)
                    } else {
                        self.parts.label_ranks.push(ranks_from_keys(std::mem::take(&mut self.label_keys)));
                        Stage::Labels(i + 1, 0)
                    }
                }
                Some(_) => {
                    self.parts.label_ranks.push(Vec::new());
                    Stage::Labels(i + 1, 0)
                }
                None => Stage::Done,
            },
            Stage::Done => Stage::Done,
        };
        self.stage == Stage::Done
    }

    pub(crate) fn finish(self) -> LanguageParts {
        self.parts
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::UiLang;
    use crate::query::{Query, SortOrder};
    use crate::search::{Index, IndexBuilder};

    #[test]
    fn a_language_added_later_answers_as_one_built_at_once() {
        let records = crate::load::bundled::dataset().unwrap().records;
        let full = Index::new(&records, 2026);
        for first in UiLang::ALL {
            let mut builder = IndexBuilder::new(&records, 2026, first);
            while !builder.step() {}
            let index = builder.finish();
            for lang in UiLang::ALL {
                assert_eq!(index.has_language(lang), lang == first, "{first:?} built, {lang:?} asked");
            }
            for lang in UiLang::ALL {
                index.prepare(&records, lang);
                for sort in [SortOrder::Relevance, SortOrder::Title, SortOrder::Newest, SortOrder::Oldest] {
                    for text in ["", "helse", "digital"] {
                        let mut query = Query::new();
                        query.sort = sort;
                        query.text = text.to_owned();
                        assert_eq!(
                            index.run(&query, lang),
                            full.run(&query, lang),
                            "{first:?} then {lang:?}, {sort:?}, {text:?}"
                        );
                    }
                }
            }
        }
    }
}
