//! Taking over from the prerendered first view. The standalone page carries
//! the opening view in its HTML (a declarative shadow root written at build
//! time by `src/bin/prerender/` from the same components), so a visitor
//! sees the cards before any code or data arrives. The live widget renders
//! beside it, hidden (`data-np-pending`), and once its first page of cards is
//! in place the two are swapped in one step: the same layout, so nothing
//! moves; text typed meanwhile is handed over (and searched), and focus stays
//! in the search box.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, Node, ShadowRoot};

/// Marks the prerendered view (and its stylesheet) in a widget's shadow root.
pub const PRERENDERED: &str = "data-np-prerendered";
/// Marks the live widget's container while the prerendered view still shows.
pub const PENDING: &str = "data-np-pending";
/// Set on `<html>` by the page before it is drawn when the address asks for
/// another view than the prerendered one: the page's CSS hides it.
const SKIP: &str = "data-np-first-view";

/// Whether `shadow` holds a prerendered view to take over from.
pub fn holds_prerendered(shadow: &ShadowRoot) -> bool {
    shadow.query_selector(&format!("[{PRERENDERED}]")).ok().flatten().is_some()
}

/// The live widget's first page is in place (`inside` is any node of it): if
/// a prerendered view is still showing in the same root, the live one takes
/// its place. Later calls find nothing to do.
pub fn take_over(inside: &Node) {
    let Some(root) = inside.get_root_node().dyn_into::<ShadowRoot>().ok() else { return };
    let Ok(Some(pending)) = root.query_selector(&format!("[{PENDING}]")) else { return };
    let search = "input[type=search]";
    let old_input = root.query_selector(&format!("[{PRERENDERED}] {search}")).ok().flatten();
    let typed = old_input.as_ref().and_then(|i| i.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value));
    let had_focus = match (root.active_element(), &old_input) {
        (Some(active), Some(input)) => active == *input,
        _ => false,
    };
    let selection = old_input
        .as_ref()
        .and_then(|i| i.dyn_ref::<HtmlInputElement>())
        .map(|i| (i.selection_start().ok().flatten(), i.selection_end().ok().flatten()));
    if let Ok(old) = root.query_selector_all(&format!("[{PRERENDERED}]")) {
        for i in 0..old.length() {
            if let Some(node) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    let _ = pending.remove_attribute(PENDING);
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.remove_attribute(SKIP);
    }
    let live_input = pending.query_selector(search).ok().flatten().and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
    if let Some(input) = &live_input {
        // What the visitor typed before the code arrived is searched now.
        if let Some(typed) = typed.filter(|t| !t.is_empty() && *t != input.value()) {
            input.set_value(&typed);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
        if had_focus {
            let _ = input.focus();
            if let Some((Some(start), Some(end))) = selection {
                let _ = input.set_selection_range(start, end);
            }
        }
    }
    // A link's details opened while hidden: focus goes into them now.
    if let Ok(Some(close)) = pending.query_selector("dialog[open] .np-dialog__close") {
        if let Some(close) = close.dyn_ref::<HtmlElement>() {
            let _ = close.focus();
        }
    }
}
