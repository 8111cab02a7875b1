//! A probe for what a panic leaves, built as the release widget is (aborting
//! at once) and browser-tested by `./dev test` (`e2e/tests/panic.test.mjs`):
//! it starts the module as the published widget does, so the real `embed.js`
//! loads it and `mountAll()` fills the page, and it exports `crash()`, which
//! panics for real. A panic in WebAssembly stops every widget at once;
//! `embed.js` must leave each one with a readable message.
//! Not part of the widget: nothing else can make the widget panic on purpose.

fn main() {
    #[cfg(target_arch = "wasm32")]
    nordic_partnerships::start();
}

/// Panics, as a bug in the widget would.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn crash() {
    panic!("panic probe: a deliberate panic");
}
