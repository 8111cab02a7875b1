//! The seam between the widget and the address bar. The widget only knows
//! this trait; the web layer implements it with `window.history`, so the
//! components stay free of browser globals and testable with a fake.

use std::any::Any;
use std::rc::Rc;

use super::state::HistoryMode;
use crate::query::Query;

/// Reads and writes a widget's query in the page address.
pub trait UrlSync {
    /// The query the address holds now (the empty query if none).
    fn read(&self) -> Query;
    /// Puts `query` into the address, replacing or adding a history entry.
    fn write(&self, query: &Query, mode: HistoryMode);
    /// Calls `on_restore` with the address's query after back/forward, until
    /// the returned guard is dropped.
    fn listen(&self, on_restore: Box<dyn Fn(Query)>) -> Box<dyn Any>;
    /// The whole address of this page showing `query`, to share; `None` where
    /// there is none (the default).
    fn link(&self, _query: &Query) -> Option<String> {
        None
    }
}

/// The query a widget opens with: the address's when it holds one, else
/// `fallback` (the editor's starting filter).
pub fn starting_query(url: Option<&UrlSyncHandle>, fallback: &Query) -> Query {
    url.map(|url| url.0.read()).filter(|q| *q != Query::new()).unwrap_or_else(|| fallback.clone())
}

/// A shared [`UrlSync`], compared by identity so it can be a prop.
#[derive(Clone)]
pub struct UrlSyncHandle(pub Rc<dyn UrlSync>);

impl PartialEq for UrlSyncHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for UrlSyncHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UrlSyncHandle")
    }
}
