//! The state of a mounted widget's data, which decides what it shows.

use std::rc::Rc;

use super::{Failure, Shared};
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::query::Query;
use crate::search::{Index, Results};

/// Loading, ready, or failed. Two states are equal when they hold the same
/// data (by identity: comparing datasets record by record would cost time
/// and code for nothing, as a widget's data is never rebuilt equal).
#[derive(Debug, Clone)]
pub enum DataState {
    /// The data is on its way.
    Loading,
    /// The data is read: show its valid records. The index, when given, was
    /// built from exactly these records (the embedded widget builds it in
    /// slices while loading); without one the widget builds it at once.
    Ready(Shared<Dataset>, Option<SharedIndex>),
    /// Nothing could be read (the console has the details).
    Failed(Failure),
}

/// An index handed from the loader to the widget, with the results of the
/// view the widget opens with, answered in the loader's last slice so that
/// the first render does not also run the first query. Two are equal when
/// they are the same index in the same stage (comparing indexes by content
/// would cost a rebuild's time): the loading session hands the same index
/// again once its words are in, and that is a change the widget sees.
#[derive(Debug, Clone)]
pub struct SharedIndex {
    /// The index of the dataset's records.
    pub index: Rc<Index>,
    /// A query, its interface language and its results from `index`.
    pub first: Option<(Query, UiLang, Shared<Results>)>,
    /// Whether `index` had the records' words when this was made.
    has_text: bool,
}

impl SharedIndex {
    /// `index` as it is now, with the results of the opening view.
    pub fn new(index: Rc<Index>, first: Option<(Query, UiLang, Shared<Results>)>) -> SharedIndex {
        let has_text = index.has_text();
        SharedIndex { index, first, has_text }
    }

    /// Whether `query` has text the index cannot answer yet: the loader
    /// indexes a large file's words after the first cards, and a search
    /// typed before they are in waits for them instead of freezing the page.
    pub fn waits_for_text(&self, query: &Query) -> bool {
        query.has_text() && !self.index.has_text()
    }

    /// `query`'s results in `lang`: the ones answered ahead when they are
    /// for this query, else answered now.
    pub fn results(&self, query: &Query, lang: UiLang) -> Shared<Results> {
        match &self.first {
            Some((q, l, results)) if q == query && *l == lang => results.clone(),
            _ => Shared::new(self.index.run(query, lang)),
        }
    }
}

impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DataState::Loading, DataState::Loading) => true,
            (DataState::Ready(a, i), DataState::Ready(b, j)) => a == b && i == j,
            (DataState::Failed(a), DataState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.index, &other.index) && self.has_text == other.has_text
    }
}
