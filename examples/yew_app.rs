//! The Rust developers' quick start, in full: your own Yew app renders the
//! widget as a component — your own data, a Swedish interface, a starting
//! filter — and hears what the visitor does: a heading that follows
//! `on_results`, a line that follows `on_open`, and a button that sets the
//! view (controlled mode: the app holds the query, `on_query` keeps it in
//! step). The widget brings its own styles. `./dev test` builds it for the
//! browser and tests it (`examples/yew-app/index.html`); natively it only has
//! to compile.

use std::rc::Rc;

use nordic_partnerships::embed::settings::Settings;
use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::load;
use nordic_partnerships::model::{FocusArea, RecordId, Status};
use nordic_partnerships::query::{FacetValue, Query};
use nordic_partnerships::ui::Widget;
use nordic_partnerships::view::report::ResultCount;
use yew::prelude::*;

/// The app's own partnerships (three, in the widget's schema).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const OUR_DATA: &str = include_str!("yew-app/our-partnerships.json");

/// The host application: its heading, the widget, and what it hears.
#[component]
fn App() -> Html {
    // Read once; a file that cannot be read shows no partnerships (`load::load` says why).
    let data = use_memo((), |_| load::load(OUR_DATA).unwrap_or_default());
    let query = use_state(|| Query::new().with(FacetValue::FocusArea(FocusArea::DigitalHealth)));
    let count = use_state(|| None::<ResultCount>);
    let open = use_state(|| None::<RecordId>);
    let on_query = {
        let query = query.clone();
        Callback::from(move |q: Query| query.set(q))
    };
    let on_results = {
        let count = count.clone();
        Callback::from(move |c: ResultCount| count.set(Some(c)))
    };
    let on_open = {
        let open = open.clone();
        Callback::from(move |id: Option<RecordId>| open.set(id))
    };
    let only_completed = {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| query.set(Query::new().with(FacetValue::Status(Status::Completed))))
    };
    let heading = match *count {
        Some(ResultCount { count, total }) => format!("Våra partnerskap: {count} av {total}"),
        None => "Våra partnerskap".to_owned(),
    };
    html! {
        <main class="app">
            <h1 id="app-heading">{ heading }</h1>
            <p id="app-open">
                if let Some(id) = &*open {
                    { "Öppet: " }<a href={format!("#{id}", id = id.as_str())}>{ id.as_str() }</a>
                } else {
                    { "Inget partnerskap öppet" }
                }
            </p>
            <button type="button" id="app-completed" onclick={only_completed}>{ "Visa avslutade" }</button>
            <Widget
                data={Rc::clone(&data)}
                settings={Settings { lang: UiLang::Sv, page_size: 6, title: Some("Våra partnerskap".to_owned()), ..Settings::default() }}
                query={(*query).clone()}
                {on_query}
                {on_results}
                {on_open}
            />
        </main>
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) {
        yew::Renderer::<App>::with_root(root).render();
    }
}
