//! A panic in WebAssembly kills every widget on the page at once. The hook
//! makes that visible: each mounted element gets a plain error message in
//! its language (built with DOM calls, no HTML strings), and the console
//! gets the panic for developers. Never a blank or frozen box.

use crate::i18n::UiLang;

use super::mount::mounted_elements;

/// Installs the hook; call once, before mounting. Through Yew: its first
/// render otherwise replaces any hook set with `std::panic::set_hook` by its
/// own console-only one (found by the real panic of `e2e/tests/panic.test.mjs`).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("nordic-partnerships: internal error: {info}"));
        show_internal_error_everywhere();
    }));
}

/// Replaces every mounted widget with the internal-error message.
pub fn show_internal_error_everywhere() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    for (element, lang) in mounted_elements() {
        let _ = show_error(&document, &element, lang);
    }
}

fn show_error(document: &web_sys::Document, element: &web_sys::Element, lang: UiLang) -> Option<()> {
    let texts = lang.texts();
    let section = document.create_element("section").ok()?;
    section.set_class_name("np-widget");
    section.set_attribute("lang", lang.tag()).ok()?;
    section.set_attribute("data-theme", "auto").ok()?;
    section.set_attribute("aria-label", texts.widget_label).ok()?;
    let alert = document.create_element("p").ok()?;
    alert.set_class_name("np-error");
    alert.set_attribute("role", "alert").ok()?;
    alert.set_text_content(Some(texts.error_internal));
    section.append_child(&alert).ok()?;
    let root = super::shadow::content_root(element);
    root.set_text_content(None);
    root.append_child(&section).ok()?;
    Some(())
}
