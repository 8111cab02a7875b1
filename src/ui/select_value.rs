//! The change handler shared by selects whose options list a fixed slice of
//! choices (language, sort order).

use yew::prelude::*;

use crate::view::state::Action;
use crate::web;

/// The change handler of a select whose options list `choices` in order:
/// emits `to_action` of the chosen one.
pub fn on_choice<T: Copy + 'static>(
    choices: &'static [T],
    on_action: Callback<Action>,
    to_action: fn(T) -> Action,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(&choice) = web::dom::selected_index(&e).and_then(|i| choices.get(i)) {
            on_action.emit(to_action(choice));
        }
    })
}
