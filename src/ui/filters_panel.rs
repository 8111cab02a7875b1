//! The filter panel: every facet group and the year range. Beside the
//! results on wide screens; behind the "Filters (n)" button on narrow ones.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::country_map::{country_map, CountryMapProps};
use super::facet_group::{facet_group, FacetGroupProps};
use super::YearRangeFilter;
use crate::i18n::UiLang;
use crate::query::{Facet, YearRange as Years};
use crate::search::Results;
use crate::view::state::Action;
use crate::view::Shared;

/// What [`filters_panel`] shows.
pub(super) struct FiltersPanelProps {
    /// The results, for facet counts.
    pub(super) results: Shared<Results>,
    /// The chosen years.
    pub(super) years: Years,
    /// The years the range offers.
    pub(super) year_bounds: (u16, u16),
    /// Facet groups listing all values.
    pub(super) expanded: BTreeSet<Facet>,
    /// Facet groups folded shut.
    pub(super) collapsed: BTreeSet<Facet>,
    /// Whether the panel is open on small screens.
    pub(super) open: bool,
    /// The interface language.
    pub(super) lang: UiLang,
    /// Receives every filter action.
    pub(super) on_action: Callback<Action>,
    /// Show the map of countries above the facet groups.
    pub(super) map: bool,
    /// Show the timeline above the year selects.
    pub(super) timeline: bool,
}

/// The panel of facet groups.
pub(super) fn filters_panel(props: &FiltersPanelProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <div class={classes!("np-filters", props.open.then_some("np-filters--open"))} role="group" aria-label={texts.filters}>
            if props.map {
                { country_map(&CountryMapProps { results: props.results.clone(), lang: props.lang, on_action: props.on_action.clone() }) }
            }
            { for Facet::ALL.iter().map(|&facet| facet_group(&FacetGroupProps {
                facet,
                values: props.results.facet(facet),
                expanded: props.expanded.contains(&facet),
                collapsed: props.collapsed.contains(&facet),
                lang: props.lang,
                on_action: props.on_action.clone(),
            })) }
            <YearRangeFilter years={props.years} bounds={props.year_bounds} lang={props.lang} on_action={props.on_action.clone()}
                timeline={props.timeline.then(|| props.results.clone())} />
        </div>
    }
}
