//! The gate between a mounted widget and its data: a loading line while the
//! data is on its way, the [`Widget`] once it is read, a clear error if it
//! cannot be.

use std::rc::Rc;

use yew::prelude::*;

use super::{DataError, Widget};
use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::query::Query;
use crate::view::{DataState, UrlSyncHandle};

/// Properties of [`DataGate`].
#[derive(Properties, PartialEq)]
pub struct DataGateProps {
    /// The data, or why there is none yet.
    pub state: DataState,
    /// The interface language.
    #[prop_or_default]
    pub lang: UiLang,
    /// Keeps the query in the page address.
    #[prop_or_default]
    pub url: Option<UrlSyncHandle>,
    /// The current year.
    #[prop_or_default]
    pub today_year: Option<u16>,
    /// The colour theme.
    #[prop_or_default]
    pub theme: Theme,
    /// Cards per page.
    #[prop_or(crate::view::state::PAGE_SIZE)]
    pub page_size: usize,
    /// The view to start with when the address holds none.
    #[prop_or_default]
    pub initial_query: Query,
    /// Notices for editors, shown above the results (ignored settings).
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    /// Render every result, not just the first pages (while printing).
    #[prop_or_default]
    pub show_all: bool,
    /// The heading and landmark name; by default the interface language's.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The level of the widget's heading.
    #[prop_or(crate::embed::options::DEFAULT_HEADING_LEVEL)]
    pub heading_level: u8,
    /// Show the map of countries.
    #[prop_or(true)]
    pub map: bool,
    /// Show the timeline.
    #[prop_or(true)]
    pub timeline: bool,
}

/// The widget, a loading line, or a clear error, by the state of the data.
#[component]
pub fn DataGate(props: &DataGateProps) -> Html {
    match &props.state {
        DataState::Loading => {
            let texts = props.lang.texts();
            html! {
                <section class="np-widget" data-theme={props.theme.code()} lang={props.lang.tag()} aria-label={props.title.clone().unwrap_or(AttrValue::Static(texts.widget_label))}>
                    <p class="np-count" role="status">{ texts.loading }</p>
                </section>
            }
        }
        DataState::Ready(data, index) => html! {
            <Widget data={Rc::clone(data)} index={index.clone()} lang={props.lang} url={props.url.clone()} today_year={props.today_year} theme={props.theme}
                page_size={props.page_size} initial_query={props.initial_query.clone()}
                notices={props.notices.clone()} show_all={props.show_all} title={props.title.clone()}
                heading_level={props.heading_level} map={props.map} timeline={props.timeline} />
        },
        DataState::Failed(failure) => {
            html! { <DataError failure={*failure} lang={props.lang} theme={props.theme} title={props.title.clone()} /> }
        }
    }
}
