//! A widget on a host page, as the web layer mounts it: it owns the widget's
//! data — the bundled set, or the editor's `data-src` fetched — and shows a
//! [`DataGate`] in the matching state.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::hooks::use_printing;
use super::DataGate;
use crate::embed::options::EmbedOptions;
use crate::embed::scope;
use crate::i18n::UiLang;
use crate::load::{load, Dataset, LoadError};
use crate::view::{DataState, Failure, UrlSyncHandle};
use crate::web::{console, fetch, DataSource, MountRequest, Unmount};

/// Properties of [`EmbeddedWidget`].
#[derive(Properties, PartialEq)]
pub struct EmbeddedWidgetProps {
    /// The validated settings.
    pub options: Rc<EmbedOptions>,
    /// Where the data comes from: the editor's `data-src`, or the published
    /// `partnerships.json`; `None` for the data compiled into the library.
    pub src: Option<DataSource>,
    /// The interface language chosen for this element.
    pub lang: UiLang,
    /// Address-bar syncing, if on.
    pub url: Option<UrlSyncHandle>,
    /// The current year.
    pub today_year: u16,
    /// Editor-facing notices (settings that were ignored).
    pub notices: Vec<AttrValue>,
    /// The heading and landmark name.
    pub title: Option<AttrValue>,
}

/// Starts an [`EmbeddedWidget`] for the web layer (see [`crate::web::set_renderer`]).
pub fn render_embedded(request: MountRequest) -> Unmount {
    let MountRequest { root, options, src, lang, url, today_year, notices, title } = request;
    let props = EmbeddedWidgetProps {
        options,
        src,
        lang,
        url,
        today_year,
        notices: notices.into_iter().map(AttrValue::from).collect(),
        title: title.map(AttrValue::from),
    };
    let app = yew::Renderer::<EmbeddedWidget>::with_root_and_props(root, props).render();
    Box::new(move || app.destroy())
}

/// A mounted widget with its data.
#[component]
pub fn EmbeddedWidget(props: &EmbeddedWidgetProps) -> Html {
    let state = {
        let options = Rc::clone(&props.options);
        let today = props.today_year;
        let has_src = props.src.is_some();
        use_state(move || match has_src {
            true => DataState::Loading,
            false => compiled_in(&options, today),
        })
    };
    {
        let (state, options, today) = (state.clone(), Rc::clone(&props.options), props.today_year);
        use_effect_with(props.src.clone(), move |src| {
            if let Some(src) = src.clone() {
                spawn_local(async move {
                    let next = match fetch::fetch_text(&src.address, src.integrity.as_deref()).await {
                        Ok(text) => ready(&src.address, load(&text), &options, today),
                        Err(error) => {
                            console::report_fetch_error(&src.address, &error);
                            DataState::Failed(error.failure())
                        }
                    };
                    state.set(next);
                });
            }
        });
    }
    // Printing lists every filtered partnership, not just the rendered page.
    let printing = use_printing();
    html! {
        <DataGate show_all={printing} state={(*state).clone()} lang={props.lang} url={props.url.clone()} today_year={props.today_year}
            theme={props.options.theme} page_size={props.options.page_size}
            initial_query={props.options.start.clone()} notices={props.notices.clone()}
            title={props.title.clone()} heading_level={props.options.heading_level} />
    }
}

/// The data compiled into the library, for a widget given no address (the
/// published widget always has one: `embed.js` passes its `partnerships.json`).
#[cfg(feature = "bundled-data")]
fn compiled_in(options: &EmbedOptions, today: u16) -> DataState {
    ready("bundled data", crate::load::bundled::dataset(), options, today)
}

#[cfg(not(feature = "bundled-data"))]
fn compiled_in(_: &EmbedOptions, _: u16) -> DataState {
    console::report_missing_data();
    DataState::Failed(Failure::Internal)
}

/// Reports a loaded file's problems and narrows it to the editor's scope.
fn ready(source: &str, loaded: Result<Dataset, LoadError>, options: &EmbedOptions, today: u16) -> DataState {
    match loaded {
        Ok(dataset) => {
            console::report_problems(source, &dataset.problems);
            DataState::Ready(Rc::new(scope::restrict(dataset, &options.scope, today)))
        }
        Err(error) => {
            console::report_error(source, &error);
            DataState::Failed(match error {
                LoadError::TooLarge { .. } => Failure::TooLarge,
                _ => Failure::Invalid,
            })
        }
    }
}
