//! Moves keyboard focus when a change removed the control that had it, so
//! keyboard and screen-reader users stay where they were instead of being
//! thrown back to the top of the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::NodeRef;

use crate::view::state::FocusTarget;

/// Carries out `target` inside the results area `results` (focusable with
/// `tabindex="-1"`, the fallback when the target no longer exists).
pub fn restore(results: &NodeRef, target: FocusTarget) {
    let Some(area) = results.cast::<HtmlElement>() else { return };
    let candidate = match target {
        FocusTarget::Chip(i) => nth(&area, ".np-chip", i).or_else(|| last(&area, ".np-chip")),
        FocusTarget::Card(i) => nth(&area, ".np-card", i),
    };
    let _ = candidate.and_then(|el| el.dyn_into::<HtmlElement>().ok()).unwrap_or(area).focus();
}

fn nth(area: &Element, selector: &str, i: usize) -> Option<Element> {
    let list = area.query_selector_all(selector).ok()?;
    list.item(u32::try_from(i).ok()?)?.dyn_into::<Element>().ok()
}

fn last(area: &Element, selector: &str) -> Option<Element> {
    let list = area.query_selector_all(selector).ok()?;
    list.item(list.length().checked_sub(1)?)?.dyn_into::<Element>().ok()
}
