//! Building the [`Index`]: everything a keystroke needs, computed once when
//! the data is loaded, so that a query never re-reads a record's text.

use std::cell::OnceCell;

use crate::i18n::UiLang;
use crate::model::Partnership;
use crate::query::Facet;

use super::facets::{FacetData, PartnerFacet};
use super::labels::LabelWords;
use super::language::{LanguageBuilder, LanguageParts};
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
    /// The records' words, once built (see [`IndexBuilder::text_later`]).
    pub(super) vocabulary: OnceCell<Vocabulary>,
    pub(super) labels: LabelWords,
    /// One per facet, in [`Facet::ALL`] order.
    pub(super) facets: Vec<FacetData>,
    pub(super) periods: Periods,
    /// Per interface language (in `UiLang::ALL` order), once built.
    pub(super) languages: Vec<OnceCell<LanguageParts>>,
}

impl Index {
    /// Indexes `records`. `today_year` is the year open periods run to (the
    /// engine never reads a clock; the caller passes the current year).
    ///
    /// Indexed text: titles and summaries in every language given, partners'
    /// `name` and `name_en`, the region, and (through the focus-area facet)
    /// every focus area's label in every interface language.
    ///
    /// Every interface language is built; [`IndexBuilder`] builds one, in steps.
    pub fn new(records: &[Partnership], today_year: u16) -> Index {
        let mut builder = IndexBuilder::new(records, today_year, UiLang::En);
        while !builder.step() {}
        let index = builder.finish();
        for lang in UiLang::ALL {
            index.prepare(records, lang);
        }
        index
    }

    /// Whether `lang`'s title order and label order are built.
    pub fn has_language(&self, lang: UiLang) -> bool {
        self.language(lang).is_some()
    }

    /// Builds `lang`'s part at once if it is missing (`records` are the ones
    /// the index was built from). [`Index::run`] in a language not built
    /// orders as in the first language built.
    pub fn prepare(&self, records: &[Partnership], lang: UiLang) {
        if !self.has_language(lang) {
            let mut builder = self.language_builder(lang);
            while !builder.step(self, records) {}
            self.add_language(builder);
        }
    }

    /// Starts building `lang`'s part in steps (see [`LanguageBuilder`]).
    pub fn language_builder(&self, lang: UiLang) -> LanguageBuilder {
        LanguageBuilder::new(lang)
    }

    /// Adds a language built to the end (a language already there stays as it was).
    pub fn add_language(&self, builder: LanguageBuilder) {
        if let Some(cell) = self.languages.get(lang_position(builder.lang())) {
            let _ = cell.set(builder.finish());
        }
    }

    /// `lang`'s part, if built.
    pub(super) fn language(&self, lang: UiLang) -> Option<&LanguageParts> {
        self.languages.get(lang_position(lang)).and_then(OnceCell::get)
    }

    /// `lang`'s part, else the first language built.
    pub(super) fn language_or_first(&self, lang: UiLang) -> Option<&LanguageParts> {
        self.language(lang).or_else(|| self.languages.iter().find_map(OnceCell::get))
    }

    /// How many records the index was built from.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether it was built from no records.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// How many distinct folded words the records contain (0 before the
    /// text is indexed).
    pub fn n_words(&self) -> usize {
        self.vocabulary.get().map_or(0, Vocabulary::len)
    }

    /// Whether the records' text is indexed, so queries with text can be
    /// answered (always, unless built with [`IndexBuilder::text_later`]).
    pub fn has_text(&self) -> bool {
        self.vocabulary.get().is_some()
    }

    /// Indexes the text at once if it is not yet (`records` are the ones
    /// the index was built from).
    pub fn prepare_text(&self, records: &[Partnership]) {
        if !self.has_text() {
            let mut builder = self.text_builder(records);
            while !builder.step() {}
            self.add_text(builder);
        }
    }

    /// Starts indexing the text of `records` (the ones the index was built
    /// from) in steps, as [`IndexBuilder`] would have.
    pub fn text_builder<'a>(&self, records: &'a [Partnership]) -> TextBuilder<'a> {
        TextBuilder { records, next: 0, words: VocabularyBuilder::default(), vocabulary: None }
    }

    /// Adds the text indexed (text already there stays as it was).
    pub fn add_text(&self, builder: TextBuilder<'_>) {
        if let Some(vocabulary) = builder.vocabulary {
            let _ = self.vocabulary.set(vocabulary);
        }
    }
}

/// Indexes records' words in short steps, for an index built with
/// [`IndexBuilder::text_later`]: each [`TextBuilder::step`] reads at most
/// [`IndexBuilder::CHUNK`] records or [`IndexBuilder::TEXT_BYTES`] bytes, or
/// sorts the words at the end.
#[derive(Debug)]
pub struct TextBuilder<'a> {
    records: &'a [Partnership],
    next: usize,
    words: VocabularyBuilder<'a>,
    vocabulary: Option<Vocabulary>,
}

impl TextBuilder<'_> {
    /// Takes the next step; `true` once the text is indexed.
    pub fn step(&mut self) -> bool {
        if self.vocabulary.is_some() {
            return true;
        }
        if self.next < self.records.len() {
            self.next = add_words_from(&mut self.words, self.records, self.next);
        } else {
            self.vocabulary = Some(std::mem::take(&mut self.words).finish());
        }
        false
    }
}

impl LanguageBuilder {
    /// Takes the next step of building this language for `index` (built
    /// from `records`); `true` once it is complete.
    pub fn step(&mut self, index: &Index, records: &[Partnership]) -> bool {
        self.step_with(records, &index.facets)
    }
}

fn lang_position(lang: UiLang) -> usize {
    UiLang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Builds an [`Index`] in short steps, so that a page's only thread can
/// paint and answer input between them ([`Index::new`] takes every step at
/// once). Each [`IndexBuilder::step`] reads at most [`IndexBuilder::CHUNK`]
/// records or [`IndexBuilder::TEXT_BYTES`] bytes of their text, or finishes
/// one facet. It builds one interface language; the index gets the others
/// with [`Index::prepare`] or [`Index::language_builder`].
///
/// ```
/// use nordic_partnerships::{i18n::UiLang, load::bundled, search::{Index, IndexBuilder}};
/// let records = bundled::dataset()?.records;
/// let mut builder = IndexBuilder::new(&records, 2025, UiLang::Nb);
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
    vocabulary: Option<Vocabulary>,
    facets: Vec<FacetData>,
    partners: PartnerFacet<'a>,
    periods: Periods,
    language: LanguageBuilder,
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
    /// Read the partners of the records from this position (the partner facet).
    Partners(usize),
    /// Sort the partner names.
    PartnerNames,
    /// Finish the partner facet.
    PartnerFacet,
    Periods,
    /// A step of the interface language's orders and label ranks.
    Language,
    Done,
}

impl<'a> IndexBuilder<'a> {
    /// The most records one step reads.
    pub const CHUNK: usize = 256;

    /// The most text one step reads, in bytes (at least one record): records
    /// with long summaries in several languages are read fewer at a time.
    pub const TEXT_BYTES: usize = 24 * 1024;

    /// Starts indexing `records` (see [`Index::new`]) for readers of `lang`.
    pub fn new(records: &'a [Partnership], today_year: u16, lang: UiLang) -> IndexBuilder<'a> {
        IndexBuilder {
            records,
            today_year,
            stage: Stage::Words(0),
            words: VocabularyBuilder::default(),
            vocabulary: None,
            facets: Vec::with_capacity(Facet::ALL.len()),
            partners: PartnerFacet::default(),
            periods: Periods::default(),
            language: LanguageBuilder::new(lang),
        }
    }

    /// Leaves the records' text out, for an index that must answer a query
    /// without text as soon as it can: such an index matches no record to
    /// any text until [`Index::prepare_text`] or [`Index::add_text`] has
    /// indexed it. Call before the first step.
    pub fn text_later(mut self) -> IndexBuilder<'a> {
        if self.stage == Stage::Words(0) {
            self.stage = Stage::Facet(0);
        }
        self
    }

    /// Takes the next step; `true` once the index is complete.
    pub fn step(&mut self) -> bool {
        let records = self.records;
        self.stage = match self.stage {
            Stage::Words(from) => {
                let next = add_words_from(&mut self.words, records, from);
                if next < records.len() {
                    Stage::Words(next)
                } else {
                    Stage::Vocabulary
                }
            }
            Stage::Vocabulary => {
                self.vocabulary = Some(std::mem::take(&mut self.words).finish());
                Stage::Facet(0)
            }
            Stage::Facet(i) => match Facet::ALL.get(i) {
                Some(Facet::Partner) => Stage::Partners(0),
                Some(&facet) => {
                    self.facets.push(FacetData::new(facet, records));
                    next_facet(i)
                }
                None => Stage::Periods,
            },
            Stage::Partners(from) => {
                let to = (from + Self::CHUNK * 4).min(records.len());
                self.partners.add(records.get(from..to).unwrap_or_default());
                if to < records.len() {
                    Stage::Partners(to)
                } else {
                    Stage::PartnerNames
                }
            }
            Stage::PartnerNames => {
                self.partners.sort();
                Stage::PartnerFacet
            }
            Stage::PartnerFacet => {
                self.facets.push(std::mem::take(&mut self.partners).finish());
                next_facet(Facet::ALL.iter().position(|&f| f == Facet::Partner).unwrap_or(Facet::ALL.len()))
            }
            Stage::Periods => {
                self.periods = Periods::new(records, self.today_year);
                Stage::Language
            }
            Stage::Language => {
                if self.language.step_with(records, &self.facets) {
                    Stage::Done
                } else {
                    Stage::Language
                }
            }
            Stage::Done => Stage::Done,
        };
        self.stage == Stage::Done
    }

    /// The index, once [`IndexBuilder::step`] has returned `true` (before
    /// that, the parts not yet built are empty).
    pub fn finish(self) -> Index {
        let vocabulary = OnceCell::new();
        if let Some(built) = self.vocabulary {
            let _ = vocabulary.set(built);
        }
        let index = Index {
            n: self.records.len(),
            vocabulary,
            labels: LabelWords::new(),
            facets: self.facets,
            periods: self.periods,
            languages: UiLang::ALL.iter().map(|_| OnceCell::new()).collect(),
        };
        if self.stage == Stage::Done {
            index.add_language(self.language);
        }
        index
    }
}

/// Adds the words of the records from position `from`, at most
/// [`IndexBuilder::CHUNK`] records or [`IndexBuilder::TEXT_BYTES`] bytes of
/// text (at least one record); returns the position to go on from.
fn add_words_from<'a>(words: &mut VocabularyBuilder<'a>, records: &'a [Partnership], from: usize) -> usize {
    let mut next = from;
    let mut bytes = 0;
    while let Some(record) = records.get(next) {
        bytes += add_words(words, record);
        next += 1;
        if next - from >= IndexBuilder::CHUNK || bytes >= IndexBuilder::TEXT_BYTES {
            break;
        }
    }
    next
}

/// Adds `record`'s words; returns how many bytes of text that was.
fn add_words<'a>(words: &mut VocabularyBuilder<'a>, record: &'a Partnership) -> usize {
    let mut bytes = 0;
    let mut add = |text: &'a str, class: FieldClass| {
        bytes += text.len();
        words.add_text(text, class);
    };
    for (_, text) in record.title.entries() {
        add(text, FieldClass::Title);
    }
    for (_, text) in record.summary.entries() {
        add(text, FieldClass::Summary);
    }
    for partner in &record.partners {
        add(&partner.name, FieldClass::Partner);
        if let Some(en) = &partner.name_en {
            add(en, FieldClass::Partner);
        }
    }
    if let Some(region) = &record.region {
        add(region, FieldClass::Other);
    }
    words.end_record();
    bytes
}

/// The stage after facet `i`.
fn next_facet(i: usize) -> Stage {
    match i + 1 {
        next if next < Facet::ALL.len() => Stage::Facet(next),
        _ => Stage::Periods,
    }
}
