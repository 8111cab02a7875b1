//! The component the web layer mounts: it owns a widget's data — the
//! bundled set, or the editor's `data-src` fetched here — and shows
//! [`Root`] in the right state (loading, ready, failed).

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::{console, fetch};
use crate::bundled;
use crate::embed_options::EmbedOptions;
use crate::i18n::UiLang;
use crate::load::{load, Dataset, LoadError};
use crate::scope;
use crate::ui::{DataState, Failure, Root, UrlSyncHandle};

/// Properties of [`Mounted`].
#[derive(Properties, PartialEq)]
pub struct MountedProps {
    /// The validated settings.
    pub options: Rc<EmbedOptions>,
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

/// A mounted widget with its data.
#[component]
pub fn Mounted(props: &MountedProps) -> Html {
    let state = {
        let options = Rc::clone(&props.options);
        let today = props.today_year;
        use_state(move || match &options.src {
            Some(_) => DataState::Loading,
            None => ready("bundled data", bundled::dataset(), &options, today),
        })
    };
    {
        let (state, options, today) = (state.clone(), Rc::clone(&props.options), props.today_year);
        use_effect_with(props.options.src.clone(), move |src| {
            if let Some(src) = src.clone() {
                spawn_local(async move {
                    let next = match fetch::fetch_text(&src).await {
                        Ok(text) => ready(&src, load(&text), &options, today),
                        Err(error) => {
                            console::report_fetch_error(&src, &error);
                            DataState::Failed(error.failure())
                        }
                    };
                    state.set(next);
                });
            }
        });
    }
    // Printing lists every filtered partnership, not just the rendered page.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let window = web_sys::window();
            let listeners = window.map(|w| {
                let (before, after) = (printing.clone(), printing);
                (
                    gloo::events::EventListener::new(&w, "beforeprint", move |_| before.set(true)),
                    gloo::events::EventListener::new(&w, "afterprint", move |_| after.set(false)),
                )
            });
            move || drop(listeners)
        });
    }
    html! {
        <Root show_all={*printing} state={(*state).clone()} lang={props.lang} url={props.url.clone()} today_year={props.today_year}
            theme={props.options.theme} page_size={props.options.page_size}
            initial_query={props.options.start.clone()} notices={props.notices.clone()}
            title={props.title.clone()} />
    }
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
