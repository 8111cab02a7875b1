//! The visible language switch.

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::view::state::Action;

/// Properties of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The current language.
    pub lang: UiLang,
    /// Receives [`Action::SetLang`].
    pub on_action: Callback<Action>,
}

/// A select listing each language in its own name.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let select = use_node_ref();
    super::hooks::use_select_value(select.clone(), props.lang.tag().to_owned());
    let onchange = super::select_value::on_choice(&UiLang::ALL, props.on_action.clone(), Action::SetLang);
    html! {
        <label class="np-select np-select--compact">
            <span class="np-select__label">{ props.lang.texts().language }</span>
            <select class="np-select__input" ref={select} {onchange}>
                { for UiLang::ALL.iter().map(|&lang| html! {
                    <option value={lang.tag()} lang={lang.tag()} selected={lang == props.lang}>
                        { lang.labels().language_name }
                    </option>
                }) }
            </select>
        </label>
    }
}
