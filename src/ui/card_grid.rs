//! The responsive grid of cards, keyed by record id.

use std::rc::Rc;

use yew::prelude::*;

use super::Card;
use crate::i18n::UiLang;
use crate::load::Dataset;

/// Properties of [`CardGrid`].
#[derive(Properties, PartialEq)]
pub struct CardGridProps {
    /// The data whose records are shown.
    pub data: Rc<Dataset>,
    /// The interface language.
    pub lang: UiLang,
}

/// Every record as a card, in data order.
#[component]
pub fn CardGrid(props: &CardGridProps) -> Html {
    html! {
        <ul class="np-grid">
            { for props.data.records.iter().enumerate().map(|(index, record)| html! {
                <li class="np-grid__item" key={record.id.as_str()}>
                    <Card data={Rc::clone(&props.data)} {index} lang={props.lang} />
                </li>
            }) }
        </ul>
    }
}
