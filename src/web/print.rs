//! Printing: the page tells the widget when a print starts and ends, so it
//! can render every filtered partnership instead of the first pages.

use gloo::events::EventListener;

/// Calls `on_change(true)` on `beforeprint` and `on_change(false)` on
/// `afterprint` until the returned guard is dropped.
pub fn listen(on_change: impl Fn(bool) + Clone + 'static) -> Option<(EventListener, EventListener)> {
    let window = web_sys::window()?;
    let after = on_change.clone();
    Some((
        EventListener::new(&window, "beforeprint", move |_| on_change(true)),
        EventListener::new(&window, "afterprint", move |_| after(false)),
    ))
}
