//! The map facet: the five Nordic countries shaded by their live counts,
//! each a checkbox-like control that ticks the same country filter as its
//! checkbox (same state, same address, same chips), by click, Enter or Space.

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::model::Country;
use crate::query::FacetValue;
use crate::search::Results;
use crate::view::country_map::map_countries;
use crate::view::map_shapes::{SHAPES, VIEW_BOX};
use crate::view::state::Action;
use crate::view::Shared;

/// The attribute naming a country's code on its control, read by the one
/// click and key listener on the map.
const COUNTRY_ATTRIBUTE: &str = "data-np-country";

/// What [`country_map`] shows.
pub(super) struct CountryMapProps {
    /// The results, for the Country facet's counts and ticks.
    pub(super) results: Shared<Results>,
    /// The interface language.
    pub(super) lang: UiLang,
    /// Receives [`Action::Toggle`] of a country.
    pub(super) on_action: Callback<Action>,
}

/// An inline SVG map of Norway, Sweden, Denmark, Finland and Iceland.
pub(super) fn country_map(props: &CountryMapProps) -> Html {
    let texts = props.lang.texts();
    let countries = map_countries(&props.results, props.lang);
    let toggle = |on_action: &Callback<Action>, event: &Event| {
        let code = crate::web::dom::closest_attribute(event, COUNTRY_ATTRIBUTE);
        if let Some(country) = code.as_deref().and_then(Country::parse) {
            on_action.emit(Action::Toggle(FacetValue::Country(country)));
        }
    };
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: MouseEvent| toggle(&on_action, &event))
    };
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                // Space would scroll the page.
                event.prevent_default();
                toggle(&on_action, &event);
            }
        })
    };
    html! {
        <div class="np-map">
            <svg class="np-map__svg" viewBox={VIEW_BOX} role="group" aria-label={texts.map_label} {onclick} {onkeydown}>
                { for countries.into_iter().filter_map(|c| {
                    let shape = SHAPES.iter().find(|s| s.country == c.country)?;
                    let (x, y) = shape.label;
                    Some(html! {
                        <g class={classes!("np-map__country", c.selected.then_some("np-map__country--selected"))}
                            data-np-country={c.country.code()} data-shade={c.shade.to_string()}
                            role="checkbox" tabindex="0" aria-checked={c.selected.to_string()} aria-label={c.label}>
                            <path d={shape.path} />
                            <text x={x.to_string()} y={y.to_string()} aria-hidden="true">
                                { if c.selected { format!("✓ {}", c.count) } else { c.count.to_string() } }
                            </text>
                        </g>
                    })
                }) }
            </svg>
        </div>
    }
}
