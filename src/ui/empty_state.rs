//! Shown when nothing matches: says so, and offers each active filter for
//! removal.

use yew::prelude::*;

use super::ActiveFilters;
use crate::i18n::UiLang;
use crate::view::filters::Chip;
use crate::view::state::Action;

/// Properties of [`EmptyState`].
#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// The active filters.
    pub chips: Vec<Chip>,
    /// The interface language.
    pub lang: UiLang,
    /// Receives the removals.
    pub on_action: Callback<Action>,
}

/// "No partnerships match. Try removing one of these: …"
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <div class="np-empty">
            <p class="np-empty__title">{ texts.empty_title }</p>
            if !props.chips.is_empty() {
                <p class="np-empty__hint">{ texts.empty_hint }</p>
                <ActiveFilters chips={props.chips.clone()} lang={props.lang} on_action={props.on_action.clone()} />
            }
        </div>
    }
}
