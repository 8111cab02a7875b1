//! The results as a responsive, keyed grid, rendered a page at a time.

use std::rc::Rc;

use yew::prelude::*;

use super::Card;
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::search::Results;
use crate::view::state::Action;

/// Properties of [`CardGrid`].
#[derive(Properties, PartialEq)]
pub struct CardGridProps {
    /// The data the hits point into.
    pub data: Rc<Dataset>,
    /// The hits, in order.
    pub results: Rc<Results>,
    /// How many cards to render.
    pub n_visible: usize,
    /// How many cards "Show more" adds.
    pub page_size: usize,
    /// The level of the widget's heading; card titles sit one below.
    pub heading_level: u8,
    /// The interface language.
    pub lang: UiLang,
    /// Receives "Show more" and "Details".
    pub on_action: Callback<Action>,
}

/// The first `n_visible` hits as cards, then "Show N more".
#[component]
pub fn CardGrid(props: &CardGridProps) -> Html {
    let texts = props.lang.texts();
    let total = props.results.total();
    let n_more = total.saturating_sub(props.n_visible).min(props.page_size);
    let on_more = props.on_action.reform(|_: MouseEvent| Action::ShowMore);
    html! {
        <>
            <ul class="np-grid">
                { for props.results.hits.iter().take(props.n_visible).filter_map(|hit| {
                    let record = props.data.records.get(hit.record)?;
                    Some(html! {
                        <li class="np-grid__item" key={record.id.as_str()}>
                            <Card data={Rc::clone(&props.data)} index={hit.record} results={Rc::clone(&props.results)}
                                heading_level={props.heading_level} lang={props.lang} on_action={props.on_action.clone()} />
                        </li>
                    })
                }) }
            </ul>
            if n_more > 0 {
                <div class="np-more">
                    <button type="button" class="np-button np-button--wide" onclick={on_more}>
                        { texts.show_more_results.replace("{n}", &n_more.to_string()) }
                    </button>
                </div>
            }
        </>
    }
}
