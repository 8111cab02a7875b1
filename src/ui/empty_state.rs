//! Shown when nothing matches: says so, and offers each active filter for
//! removal. A plain view function (no state of its own).

use yew::prelude::*;

use super::active_filters::{active_filters, ActiveFiltersProps};
use crate::i18n::UiLang;
use crate::view::filters::Chip;
use crate::view::state::Action;

/// "No partnerships match. Try removing one of these: …"
pub(super) fn empty_state(chips: Vec<Chip>, lang: UiLang, on_action: &Callback<Action>) -> Html {
    let texts = lang.texts();
    html! {
        <div class="np-empty">
            <p class="np-empty__title">{ texts.empty_title }</p>
            if !chips.is_empty() {
                <p class="np-empty__hint">{ texts.empty_hint }</p>
                { active_filters(&ActiveFiltersProps { chips, lang, on_action: on_action.clone() }) }
            }
        </div>
    }
}
