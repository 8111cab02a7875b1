//! A bug in the widget stops its WebAssembly for good. The release build
//! aborts at a panic without unwinding or formatting a message (that code
//! would cost the download more than it tells anyone), so the stop reaches
//! JavaScript as a `WebAssembly.RuntimeError`. `embed.js` catches it and
//! puts the internal-error message into every mounted widget, in its
//! language: never a blank or frozen box. A stopped module cannot be called
//! safely, so `embed.js` asks for the wording here, up front.

#[cfg(feature = "embed")]
use wasm_bindgen::prelude::wasm_bindgen;

use crate::i18n::UiLang;

/// JS: `internalErrorTexts()` — for each interface language whose texts are
/// here (all, but in the published widget English and those fetched so far;
/// `embed.js` asks again after each), its tag, the widget's label and the
/// internal-error message, one after the other: `[tag, label, message, tag,
/// label, message, …]`, the first for English.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = internalErrorTexts))]
pub fn internal_error_texts() -> Vec<String> {
    UiLang::ALL
        .iter()
        .filter(|lang| lang.has_texts())
        .flat_map(|lang| {
            let texts = lang.texts();
            [lang.tag(), texts.widget_label, texts.error_internal].map(str::to_owned)
        })
        .collect()
}
