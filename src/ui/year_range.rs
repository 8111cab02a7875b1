//! The year range: the timeline (unless turned off) and two selects, each
//! with "any" as its first choice.

use yew::prelude::*;

use super::TimelineChart;
use crate::i18n::UiLang;
use crate::query::YearRange as Range;
use crate::search::Results;
use crate::view::state::Action;
use crate::view::Shared;

/// Properties of [`YearRangeFilter`].
#[derive(Properties, PartialEq)]
pub struct YearRangeFilterProps {
    /// The current range.
    pub years: Range,
    /// The first and last year offered.
    pub bounds: (u16, u16),
    /// The interface language.
    pub lang: UiLang,
    /// Receives [`Action::SetYears`].
    pub on_action: Callback<Action>,
    /// The results, for the timeline's counts; without them, no timeline.
    #[prop_or_default]
    pub timeline: Option<Shared<Results>>,
}

/// "Years active: From [any ▾] To [any ▾]".
#[component]
pub fn YearRangeFilter(props: &YearRangeFilterProps) -> Html {
    let texts = props.lang.texts();
    let (from_select, to_select) = (use_node_ref(), use_node_ref());
    let year_value = |year: Option<u16>| year.map(|y| y.to_string()).unwrap_or_default();
    super::hooks::use_select_value(from_select.clone(), year_value(props.years.from()));
    super::hooks::use_select_value(to_select.clone(), year_value(props.years.to()));
    let (first, last) = props.bounds;
    let years: Vec<u16> = (first..=last).collect();
    let pick = |years: Vec<u16>, current: Range, set_from: bool| {
        props.on_action.reform(move |e: Event| {
            // Index 0 is "any"; the rest follow `years`.
            let year =
                crate::web::dom::selected_index(&e).and_then(|i| i.checked_sub(1)).and_then(|i| years.get(i).copied());
            let range = if set_from { Range::new(year, current.to()) } else { Range::new(current.from(), year) };
            Action::SetYears(range)
        })
    };
    let select = |label: &'static str, chosen: Option<u16>, node: NodeRef, onchange: Callback<Event>| {
        html! {
            <label class="np-select np-select--year">
                <span class="np-select__label">{ label }</span>
                <select class="np-select__input" ref={node} {onchange}>
                    <option value="" selected={chosen.is_none()}>{ texts.any_year }</option>
                    { for years.iter().map(|&y| html! {
                        <option value={y.to_string()} selected={chosen == Some(y)}>{ y }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <fieldset class="np-facet np-years">
            <legend class="np-facet__legend">{ texts.years }</legend>
            if let Some(results) = &props.timeline {
                <TimelineChart results={results.clone()} years={props.years} bounds={props.bounds} lang={props.lang}
                    on_action={props.on_action.clone()} />
            }
            <div class="np-years__fields">
                { select(texts.year_from, props.years.from(), from_select, pick(years.clone(), props.years, true)) }
                { select(texts.year_to, props.years.to(), to_select, pick(years.clone(), props.years, false)) }
            </div>
        </fieldset>
    }
}
