//! The labelled search box: results follow every keystroke.

use yew::prelude::*;

use crate::i18n::UiLang;
// What the address keeps, so every query typed round-trips through a shared link.
use crate::query::url_state::MAX_TEXT_CHARS;
use crate::view::state::Action;

/// What [`search_box`] shows.
pub(super) struct SearchBoxProps {
    /// The current text.
    pub(super) text: AttrValue,
    /// The interface language.
    pub(super) lang: UiLang,
    /// Receives [`Action::SetText`].
    pub(super) on_action: Callback<Action>,
}

/// A search field with a visible label.
pub(super) fn search_box(props: &SearchBoxProps) -> Html {
    let texts = props.lang.texts();
    let oninput = props.on_action.reform(|e: InputEvent| Action::SetText(crate::web::dom::input_value(&e)));
    html! {
        <label class="np-search">
            <span class="np-search__label">{ texts.search_label }</span>
            <input
                class="np-search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder={texts.search_placeholder}
                maxlength={MAX_TEXT_CHARS.to_string()}
                value={props.text.clone()}
                {oninput}
            />
        </label>
    }
}
