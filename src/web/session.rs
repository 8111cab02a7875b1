//! One loading session per mounted widget: fetch → read → scope → index →
//! first results → the rest in the background, as one task that the widget
//! owns and that stops when the widget goes.
//!
//! The shape is Yew's `use_future` with a drop guard (and leptos'
//! `Resource`): the component starts a session when it mounts and holds the
//! returned [`LoadingSession`]; the session hands it a stream of
//! [`DataState`]s (loading, ready, ready with the search words indexed,
//! failed), and the component only shows them — it never drives loading
//! itself. Dropping the session (the placeholder removed, `unmount()`, a
//! Rust app dropping the component) cancels it: the download is aborted
//! (`AbortController`), and every remaining slice, idle-time build and wait
//! stops at its next step, so a removed widget costs nothing more.

use std::cell::Cell;
use std::rc::Rc;

#[cfg(feature = "embed")]
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{AbortController, AbortSignal};

use super::fetch::{self, FetchError};
use super::mount::DataSource;
use super::{console, loading};
use crate::embed::options::EmbedOptions;
use crate::i18n::UiLang;
use crate::query::Query;
use crate::view::DataState;

/// The session was cancelled: its work stops here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// Shared by a session and every step of its work: whether to go on, and
/// the signal that aborts its download.
#[derive(Clone)]
pub struct CancelToken(Rc<CancelState>);

struct CancelState {
    cancelled: Cell<bool>,
    controller: Option<AbortController>,
}

impl CancelToken {
    /// A token not cancelled yet.
    pub fn new() -> CancelToken {
        CancelToken(Rc::new(CancelState { cancelled: Cell::new(false), controller: AbortController::new().ok() }))
    }

    /// `Err(Cancelled)` once the session is cancelled.
    ///
    /// # Errors
    ///
    /// [`Cancelled`] once [`LoadingSession`] was dropped.
    pub fn check(&self) -> Result<(), Cancelled> {
        if self.0.cancelled.get() {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }

    /// The signal a request of this session carries.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.0.controller.as_ref().map(AbortController::signal)
    }

    fn cancel(&self) {
        if !self.0.cancelled.replace(true) {
            if let Some(controller) = &self.0.controller {
                controller.abort();
            }
        }
    }
}

impl Default for CancelToken {
    fn default() -> CancelToken {
        CancelToken::new()
    }
}

/// What a session loads and for whom.
pub struct LoadPlan {
    /// Where the data comes from.
    pub source: DataSource,
    /// The widget's settings (its locked scope among them).
    pub options: EmbedOptions,
    /// The current year.
    pub today: u16,
    /// The interface language the widget opens in (indexed first).
    pub lang: UiLang,
    /// The view the widget opens with (answered in the last slice).
    pub start: Query,
}

/// A running session; dropping it cancels the session.
pub struct LoadingSession {
    token: CancelToken,
}

impl Drop for LoadingSession {
    fn drop(&mut self) {
        self.token.cancel();
    }
}

thread_local! {
    /// Sessions whose task has not ended, for diagnostics and the tests
    /// that check a removed widget's work stops (`loadingSessions()`).
    static LIVE: Cell<u32> = const { Cell::new(0) };
}

/// JS: `loadingSessions()` — how many widgets' loading tasks are still
/// running (reading, indexing or building the rest in the background).
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = loadingSessions))]
pub fn live_sessions() -> u32 {
    LIVE.with(Cell::get)
}

/// Counts a task as live while it exists, however it ends.
struct Live;

impl Live {
    fn new() -> Live {
        LIVE.with(|n| n.set(n.get() + 1));
        Live
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        LIVE.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Starts loading `plan`; `on_state` receives each new state (never after
/// the returned session is dropped).
pub fn start(plan: LoadPlan, on_state: impl Fn(DataState) + 'static) -> LoadingSession {
    let token = CancelToken::new();
    let task_token = token.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let _live = Live::new();
        let on_state = |state: DataState| {
            if task_token.check().is_ok() {
                on_state(state);
            }
        };
        // Cancelled: nothing more to do, nothing to report.
        let _ = run(&plan, &task_token, &on_state).await;
    });
    LoadingSession { token }
}

async fn run(plan: &LoadPlan, token: &CancelToken, on_state: &impl Fn(DataState)) -> Result<(), Cancelled> {
    let text = match &plan.source {
        DataSource::Url { address, integrity } => fetch::fetch_text(address, integrity.as_deref(), token).await,
        DataSource::Text { text, .. } => Ok(text.to_string()),
        DataSource::Refused { address } => Err(FetchError::NotAllowed(address.clone())),
    };
    token.check()?;
    let name = plan.source.name();
    let text = match text {
        Ok(text) => text,
        Err(error) => {
            console::report_fetch_error(name, &error);
            on_state(DataState::Failed(error.failure()));
            return Ok(());
        }
    };
    let ready = loading::read_in_slices(name, &text, plan, token).await?;
    drop(text);
    on_state(ready.state());
    loading::build_the_rest(ready, token, on_state).await
}
