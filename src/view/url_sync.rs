//! The seam between the widget and the address bar. The widget only knows
//! this trait; the web layer implements it with `window.history`, so the
//! components stay free of browser globals and testable with a fake.

use std::any::Any;
use std::rc::Rc;

use super::state::HistoryMode;
use crate::query::url_state::WidgetAddress;
use crate::query::Query;

/// Reads and writes a widget's query and open partnership in the page address.
pub trait UrlSync {
    /// What the address holds now (the empty query and nothing open if none).
    fn read(&self) -> WidgetAddress;
    /// Puts `address` into the page address, replacing or adding a history
    /// entry, or steps back one entry ([`HistoryMode::Back`]).
    fn write(&self, address: &WidgetAddress, mode: HistoryMode);
    /// Calls `on_restore` with the address's state after back/forward, until
    /// the returned guard is dropped.
    fn listen(&self, on_restore: Box<dyn Fn(WidgetAddress)>) -> Box<dyn Any>;
    /// The whole address of this page showing `address`, to share; `None`
    /// where there is none (the default).
    fn link(&self, _address: &WidgetAddress) -> Option<String> {
        None
    }
}

/// The view a widget opens with: the address's query when it holds one,
/// else `fallback` (the editor's starting filter), and the address's open
/// partnership.
pub fn starting_address(url: Option<&UrlSyncHandle>, fallback: &Query) -> WidgetAddress {
    let address = url.map(|url| url.0.read()).unwrap_or_default();
    let query = if address.query == Query::new() { fallback.clone() } else { address.query };
    WidgetAddress { query, open: address.open }
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
