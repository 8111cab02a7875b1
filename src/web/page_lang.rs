//! Which interface language a mounted widget speaks: the element's own
//! `data-lang`, then the nearest `lang` attribute, then the browser's
//! languages, then English.

use web_sys::Element;

use crate::i18n::UiLang;

/// Picks the interface language for a widget mounted into `element`.
pub fn detect(element: &Element) -> UiLang {
    element
        .get_attribute("data-lang")
        .and_then(|tag| UiLang::from_tag(&tag))
        .or_else(|| {
            element
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|el| el.get_attribute("lang"))
                .and_then(|tag| UiLang::from_tag(&tag))
        })
        .or_else(browser_lang)
        .unwrap_or_default()
}

fn browser_lang() -> Option<UiLang> {
    let navigator = web_sys::window()?.navigator();
    navigator.languages().iter().filter_map(|tag| tag.as_string()).find_map(|tag| UiLang::from_tag(&tag))
}
