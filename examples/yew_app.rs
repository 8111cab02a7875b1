//! The Rust developers' route: your own Yew app renders the widget as a
//! component with props — your data, and its settings as one value:
//! language, theme, page size, a starting view and a heading. `./dev test` builds it for the browser and tests it
//! (`examples/yew-app/index.html`); natively it only has to compile.

use std::rc::Rc;

use nordic_partnerships::embed::settings::Settings;
use nordic_partnerships::embed::theme::Theme;
use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::load::bundled;
use nordic_partnerships::model::FocusArea;
use nordic_partnerships::query::{FacetValue, Query};
use nordic_partnerships::ui::Widget;
use yew::prelude::*;

/// The host application: a heading of its own and the widget.
#[component]
fn App() -> Html {
    // Load once; `load::load(&text)` reads your own JSON the same way.
    let data = use_memo((), |_| bundled::dataset().unwrap_or_default());
    let start = Query::new().with(FacetValue::FocusArea(FocusArea::DigitalHealth));
    html! {
        <main class="app">
            <h1>{ "Terveysteknologian kumppanuudet" }</h1>
            <Widget
                data={Rc::clone(&data)}
                settings={Settings {
                    lang: UiLang::Fi,
                    theme: Theme::Light,
                    page_size: 6,
                    initial_query: start,
                    title: Some("Digitaalinen terveys Pohjoismaissa".to_owned()),
                    ..Settings::default()
                }}
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
