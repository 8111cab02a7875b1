//! Active-filter chips, each removable, and "Clear all". The empty state
//! reuses the chips to say which filters to loosen.

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::view::filters::Chip;
use crate::view::state::Action;

/// What [`active_filters`] shows.
pub(super) struct ActiveFiltersProps {
    /// The chips to show.
    pub(super) chips: Vec<Chip>,
    /// The interface language.
    pub(super) lang: UiLang,
    /// Receives the removals.
    pub(super) on_action: Callback<Action>,
}

/// The chips as a labelled list of remove buttons. Where focus goes once a
/// chip is gone is decided in [`crate::view::state`] and done by the widget.
pub(super) fn active_filters(props: &ActiveFiltersProps) -> Html {
    if props.chips.is_empty() {
        return html! {};
    }
    let texts = props.lang.texts();
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::ClearAll);
    html! {
        <ul class="np-chips" aria-label={texts.active_filters}>
            { for props.chips.iter().enumerate().map(|(position, chip)| {
                let target = chip.target.clone();
                let onclick = props.on_action.reform(move |_: MouseEvent| Action::RemoveChip { target: target.clone(), position });
                html! {
                    <li class="np-chips__item" key={chip.key.clone()}>
                        <button type="button" class="np-chip" {onclick}
                            aria-label={texts.remove_filter.replace("{label}", &chip.label)}>
                            <span class="np-chip__label">{ chip.label.clone() }</span>
                            <span class="np-chip__x" aria-hidden="true">{ "×" }</span>
                        </button>
                    </li>
                }
            }) }
            if props.chips.len() > 1 {
                <li class="np-chips__item" key="clear-all">
                    <button type="button" class="np-link-button" onclick={on_clear}>{ texts.clear_all }</button>
                </li>
            }
        </ul>
    }
}
