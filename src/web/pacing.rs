//! Long work in slices: the caller does a small step, then asks whether its
//! slice of the main thread is used up; if so the browser gets a turn (to
//! paint, to answer a click) before the next slice. This keeps every task
//! under the ~50 ms at which a page feels stuck.

use js_sys::{Date, Function, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::MessageChannel;

use super::session::{CancelToken, Cancelled};

/// How long one slice may run, in milliseconds. A step is a few
/// milliseconds, so a task stays well under 50 ms.
const SLICE_MS: f64 = 20.0;

/// Measures slices and yields between them; with a session's token, every
/// turn is also where a cancelled session stops.
pub struct Pacer {
    slice_start: f64,
    token: Option<CancelToken>,
    /// A message to oneself returns to the event loop at once; `setTimeout`
    /// would wait at least 4 ms after a few nested turns.
    channel: Option<MessageChannel>,
}

impl Pacer {
    /// Starts the first slice now.
    pub fn new() -> Pacer {
        Pacer { slice_start: Date::now(), token: None, channel: MessageChannel::new().ok() }
    }

    /// A pacer for the work of the session `token` belongs to.
    pub fn for_session(token: &CancelToken) -> Pacer {
        Pacer { token: Some(token.clone()), ..Pacer::new() }
    }

    /// Gives the browser a turn if this slice has run [`SLICE_MS`].
    ///
    /// # Errors
    ///
    /// [`Cancelled`] when the session was cancelled (checked at every call).
    pub async fn pause_if_due(&mut self) -> Result<(), Cancelled> {
        if Date::now() - self.slice_start >= SLICE_MS {
            self.pause().await?;
        }
        self.check()
    }

    /// `Err(Cancelled)` once the session is cancelled.
    ///
    /// # Errors
    ///
    /// [`Cancelled`] when the session was cancelled.
    pub fn check(&self) -> Result<(), Cancelled> {
        self.token.as_ref().map_or(Ok(()), CancelToken::check)
    }

    /// Gives the browser a turn now, and starts a new slice after it.
    ///
    /// # Errors
    ///
    /// [`Cancelled`] when the session was cancelled meanwhile.
    pub async fn pause(&mut self) -> Result<(), Cancelled> {
        let channel = &self.channel;
        let turn = Promise::new(&mut |resolve: Function, _| match channel {
            Some(channel) => {
                channel.port1().set_onmessage(Some(&resolve));
                if channel.port2().post_message(&JsValue::NULL).is_err() {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            }
            None => match web_sys::window() {
                Some(window) if window.set_timeout_with_callback(&resolve).is_ok() => {}
                _ => drop(resolve.call0(&JsValue::NULL)),
            },
        });
        // The promise only ever resolves.
        let _ = JsFuture::from(turn).await;
        self.slice_start = Date::now();
        self.check()
    }
}

/// Waits until the browser is idle (`requestIdleCallback`, at most a
/// second; where there is none, 50 ms): for work that must not compete
/// with rendering, such as the languages a widget may need later.
pub async fn until_idle() {
    let idle = Promise::new(&mut |resolve: Function, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        if window.request_idle_callback_with_options(&resolve, &options).is_err()
            && window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).is_err()
        {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    // The promise only ever resolves.
    let _ = JsFuture::from(idle).await;
}

/// Waits until the browser has shown the next frame: an animation frame,
/// then a turn of the event loop, so what follows runs after that frame's
/// layout and paint, in a task of its own.
pub async fn after_next_frame() {
    let frame = Promise::new(&mut |resolve: Function, _| {
        let requested = web_sys::window().map(|window| window.request_animation_frame(&resolve).is_ok());
        if requested != Some(true) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    // The promise only ever resolves.
    let _ = JsFuture::from(frame).await;
    // No session: never cancelled.
    let _ = Pacer::new().pause().await;
}

impl Default for Pacer {
    fn default() -> Pacer {
        Pacer::new()
    }
}
