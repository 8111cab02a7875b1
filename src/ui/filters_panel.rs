//! The filter panel: every facet group and the year range. Beside the
//! results on wide screens; behind the "Filters (n)" button on narrow ones.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::{CountryMap, FacetGroup, YearRange};
use crate::i18n::UiLang;
use crate::query::{Facet, YearRange as Years};
use crate::search::Results;
use crate::view::state::Action;

/// Properties of [`FiltersPanel`].
#[derive(Properties, PartialEq)]
pub struct FiltersPanelProps {
    /// The results, for facet counts.
    pub results: Rc<Results>,
    /// The chosen years.
    pub years: Years,
    /// The years the range offers.
    pub year_bounds: (u16, u16),
    /// Facet groups listing all values.
    pub expanded: BTreeSet<Facet>,
    /// Facet groups folded shut.
    pub collapsed: BTreeSet<Facet>,
    /// Whether the panel is open on small screens.
    pub open: bool,
    /// The interface language.
    pub lang: UiLang,
    /// Receives every filter action.
    pub on_action: Callback<Action>,
    /// Show the map of countries above the facet groups.
    #[prop_or(true)]
    pub map: bool,
    /// Show the timeline above the year selects.
    #[prop_or(true)]
    pub timeline: bool,
}

/// The panel of facet groups.
#[component]
pub fn FiltersPanel(props: &FiltersPanelProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <div class={classes!("np-filters", props.open.then_some("np-filters--open"))} role="group" aria-label={texts.filters}>
            if props.map {
                <CountryMap results={Rc::clone(&props.results)} lang={props.lang} on_action={props.on_action.clone()} />
            }
            { for Facet::ALL.iter().map(|&facet| html! {
                <FacetGroup key={facet.param()} {facet} values={props.results.facet(facet).to_vec()}
                    expanded={props.expanded.contains(&facet)} collapsed={props.collapsed.contains(&facet)}
                    lang={props.lang} on_action={props.on_action.clone()} />
            }) }
            <YearRange years={props.years} bounds={props.year_bounds} lang={props.lang} on_action={props.on_action.clone()}
                timeline={props.timeline.then(|| Rc::clone(&props.results))} />
        </div>
    }
}
