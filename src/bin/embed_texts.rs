//! `cargo run --bin embed-texts`: what `embed.js` must know of the interface
//! languages before the wasm is there — every tag that picks a language and
//! the "could not be loaded" and "Loading partnerships…" messages in each
//! (the second for the prerendered first view's controls), and the address
//! parameters that change the opening view — as JSON for `tools/seal.mjs`,
//! which writes it into the released `embed.js`. So the language list lives
//! in one place (`i18n::UiLang`), not in a copy.

use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::text::json_string::push_json_string;

/// `"key": {"a": "x", …}` from (name, value) pairs.
fn push_object<'a>(out: &mut String, key: &str, pairs: impl Iterator<Item = (&'a str, &'a str)>) {
    push_json_string(out, key);
    out.push_str(": {");
    for (i, (name, value)) in pairs.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(out, name);
        out.push_str(": ");
        push_json_string(out, value);
    }
    out.push('}');
}

fn main() {
    let mut out = String::from("{");
    push_object(&mut out, "tags", UiLang::TAGS.iter().map(|(tag, lang)| (*tag, lang.tag())));
    out.push_str(", ");
    push_object(&mut out, "loadFailed", UiLang::ALL.iter().map(|lang| (lang.tag(), lang.load_failed())));
    out.push_str(", ");
    push_object(&mut out, "loading", UiLang::ALL.iter().map(|lang| (lang.tag(), lang.texts().loading)));
    out.push_str(", \"viewParams\": [");
    for (i, name) in nordic_partnerships::query::url_state::view_param_names().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(&mut out, name);
    }
    out.push_str("]}");
    println!("{out}");
}
