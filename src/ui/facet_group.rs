//! One facet as a fieldset of checkboxes with live counts; long lists show
//! the first few values and a "Show more" button; the group folds shut.

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::query::Facet;
use crate::search::FacetCount;
use crate::view::filters::{facet_title, visible_values};
use crate::view::state::Action;

/// What [`facet_group`] shows.
pub(super) struct FacetGroupProps<'a> {
    /// Which facet.
    pub(super) facet: Facet,
    /// Its values with counts, as the engine lists them.
    pub(super) values: &'a [FacetCount],
    /// Whether every value is listed.
    pub(super) expanded: bool,
    /// Whether the group is folded shut.
    pub(super) collapsed: bool,
    /// The interface language.
    pub(super) lang: UiLang,
    /// Receives toggles and the group's own actions.
    pub(super) on_action: Callback<Action>,
}

/// A facet group.
pub(super) fn facet_group(props: &FacetGroupProps<'_>) -> Html {
    let texts = props.lang.texts();
    let facet = props.facet;
    let n_selected = props.values.iter().filter(|v| v.selected).count();
    let (shown, n_hidden) = visible_values(props.values, props.expanded);
    let on_fold = props.on_action.reform(move |_: MouseEvent| Action::ToggleCollapsed(facet));
    let on_more = props.on_action.reform(move |_: MouseEvent| Action::ToggleExpanded(facet));
    html! {
        <fieldset key={facet.param()} class={classes!("np-facet", props.collapsed.then_some("np-facet--collapsed"))}>
            <legend class="np-facet__legend">
                <button type="button" class="np-facet__toggle" aria-expanded={(!props.collapsed).to_string()} onclick={on_fold}>
                    <span class="np-facet__title">{ facet_title(facet, texts) }</span>
                    if n_selected > 0 {
                        <span class="np-facet__selected">{ texts.selected_count.replace("{n}", &n_selected.to_string()) }</span>
                    }
                </button>
            </legend>
            if !props.collapsed {
                if let Some(help) = facet.spec().help {
                    <p class="np-facet__help">{ help(texts) }</p>
                }
                <ul class="np-facet__values">
                    { for shown.into_iter().map(|v| {
                        let value = v.value.clone();
                        let onchange = props.on_action.reform(move |_: Event| Action::Toggle(value.clone()));
                        html! {
                            <li class="np-facet__value" key={v.value.code().to_owned()}>
                                <label class={classes!("np-check", (v.count == 0 && !v.selected).then_some("np-check--empty"))}>
                                    <input type="checkbox" class="np-check__box" checked={v.selected} {onchange} />
                                    <span class="np-check__label">{ v.value.label(props.lang).to_owned() }</span>
                                    <span class="np-check__count">{ v.count }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ul>
                if n_hidden > 0 || props.expanded && props.values.len() > crate::view::state::FACET_PREVIEW {
                    <button type="button" class="np-link-button" aria-expanded={props.expanded.to_string()} onclick={on_more}>
                        { if props.expanded { texts.show_fewer_values.to_owned() } else { format!("{} ({n_hidden})", texts.show_more_values) } }
                    </button>
                }
            }
        </fieldset>
    }
}
