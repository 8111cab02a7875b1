//! The sort order select.

use yew::prelude::*;

use crate::i18n::{Texts, UiLang};
use crate::query::SortOrder;
use crate::view::state::Action;

/// Properties of [`SortSelect`].
#[derive(Properties, PartialEq)]
pub struct SortSelectProps {
    /// The current order.
    pub sort: SortOrder,
    /// The interface language.
    pub lang: UiLang,
    /// Receives [`Action::SetSort`].
    pub on_action: Callback<Action>,
}

fn label(sort: SortOrder, texts: &Texts) -> &'static str {
    match sort {
        SortOrder::Relevance => texts.sort_relevance,
        SortOrder::Newest => texts.sort_newest,
        SortOrder::Oldest => texts.sort_oldest,
        SortOrder::Title => texts.sort_title,
    }
}

/// A labelled select of [`SortOrder::ALL`].
#[component]
pub fn SortSelect(props: &SortSelectProps) -> Html {
    let texts = props.lang.texts();
    let select = use_node_ref();
    super::hooks::use_select_value(select.clone(), props.sort.code().to_owned());
    let onchange = super::select_value::on_choice(&SortOrder::ALL, props.on_action.clone(), Action::SetSort);
    html! {
        <label class="np-select">
            <span class="np-select__label">{ texts.sort_label }</span>
            <select class="np-select__input" ref={select} {onchange}>
                { for SortOrder::ALL.iter().map(|&sort| html! {
                    <option value={sort.code()} selected={sort == props.sort}>{ label(sort, texts) }</option>
                }) }
            </select>
        </label>
    }
}
