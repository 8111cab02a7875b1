//! The widget's own hooks, in one place.

use yew::prelude::*;

use crate::web;

/// Keeps the select behind `node` showing `value` after every render.
#[hook]
pub fn use_select_value(node: NodeRef, value: String) {
    use_effect(move || web::dom::set_select_value(&node, &value));
}

/// Whether the page is printing (between `beforeprint` and `afterprint`).
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let listeners = web::print::listen(move |now| printing.set(now));
            move || drop(listeners)
        });
    }
    *printing
}
