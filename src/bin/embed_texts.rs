//! `cargo run --bin embed-texts`: what `embed.js` must know of the interface
//! languages before the wasm is there — every tag that picks a language and
//! the "could not be loaded" and "Loading partnerships…" messages in each
//! (the second for the prerendered first view's controls) — as JSON for
//! `tools/seal.mjs`, which writes it into the released `embed.js`. So the
//! language list lives in one place (`i18n::UiLang`), not in a copy.

use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::text::json_string::push_json_string;

fn main() {
    let mut out = String::from("{\"tags\": {");
    for (i, (tag, lang)) in UiLang::TAGS.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(&mut out, tag);
        out.push_str(": ");
        push_json_string(&mut out, lang.tag());
    }
    out.push_str("}, \"loadFailed\": {");
    for (i, lang) in UiLang::ALL.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(&mut out, lang.tag());
        out.push_str(": ");
        push_json_string(&mut out, lang.load_failed());
    }
    out.push_str("}, \"loading\": {");
    for (i, lang) in UiLang::ALL.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(&mut out, lang.tag());
        out.push_str(": ");
        push_json_string(&mut out, lang.texts().loading);
    }
    out.push_str("}}");
    println!("{out}");
}
