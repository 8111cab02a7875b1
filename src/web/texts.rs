//! A published widget's other languages (feature `fetched-texts`, see
//! `i18n::fetched`): `embed.js` hands over the files it fetched beside the
//! wasm (`addTexts`) and a loader for any other (`setTextsLoader`), which the
//! widget calls when a visitor switches to a language not yet here.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{fetched, UiLang};

thread_local! {
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// JS: `addTexts(tag, file)` — keeps a language's texts file; `false` (and why,
/// in the console) when it is not one for this build.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = addTexts))]
pub fn add_texts(tag: &str, file: String) -> bool {
    let Some(lang) = UiLang::from_tag(tag) else { return false };
    match fetched::add(lang, file) {
        Ok(()) => true,
        Err(error) => {
            gloo::console::warn!(format!("nordic-partnerships: texts/{tag}.txt: {error}"));
            false
        }
    }
}

/// JS: `setTextsLoader(load)` — `load(tag)` returns a promise of that
/// language's texts file.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = setTextsLoader))]
pub fn set_texts_loader(load: js_sys::Function) {
    LOADER.with(|loader| *loader.borrow_mut() = Some(load));
}

/// Calls `then(true)` once `lang`'s texts are here — at once when they are
/// (always, outside the published widget), else after fetching them through
/// `embed.js`'s loader — or `then(false)` when they cannot be had (said in the
/// console): the caller decides what to show instead.
pub fn when_ready(lang: UiLang, then: impl FnOnce(bool) + 'static) {
    // One copy of the fetching for every caller, not one per closure type.
    when_ready_boxed(lang, Box::new(then));
}

fn when_ready_boxed(lang: UiLang, then: Box<dyn FnOnce(bool)>) {
    if lang.has_texts() {
        then(true);
        return;
    }
    let promise = LOADER
        .with(|loader| loader.borrow().clone())
        .and_then(|load| load.call1(&JsValue::NULL, &JsValue::from_str(lang.tag())).ok())
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        gloo::console::warn!(format!("nordic-partnerships: no way to fetch the texts of {}", lang.tag()));
        then(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let file = wasm_bindgen_futures::JsFuture::from(promise).await;
        match file.map(|file| file.as_string()) {
            Ok(Some(file)) => then(add_texts(lang.tag(), file)),
            Ok(None) | Err(_) => {
                gloo::console::warn!(format!("nordic-partnerships: the texts of {} could not be fetched", lang.tag()));
                then(false);
            }
        }
    });
}
