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

/// The change handler of a select whose options list `choices` in order:
/// emits `to_action` of the chosen one.
pub fn on_choice<T: Copy + 'static>(
    choices: &'static [T],
    on_action: Callback<crate::state::Action>,
    to_action: fn(T) -> crate::state::Action,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let index = e.target_dyn_into::<HtmlSelectElement>().map_or(-1, |s| s.selected_index());
        if let Some(&choice) = usize::try_from(index).ok().and_then(|i| choices.get(i)) {
            on_action.emit(to_action(choice));
        }
    })
}
