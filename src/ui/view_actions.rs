//! "Download CSV", "Download JSON" and "Copy link": the results as they are
//! now (every match, in the shown order), taken away or shared.

use std::rc::Rc;

use yew::prelude::*;

use crate::export::{file_name, Format};
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::query::Query;
use crate::search::Results;
use crate::view::UrlSyncHandle;

/// Properties of [`ViewActions`].
#[derive(Properties, PartialEq)]
pub struct ViewActionsProps {
    /// The records the results point into.
    pub data: Rc<Dataset>,
    /// The current results: what the files hold.
    pub results: Rc<Results>,
    /// The current query: what the file names and the link say.
    pub query: Query,
    /// The address bar, if the widget keeps its query there; without it
    /// there is no link to copy and the button is not shown.
    #[prop_or_default]
    pub url: Option<UrlSyncHandle>,
    /// The interface language.
    pub lang: UiLang,
}

/// What the last "Copy link" did.
#[derive(Clone, PartialEq)]
enum Copied {
    Yes,
    /// It could not; the link is shown to copy by hand.
    No(AttrValue),
}

/// The save and share buttons, with a status line for the copy.
#[component]
pub fn ViewActions(props: &ViewActionsProps) -> Html {
    let texts = props.lang.texts();
    let anchor = use_node_ref();
    let copied = use_state(|| None::<Copied>);
    let save = |format: Format| {
        let (data, results, query, anchor) =
            (Rc::clone(&props.data), Rc::clone(&props.results), props.query.clone(), anchor.clone());
        Callback::from(move |_: MouseEvent| {
            let records = results.hits.iter().filter_map(|hit| data.records.get(hit.record));
            let name = file_name(&query, &crate::web::save::local_date(), format.extension());
            crate::web::save::offer_file(&anchor, &name, format.media_type(), &format.write(records));
        })
    };
    let (on_csv, on_json) = (save(Format::Csv), save(Format::Json));
    let link = props.url.as_ref().and_then(|url| url.0.link(&props.query));
    let copy = link.clone().map(|link| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, link) = (copied.clone(), link.clone());
            yew::platform::spawn_local(async move {
                let ok = crate::web::save::copy_text(&link).await;
                copied.set(Some(if ok { Copied::Yes } else { Copied::No(link.into()) }));
            });
        })
    });
    // The link to copy by hand is focused and selected: Ctrl+C is all it takes.
    let fallback = use_node_ref();
    {
        let fallback = fallback.clone();
        use_effect_with((*copied).clone(), move |copied| {
            if matches!(copied, Some(Copied::No(_))) {
                crate::web::dom::focus_and_select(&fallback);
            }
        });
    }
    // A status about an earlier view is stale once the view changes.
    {
        let copied = copied.clone();
        use_effect_with(props.query.clone(), move |_| copied.set(None));
    }
    html! {
        <div class="np-view-actions" role="group" aria-label={texts.view_actions} ref={anchor}>
            <button type="button" class="np-link-button" onclick={on_csv}>{ texts.save_csv }</button>
            <button type="button" class="np-link-button" onclick={on_json}>{ texts.save_json }</button>
            if let Some(onclick) = copy {
                <button type="button" class="np-link-button" {onclick}>{ texts.copy_link }</button>
            }
            <span class="np-view-actions__status" aria-live="polite">
                if *copied == Some(Copied::Yes) { { texts.link_copied } }
            </span>
            if let Some(Copied::No(link)) = &*copied {
                <label class="np-view-actions__link">
                    <span>{ texts.copy_this_link }</span>
                    <input type="text" readonly=true value={link.clone()} ref={fallback} />
                </label>
            }
        </div>
    }
}
