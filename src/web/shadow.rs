//! Style isolation: each widget lives in an open shadow root on its mount
//! element, styled by one constructable stylesheet shared by every widget on
//! the page. The host page's CSS cannot reach inside (even `* { … !important }`),
//! the widget's CSS cannot leak out, and adopted sheets need no `style-src`
//! entry in the host's Content-Security-Policy (a `<style>` element would).
//! Theming still works: the public `--np-*` properties inherit into the root.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, Node, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet (`static/widget.css`, minified by `build.rs`). A Rust
/// app's widget carries it in its wasm; the published widget (feature `embed`)
/// does not: `embed.js` fetches the same minified file (`dist/widget.css`,
/// sealed) while the wasm downloads, and hands the sheet over (`useStyles`),
/// so the code is smaller and a first view drawn before the wasm arrives uses
/// the very sheet the live widget adopts.
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// JS: `useStyles(sheet)` — the stylesheet every widget adopts from now on
/// (`embed.js` calls it before mounting any).
#[cfg(feature = "embed")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = useStyles)]
pub fn use_styles(sheet: CssStyleSheet) {
    SHEET.with(|cell| *cell.borrow_mut() = Some(sheet));
}

fn sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        #[cfg(not(feature = "embed"))]
        if cell.borrow().is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(WIDGET_CSS).ok()?;
            *cell.borrow_mut() = Some(sheet);
        }
        cell.borrow().clone()
    })
}

/// Adopts the widget's stylesheet where `node` lives — the shadow root it is
/// in, or else the document — unless it is there already: a Rust app's
/// widget styles itself, under a strict CSP too (adopted sheets need no
/// `style-src`), with no file to copy.
pub fn adopt_styles(node: &Node) {
    let Some(sheet) = sheet() else { return };
    let root = node.get_root_node();
    let adopted = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.adopted_style_sheets()
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.adopted_style_sheets()
    } else {
        return;
    };
    if adopted.includes(&sheet, 0) {
        return;
    }
    adopted.push(&sheet);
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.set_adopted_style_sheets(&adopted);
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.set_adopted_style_sheets(&adopted);
    }
}

/// An empty element inside `host`'s shadow root (made on first use) to mount
/// a widget into; `None` where the browser cannot give `host` a shadow root.
pub fn container(host: &Element) -> Option<Element> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?,
    };
    // Without a sheet (embed.js could not fetch it) the widget still works, unstyled.
    let sheets = sheet().map_or_else(js_sys::Array::new, |sheet| js_sys::Array::of1(&sheet.into()));
    shadow.set_adopted_style_sheets(&sheets);
    // A prerendered first view stays until the live widget can take its place.
    let prerendered = super::first_view::holds_prerendered(&shadow);
    if !prerendered {
        shadow.set_text_content(None);
    }
    let div = host.owner_document()?.create_element("div").ok()?;
    div.set_class_name("np-host");
    if prerendered {
        div.set_attribute(super::first_view::PENDING, "").ok()?;
    }
    shadow.append_child(&div).ok()?;
    Some(div)
}

/// Where a widget mounted on `host` lives: its shadow root, or `host` itself.
pub fn content_root(host: &Element) -> Node {
    host.shadow_root().map_or_else(|| Node::from(host.clone()), Node::from)
}
