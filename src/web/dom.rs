//! Small DOM reads and writes the components need: what an input or select
//! holds, keeping a select showing a value, opening and closing a dialog.
//! Components call these with their events and `NodeRef`s and never name a
//! browser type themselves.

use web_sys::{Element, HtmlDialogElement, HtmlInputElement, HtmlSelectElement};
use yew::{Event, InputEvent, NodeRef, PointerEvent, TargetCast};

/// The text of the input an `input` event came from ("" if none).
pub fn input_value(event: &InputEvent) -> String {
    event.target_dyn_into::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default()
}

/// The position of the chosen option of the select a `change` event came from.
pub fn selected_index(event: &Event) -> Option<usize> {
    let select = event.target_dyn_into::<HtmlSelectElement>()?;
    usize::try_from(select.selected_index()).ok()
}

/// Makes the select behind `node` show `value`. Setting `selected` on options
/// is not enough: once a visitor has used a select, browsers stop following
/// that attribute, so after back/forward it would show a stale choice.
pub fn set_select_value(node: &NodeRef, value: &str) {
    if let Some(select) = node.cast::<HtmlSelectElement>() {
        if select.value() != value {
            select.set_value(value);
        }
    }
}

/// Opens the `<dialog>` behind `node` as a modal (the browser traps focus and
/// closes it on Escape), or closes it.
pub fn set_dialog_open(node: &NodeRef, open: bool) {
    let Some(dialog) = node.cast::<HtmlDialogElement>() else { return };
    match (open, dialog.open()) {
        (true, false) => {
            let _ = dialog.show_modal();
        }
        (false, true) => dialog.close(),
        _ => {}
    }
}

/// The value of `attribute` on the element an event (a click, a key) came
/// from or its nearest ancestor that has it (for controls inside markup
/// written as a string, or many alike, whose events one listener receives).
pub fn closest_attribute(event: &Event, attribute: &str) -> Option<String> {
    let target = event.target_dyn_into::<Element>()?;
    target.closest(&format!("[{attribute}]")).ok().flatten()?.get_attribute(attribute)
}

/// Focuses the input behind `node` with all its text selected, ready to copy.
pub fn focus_and_select(node: &NodeRef) {
    if let Some(input) = node.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// Where a pointer is across the element behind `node`: 0.0 at its left edge,
/// 1.0 at its right (clamped), for dragging along it.
pub fn pointer_fraction(event: &PointerEvent, node: &NodeRef) -> Option<f64> {
    let rect = node.cast::<Element>()?.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| ((f64::from(event.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0))
}

/// Sends the pointer's next events to the element behind `node` until it is
/// released, so a drag goes on when the pointer leaves it.
pub fn capture_pointer(event: &PointerEvent, node: &NodeRef) {
    if let Some(element) = node.cast::<Element>() {
        let _ = element.set_pointer_capture(event.pointer_id());
    }
}
