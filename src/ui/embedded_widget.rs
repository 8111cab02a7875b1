//! A widget on a host page, as the web layer mounts it: it owns the widget's
//! data — the bundled set, or the editor's `data-src` fetched — and shows a
//! [`DataGate`] in the matching state.

use std::rc::Rc;

use yew::prelude::*;

use super::data_gate::data_gate;
use super::hooks::use_printing;
use super::DataGateProps;
use crate::view::{starting_address, DataState};
use crate::web::session::{self, LoadPlan};
use crate::web::{loading, MountRequest, Unmount, WidgetContext};

/// Properties of [`EmbeddedWidget`].
#[derive(Properties)]
pub struct EmbeddedWidgetProps {
    /// The settings and context the web layer read from the host page.
    pub context: Rc<WidgetContext>,
}

impl PartialEq for EmbeddedWidgetProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.context, &other.context)
    }
}

/// Starts an `EmbeddedWidget` for the web layer (see [`crate::web::set_renderer`]).
pub fn render_embedded(request: MountRequest) -> Unmount {
    let props = EmbeddedWidgetProps { context: Rc::new(request.context) };
    let app = yew::Renderer::<EmbeddedWidget>::with_root_and_props(request.root, props).render();
    Box::new(move || app.destroy())
}

/// A mounted widget with its data.
#[component]
pub fn EmbeddedWidget(props: &EmbeddedWidgetProps) -> Html {
    let context = &props.context;
    let state = {
        let context = Rc::clone(context);
        use_state(move || match context.src {
            Some(_) => DataState::Loading,
            None => loading::compiled_in(&context.options, context.settings.today_year.unwrap_or_default()),
        })
    };
    {
        // The widget's one loading session: it owns fetching, reading and
        // indexing, hands over each new state, and is cancelled (download
        // aborted, every remaining slice stopped) when the widget goes.
        let (state, context) = (state.clone(), Rc::clone(context));
        use_effect_with(context.src.clone(), move |src| {
            let session = src.clone().map(|source| {
                let plan = LoadPlan {
                    source,
                    options: context.options.clone(),
                    today: context.settings.today_year.unwrap_or_default(),
                    lang: context.settings.lang,
                    start: starting_address(context.url.as_ref(), &context.settings.initial_query).query,
                };
                session::start(plan, move |next| state.set(next))
            });
            move || drop(session)
        });
    }
    // A failure has no cards to wait for: it shows at once, in place of a prerendered view.
    {
        let root = context.root.clone();
        let failed = matches!(*state, DataState::Failed(_));
        use_effect_with(failed, move |failed| {
            if *failed {
                crate::web::first_view::take_over(&root);
            }
        });
    }
    // The host page hears what happens: DOM events on the placeholder.
    let events = {
        let root = context.root.clone();
        use_memo((), move |()| crate::web::events::HostEvents::new(&root))
    };
    // Printing lists every filtered partnership, not just the rendered page.
    let printing = use_printing();
    // The published widget shows once its language's texts are here (embed.js
    // usually fetched them beside the wasm); until then a prerendered first
    // view stays, and if they cannot be had it speaks English.
    let texts_ready = {
        let lang = context.settings.lang;
        let ready = use_state(move || lang.has_texts());
        let setter = ready.setter();
        use_effect_with(lang, move |lang| {
            if !lang.has_texts() {
                crate::web::texts::when_ready(*lang, move |_| setter.set(true));
            }
        });
        *ready
    };
    if !texts_ready {
        return Html::default();
    }
    data_gate(&DataGateProps {
        state: (*state).clone(),
        settings: context.settings.clone(),
        url: context.url.clone(),
        notices: context.notices.clone(),
        show_all: printing,
        on_change: Some(events.on_change.clone()),
        on_open: Some(events.on_open.clone()),
    })
}
