//! A widget on a host page, as the web layer mounts it: it owns the widget's
//! data — the bundled set, or the editor's `data-src` fetched — and shows a
//! [`DataGate`] in the matching state.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::use_printing;
use super::DataGate;
use crate::view::{starting_query, DataState};
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

/// Starts an [`EmbeddedWidget`] for the web layer (see [`crate::web::set_renderer`]).
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
            None => loading::compiled_in(&context.options, context.today_year),
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
                    today: context.today_year,
                    lang: context.lang,
                    start: starting_query(context.url.as_ref(), &context.options.start),
                };
                session::start(plan, move |next| state.set(next))
            });
            move || drop(session)
        });
    }
    // Printing lists every filtered partnership, not just the rendered page.
    let printing = use_printing();
    let options = &context.options;
    html! {
        <DataGate show_all={printing} state={(*state).clone()} lang={context.lang} url={context.url.clone()}
            today_year={context.today_year} theme={options.theme} page_size={options.page_size}
            initial_query={options.start.clone()} notices={context.notices.iter().map(|n| AttrValue::from(n.clone())).collect::<Vec<_>>()}
            title={context.title.clone().map(AttrValue::from)} heading_level={options.heading_level}
            map={options.map} timeline={options.timeline} />
    }
}
