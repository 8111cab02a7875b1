//! # nordic-partnerships
//!
//! A filterable card grid of Nordic health-innovation partnerships: a Yew
//! component for your own app, and the widget that `embed.js` mounts on any
//! web page. Everything an app needs is at the crate root (or in
//! [`prelude`]): [`Widget`] and its [`WidgetProps`], the data ([`Dataset`],
//! read by [`load::load`] or [`load::bundled`]), the [`Settings`] it opens
//! with, the [`Query`] it shows, and what it reports ([`WidgetReport`],
//! [`ResultCount`]).
//!
//! ## Quick start
//!
//! ```no_run
//! use std::rc::Rc;
//! use nordic_partnerships::prelude::*;
//! use yew::prelude::*;
//!
//! #[component]
//! fn App() -> Html {
//!     // Your own file in the documented schema; `load::bundled::dataset()` for the bundled one.
//!     let data = use_memo((), |_| load::load(include_str!("../data/partnerships.json")).unwrap_or_default());
//!     let count = use_state(|| None::<ResultCount>);
//!     let on_results = {
//!         let count = count.clone();
//!         Callback::from(move |c: ResultCount| count.set(Some(c)))
//!     };
//!     let start = Query::new().with(FacetValue::Country(Country::Se));
//!     html! {
//!         <>
//!             <h1>{ count.map_or(String::new(), |c| format!("{} of {}", c.count, c.total)) }</h1>
//!             <Widget data={Rc::clone(&data)} {on_results}
//!                 settings={Settings { lang: UiLang::Sv, initial_query: start, ..Settings::default() }} />
//!         </>
//!     }
//! }
//! ```
//!
//! `examples/yew_app.rs` is the same app in full (a heading that follows the
//! count, a line that follows the opened partnership, a controlled query).
//!
//! ## The props, with their defaults
//!
//! | prop | default | what it does |
//! |---|---|---|
//! | `data` | (required) | the [`Dataset`]: its valid records are shown, its problems counted |
//! | `settings` | [`Settings::default()`] | language (English), theme (the visitor's), 24 cards per page, starting [`Query`] (none), the current year (the data's latest), title (the language's), heading level 2, map and timeline on |
//! | `url` | `None` | keeps the view in the address bar: [`BrowserUrl`] or your own [`UrlSync`] |
//! | `styles` | `true` | adopts the widget's stylesheet into the document (or shadow root) |
//! | `query` | `None` | controlled mode: the widget shows this query and follows each new value |
//! | `on_query` | `None` | the [`Query`], at the start and after every change |
//! | `on_results` | `None` | the [`ResultCount`], at the start and after every change |
//! | `on_lang` | `None` | the [`UiLang`], at the start and when the visitor switches |
//! | `on_open` | `None` | the opened partnership's [`RecordId`], `None` when closed |
//! | `on_change` | `None` | all three at once, as a [`WidgetReport`] |
//!
//! A new `settings.lang` or `query` is followed; the other settings are read
//! when the widget starts.
//!
//! ## Styling
//!
//! The component brings its stylesheet (the one the published widget uses)
//! and adopts it once into the document or the shadow root it renders in: no
//! file to copy, and a strict Content-Security-Policy allows it (adopted
//! sheets need no `style-src`). Theme it with the `--np-*` custom properties
//! (README, "Theming"); `styles={false}` leaves styling to your app
//! (`static/widget.css` is the start).
//!
//! ## Features
//!
//! - `bundled-data` (default): the bundled partnerships compiled in
//!   ([`load::bundled`]). Turn it off if you bring your own data: the wasm
//!   is smaller by the data.
//! - `embed`: the published widget's JavaScript exports (`mount`,
//!   `mountAll`, …) for `embed.js`. Off for an app: it carries none of them
//!   and may export names of its own.
//! - `validator-page`, `synthetic`: the editors' validator page and the
//!   benchmarks' synthetic data; not for apps.
//!
//! ## A small build
//!
//! Cargo ignores a dependency's release profile, so copy this one into your
//! app's `Cargo.toml` (with it, the example app is about 190 KB gzipped,
//! without it over 330 KB):
//!
//! ```toml
//! [profile.release]
//! opt-level = "z"
//! lto = true
//! codegen-units = 1
//! panic = "abort"
//! strip = "debuginfo"
//! ```
//!
//! then `wasm-bindgen --target web` and `wasm-opt -Oz` over the result
//! (README, "For Rust developers", has the commands and the environment).
//!
//! ## Inside
//!
//! The crate is layered (see `ARCHITECTURE.md`); each module may use only the
//! ones listed before it, and `tests/tidy.rs` enforces it. Pure and tested
//! natively: [`model`] (records and safe links), `i18n` (interface
//! languages), `text` (folding, collation), `sheet` (the spreadsheet form),
//! [`load`] (JSON → records with problems), [`query`] (the query and its
//! address form), `search`, `export`, `view` (view state, wording), `embed`
//! (editors' settings). Then `web` (every call into the browser) and [`ui`]
//! (the components). The modules not linked here are the widget's own
//! machinery: public for its tools and tests, hidden from these docs.

// No panics on untrusted input: everything the widget runs reads data,
// settings or addresses from someone else, so the whole crate is denied the
// ways Rust code panics (tests/tidy.rs keeps this line here).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod model;

#[doc(hidden)]
pub mod i18n;

#[doc(hidden)]
pub mod text;

#[doc(hidden)]
pub mod sheet;

pub mod load;

pub mod query;

#[doc(hidden)]
pub mod search;

#[doc(hidden)]
pub mod export;

#[doc(hidden)]
pub mod view;

#[doc(hidden)]
pub mod embed;

#[cfg(feature = "synthetic")]
#[doc(hidden)]
pub mod synthetic;

#[doc(hidden)]
pub mod web;

pub mod ui;

pub use embed::settings::Settings;
pub use embed::theme::Theme;
pub use i18n::UiLang;
pub use load::{Dataset, LoadError};
pub use model::{Country, FocusArea, PartnerKind, PartnershipKind, RecordId, Status};
pub use query::{FacetValue, Query, SortOrder, YearRange};
pub use ui::{Widget, WidgetProps};
pub use view::report::{ResultCount, WidgetReport};
pub use view::{Shared, UrlSync, UrlSyncHandle};
pub use web::BrowserUrl;

/// Everything an app that renders the widget uses, in one import:
/// `use nordic_partnerships::prelude::*;`.
pub mod prelude {
    pub use crate::load;
    pub use crate::{
        BrowserUrl, Country, Dataset, FacetValue, FocusArea, PartnerKind, PartnershipKind, Query, RecordId,
        ResultCount, Settings, SortOrder, Status, Theme, UiLang, UrlSync, UrlSyncHandle, Widget, WidgetProps,
        WidgetReport, YearRange,
    };
}

/// Starts the browser module: lets the web layer mount embedded widgets. `main` of the Trunk-built binary calls it once,
/// before `embed.js` mounts anything.
#[doc(hidden)]
pub fn start() {
    web::set_renderer(ui::render_embedded);
}
