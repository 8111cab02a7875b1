//! The gate between a mounted widget and its data: a loading line while the
//! data is on its way, the [`Widget`] once it is read, a clear error if it
//! cannot be.

use yew::prelude::*;

use super::data_error::data_error;
use super::landmark_label;
use super::Widget;
use crate::embed::settings::Settings;
use crate::model::RecordId;
use crate::view::report::WidgetReport;
use crate::view::{DataState, UrlSyncHandle};

/// Properties of [`DataGate`].
#[derive(Properties, PartialEq)]
pub struct DataGateProps {
    /// The data, or why there is none yet.
    pub state: DataState,
    /// How the widget looks and opens.
    #[prop_or_default]
    pub settings: Settings,
    /// Keeps the query in the page address.
    #[prop_or_default]
    pub url: Option<UrlSyncHandle>,
    /// Notices for editors, shown above the results (ignored settings).
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    /// Render every result, not just the first pages (while printing).
    #[prop_or_default]
    pub show_all: bool,
    /// Hears the view after every change (see [`Widget`]'s `on_change`).
    #[prop_or_default]
    pub on_change: Option<Callback<WidgetReport>>,
    /// Hears a partnership's details open and close (see [`Widget`]'s `on_open`).
    #[prop_or_default]
    pub on_open: Option<Callback<Option<RecordId>>>,
}

/// The widget, a loading line, or a clear error, by the state of the data.
#[component]
pub fn DataGate(props: &DataGateProps) -> Html {
    data_gate(props)
}

/// [`DataGate`]'s view, which the embedded widget calls directly (one
/// component fewer in the wasm: its machinery costs more than its view).
pub(super) fn data_gate(props: &DataGateProps) -> Html {
    let settings = &props.settings;
    match &props.state {
        DataState::Loading => {
            html! {
                <section class="np-widget" data-theme={settings.theme.code()} lang={settings.lang.tag()} aria-label={landmark_label(settings.title.as_ref(), settings.lang)}>
                    <p class="np-count" role="status">{ settings.lang.texts().loading }</p>
                </section>
            }
        }
        DataState::Ready(data, index) => html! {
            <Widget data={data.clone()} index={index.clone()} settings={settings.clone()} url={props.url.clone()}
                notices={props.notices.clone()} show_all={props.show_all}
                on_change={props.on_change.clone()} on_open={props.on_open.clone()} />
        },
        DataState::Failed(failure) => data_error(*failure, settings),
    }
}
