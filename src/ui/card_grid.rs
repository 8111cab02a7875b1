//! The results as a responsive, keyed grid, rendered a page at a time. The
//! first page fills over a few frames, so no task of a widget's start-up
//! blocks the page for long. Each card is HTML written by
//! [`crate::view::card_markup`] and placed whole (one parse instead of a
//! hundred DOM calls per card); one click listener on the grid serves every
//! card's "Details" button.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::SafeMarkup;
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::search::Results;
use crate::view::card_markup::{self, CardContext, OPEN_ATTRIBUTE};
use crate::view::state::Action;
use crate::view::Shared;

/// Cards the first page adds per frame. Measured at 10 000 records, all 24
/// cards at once made one ~75 ms task of DOM work and one ~85 ms of layout;
/// a third of them per frame keeps each well under 50 ms.
const CARDS_PER_FRAME: usize = 8;

/// Properties of [`CardGrid`].
#[derive(Properties, PartialEq)]
pub struct CardGridProps {
    /// The data the hits point into.
    pub data: Shared<Dataset>,
    /// The hits, in order.
    pub results: Shared<Results>,
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
    let wanted = props.n_visible.min(total);
    // While the first page fills: how many of its cards are rendered yet.
    // Once it is full, every change renders at once (a "Show more" moves
    // focus to the first new card, which must exist then).
    // A widget that opens while printing renders everything at once.
    // Rendered to a string (natively: the prerendered view), there are no frames: all at once.
    let filling =
        use_state(|| (cfg!(target_arch = "wasm32") && props.n_visible != usize::MAX).then_some(CARDS_PER_FRAME));
    {
        let filling = filling.clone();
        use_effect_with(*filling, move |now| match *now {
            Some(n) if n >= wanted => filling.set(None),
            Some(n) => spawn_local(async move {
                crate::web::pacing::after_next_frame().await;
                filling.set(Some(n + CARDS_PER_FRAME));
            }),
            None => {}
        });
    }
    let n_rendered = filling.map_or(wanted, |n| n.min(wanted));
    let busy = n_rendered < wanted;
    // The first page is in: the live widget can take the prerendered view's place.
    let grid = use_node_ref();
    {
        let grid = grid.clone();
        use_effect_with(busy, move |busy| {
            if let (false, Some(node)) = (*busy, grid.get()) {
                crate::web::first_view::take_over(&node);
            }
        });
    }
    let n_more = total.saturating_sub(props.n_visible).min(props.page_size);
    let on_more = props.on_action.reform(|_: MouseEvent| Action::ShowMore);
    let on_open = {
        let (on_action, data) = (props.on_action.clone(), props.data.clone());
        Callback::from(move |event: MouseEvent| {
            let opened =
                crate::web::dom::closest_attribute(&event, OPEN_ATTRIBUTE).and_then(|i| i.parse::<usize>().ok());
            if let Some(record) = opened.and_then(|i| data.records.get(i)) {
                on_action.emit(Action::OpenDetails(record.id.clone()));
            }
        })
    };
    let cx = CardContext { lang: props.lang, heading_level: props.heading_level, href: &crate::web::links::safe_href };
    html! {
        <>
            <ul class="np-grid" ref={grid} aria-busy={busy.then_some("true")} onclick={on_open}>
                { for props.results.hits.iter().take(n_rendered).filter_map(|hit| {
                    let record = props.data.records.get(hit.record)?;
                    let marks = props.results.highlights(record, props.lang);
                    Some(html! {
                        <li class="np-grid__item" key={record.id.as_str()}>
                            <SafeMarkup html={card_markup::card(record, hit.record, &marks, cx)} />
                        </li>
                    })
                }) }
            </ul>
            if n_more > 0 && !busy {
                <div class="np-more">
                    <button type="button" class="np-button np-button--wide" onclick={on_more}>
                        { texts.show_more_results.replace("{n}", &n_more.to_string()) }
                    </button>
                </div>
            }
        </>
    }
}
