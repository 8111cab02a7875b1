//! "Download CSV", "Download JSON" and "Copy link": the results as they are
//! now (every match, in the shown order), taken away or shared.

use yew::prelude::*;

use crate::export::{file_name, Format};
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::query::url_state::WidgetAddress;
use crate::query::Query;
use crate::search::Results;
use crate::view::Shared;
use crate::view::UrlSyncHandle;

use super::use_copy_link;

/// Properties of [`ViewActions`].
#[derive(Properties, PartialEq)]
pub struct ViewActionsProps {
    /// The records the results point into.
    pub data: Shared<Dataset>,
    /// The current results: what the files hold.
    pub results: Shared<Results>,
    /// The current query: what the file names and the link say.
    pub query: Query,
    /// The address bar, if the widget keeps its query there; without it
    /// there is no link to copy and the button is not shown.
    #[prop_or_default]
    pub url: Option<UrlSyncHandle>,
    /// The interface language.
    pub lang: UiLang,
}

/// The save and share buttons, with a status line for the copy.
#[component]
pub fn ViewActions(props: &ViewActionsProps) -> Html {
    let texts = props.lang.texts();
    let anchor = use_node_ref();
    let save = |format: Format| {
        let (data, results, query, anchor) =
            (props.data.clone(), props.results.clone(), props.query.clone(), anchor.clone());
        Callback::from(move |_: MouseEvent| {
            let records = results.hits.iter().filter_map(|hit| data.records.get(hit.record));
            let name = file_name(&query, &crate::web::save::local_date(), format.extension());
            crate::web::save::offer_file(&anchor, &name, format.media_type(), &format.write(records));
        })
    };
    let (on_csv, on_json) = (save(Format::Csv), save(Format::Json));
    // The view's link: its query, never an open partnership's details.
    let link = props.url.as_ref().and_then(|url| url.0.link(&WidgetAddress::from(props.query.clone())));
    let copy_link = use_copy_link(link.map(AttrValue::from), texts.copy_link, props.lang);
    html! {
        <div class="np-view-actions" role="group" aria-label={texts.view_actions} ref={anchor}>
            // "Download: CSV JSON Copy link" fits a phone's line; each button's
            // name still says what it does (and contains its visible text).
            <span class="np-view-actions__label" aria-hidden="true">{ texts.download }</span>
            <button type="button" class="np-link-button" aria-label={texts.save_csv} onclick={on_csv}>{ "CSV" }</button>
            <button type="button" class="np-link-button" aria-label={texts.save_json} onclick={on_json}>{ "JSON" }</button>
            { copy_link }
        </div>
    }
}
