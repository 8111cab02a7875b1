//! Keeps a `<select>` showing the state's choice. Setting `selected` on
//! options is not enough: once a visitor has used a select, browsers stop
//! following that attribute, so after back/forward or a corrected range the
//! select would show a stale choice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Sets the select behind `node` to `value` after every render.
#[hook]
pub fn use_select_value(node: NodeRef, value: String) {
    use_effect(move || {
        if let Some(select) = node.cast::<HtmlSelectElement>() {
            if select.value() != value {
                select.set_value(&value);
            }
        }
    });
}
