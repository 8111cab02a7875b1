//! The address bar: a widget's query in `location.search`, under the
//! widget's own parameter prefix, with back/forward restoring it. Other
//! parameters of the host page are left exactly as they were, and so is
//! `history.state`: the host's router keeps its own data there (Next.js,
//! React Router, Vue Router), and an entry whose state a guest replaced with
//! `null` breaks its Back (Next.js reloads the page or fails the route
//! change). So each entry the widget writes carries the state of the entry it
//! came from, as routers that share the address do (erikringsmuth/app-router
//! #147; Next.js's own `windowHistorySupport` keeps its state through a
//! foreign `pushState` likewise).

use std::any::Any;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

use crate::query::url_state::{self, WidgetAddress};
use crate::view::state::HistoryMode;
use crate::view::UrlSync;

/// [`UrlSync`] over `window.location` and `window.history`: the widget's
/// view in the page address (`?q=…&country=SE`), Back and Forward restoring
/// it. `prefix` tells a second widget's parameters apart (`"w2-"`).
///
/// ```no_run
/// use std::rc::Rc;
/// use nordic_partnerships::prelude::*;
/// use yew::prelude::*;
///
/// #[component]
/// fn App() -> Html {
///     let data = use_memo((), |_| load::bundled::dataset().unwrap_or_default());
///     let url = use_memo((), |_| UrlSyncHandle(Rc::new(BrowserUrl::new(""))));
///     html! { <Widget data={Rc::clone(&data)} url={Some((*url).clone())} /> }
/// }
/// ```
#[derive(Debug, Clone)]
pub struct BrowserUrl {
    prefix: String,
}

impl BrowserUrl {
    /// Syncs parameters whose names start with `prefix` (may be empty).
    pub fn new(prefix: impl Into<String>) -> BrowserUrl {
        BrowserUrl { prefix: prefix.into() }
    }
}

fn current_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

impl UrlSync for BrowserUrl {
    fn read(&self) -> WidgetAddress {
        url_state::read(&current_search(), &self.prefix)
    }

    fn write(&self, address: &WidgetAddress, mode: HistoryMode) {
        let Some(window) = web_sys::window() else { return };
        if mode == HistoryMode::Back {
            // Its popstate brings the address the entry before holds.
            let _ = window.history().and_then(|history| history.back());
            return;
        }
        let location = window.location();
        let search = current_search();
        let next = url_state::merge(&search, &self.prefix, address);
        if next == search || (next.is_empty() && search == "?") {
            return;
        }
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = format!("{path}{next}{hash}");
        let Ok(history) = window.history() else { return };
        let state = history.state().unwrap_or(JsValue::NULL);
        // A failure (e.g. a sandboxed frame) only means the address does not follow.
        let _ = match mode {
            HistoryMode::Push => history.push_state_with_url(&state, "", Some(&url)),
            HistoryMode::Replace | HistoryMode::None | HistoryMode::Back => {
                history.replace_state_with_url(&state, "", Some(&url))
            }
        };
    }

    fn link(&self, address: &WidgetAddress) -> Option<String> {
        let location = web_sys::window()?.location();
        let search = url_state::merge(&current_search(), &self.prefix, address);
        let (origin, path, hash) = (location.origin().ok()?, location.pathname().ok()?, location.hash().ok()?);
        Some(format!("{origin}{path}{search}{hash}"))
    }

    fn listen(&self, on_restore: Box<dyn Fn(WidgetAddress)>) -> Box<dyn Any> {
        let Some(window) = web_sys::window() else { return Box::new(()) };
        let prefix = self.prefix.clone();
        let listener = EventListener::new(&window, "popstate", move |_| {
            on_restore(url_state::read(&current_search(), &prefix));
        });
        Box::new(listener)
    }
}
