//! The timeline: a histogram of the partnerships active per year (among
//! those matching every other filter) with two handles that set the same
//! year range as the selects — by dragging (committed on release, one
//! history entry) or by keyboard (arrows, Page Up/Down, Home/End).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::query::YearRange;
use crate::search::Results;
use crate::view::state::Action;
use crate::view::timeline::{handle_text, key_step, move_handle, timeline, Frame, Handle};
use crate::view::Shared;

/// The drawing, in viewBox units; the handles' knobs sit below the bars.
const FRAME: Frame = Frame { width: 1000, top: 10, base: 210 };
/// The attribute naming a handle, read by the pointer and key listeners.
const HANDLE_ATTRIBUTE: &str = "data-np-handle";

/// Properties of [`TimelineChart`].
#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// The results: their per-year counts.
    pub results: Shared<Results>,
    /// The chosen years.
    pub years: YearRange,
    /// The axis: the years the selects offer.
    pub bounds: (u16, u16),
    /// The interface language.
    pub lang: UiLang,
    /// Receives [`Action::SetYears`].
    pub on_action: Callback<Action>,
}

/// The histogram with its two range handles.
#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let texts = props.lang.texts();
    let svg = use_node_ref();
    // While a handle is dragged: which one, and the range it would set.
    let drag = use_state(|| None::<(Handle, YearRange)>);
    let range = drag.map_or(props.years, |(_, range)| range);
    let view = Rc::new(timeline(&props.results.years, range, props.bounds, props.lang));
    let bounds = view.bounds();
    let handle_of = |event: &Event| match crate::web::dom::closest_attribute(event, HANDLE_ATTRIBUTE).as_deref() {
        Some("from") => Some(Handle::From),
        Some("to") => Some(Handle::To),
        _ => None,
    };

    let onpointerdown = {
        let (svg, drag, years, view) = (svg.clone(), drag.clone(), props.years, Rc::clone(&view));
        Callback::from(move |event: PointerEvent| {
            let Some(fraction) = crate::web::dom::pointer_fraction(&event, &svg) else { return };
            let year = view.year_at(fraction);
            let handle = handle_of(&event).unwrap_or_else(|| view.nearer_handle(year));
            event.prevent_default();
            crate::web::dom::capture_pointer(&event, &svg);
            drag.set(Some((handle, move_handle(years, handle, year, bounds))));
        })
    };
    let onpointermove = {
        let (svg, drag, years, view) = (svg.clone(), drag.clone(), props.years, Rc::clone(&view));
        Callback::from(move |event: PointerEvent| {
            let Some((handle, _)) = *drag else { return };
            let Some(fraction) = crate::web::dom::pointer_fraction(&event, &svg) else { return };
            drag.set(Some((handle, move_handle(years, handle, view.year_at(fraction), bounds))));
        })
    };
    // The drag commits once, on release: one filter change, one history entry.
    let release = {
        let (drag, on_action, years) = (drag.clone(), props.on_action.clone(), props.years);
        Callback::from(move |_: PointerEvent| {
            if let Some((_, range)) = *drag {
                if range != years {
                    on_action.emit(Action::SetYears(range));
                }
                drag.set(None);
            }
        })
    };
    let onkeydown = {
        let (on_action, years) = (props.on_action.clone(), props.years);
        Callback::from(move |event: KeyboardEvent| {
            let Some(handle) = handle_of(&event) else { return };
            if let Some(next) = key_step(years, handle, &event.key(), bounds) {
                event.prevent_default();
                if next != years {
                    on_action.emit(Action::SetYears(next));
                }
            }
        })
    };

    let (from_x, to_x) = view.handle_xs(FRAME);
    let handle = |which: Handle, x: usize, value: u16, (min, max): (u16, u16)| {
        let (code, label) = match which {
            Handle::From => ("from", texts.year_from),
            Handle::To => ("to", texts.year_to),
        };
        html! {
            <g class="np-timeline__handle" data-np-handle={code} role="slider" tabindex="0" transform={format!("translate({x} 0)")}
                aria-label={format!("{}: {label}", texts.years)} aria-orientation="horizontal"
                aria-valuemin={min.to_string()} aria-valuemax={max.to_string()} aria-valuenow={value.to_string()}
                aria-valuetext={handle_text(range, which, texts)}>
                <line x1="0" x2="0" y1="10" y2="262" />
                <circle class="np-timeline__hit" cx="0" cy="262" r="80" />
                <circle class="np-timeline__knob" cx="0" cy="262" r="30" />
            </g>
        }
    };
    let (inside, outside) = view.bar_paths(FRAME);
    html! {
        <div class="np-timeline">
            <p class="np-visually-hidden">{ &view.summary }</p>
            <svg class="np-timeline__svg" viewBox="0 0 1000 342" ref={svg}
                {onpointerdown} {onpointermove} onpointerup={release.clone()} onpointercancel={release} {onkeydown}>
                <g aria-hidden="true">
                    <path class="np-timeline__bars" d={outside} />
                    <path class="np-timeline__bars np-timeline__bars--in" d={inside} />
                    <line class="np-timeline__axis" x1="0" x2="1000" y1="210" y2="210" />
                </g>
                { handle(Handle::From, from_x, view.from, (bounds.0, view.to)) }
                { handle(Handle::To, to_x, view.to, (view.from, bounds.1)) }
            </svg>
            <div class="np-timeline__ends" aria-hidden="true">
                <span>{ bounds.0 }</span>
                <span>{ bounds.1 }</span>
            </div>
            if let Some(note) = &view.undated {
                <p class="np-timeline__note">{ note }</p>
            }
        </div>
    }
}
