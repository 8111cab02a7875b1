//! # nordic-partnerships
//!
//! A filterable card grid of Nordic health-innovation partnerships, as a Yew
//! component that mounts into any element, plus the pure data model, loader
//! and search engine it is built on.
//!
//! The crate is layered (see `ARCHITECTURE.md`); each module may use only the
//! ones listed before it, and `tests/tidy.rs` enforces it:
//!
//! - pure, tested natively: [`model`] (records and safe links), [`i18n`]
//!   (interface languages, which text a reader sees), [`text`] (folding,
//!   collation), [`sheet`] (the spreadsheet form of the data), [`load`] (JSON
//!   → records with problems, the bundled data), [`query`] (the query and its
//!   address form), [`search`], [`export`] (the view as CSV or JSON), [`view`] (view
//!   state, wording, failures), [`embed`] (editors' settings, theme, scope);
//! - [`web`]: every call into the browser (DOM, fetch, history, console);
//! - [`ui`]: the Yew components, thin over [`view`] and [`web`].
//!
//! ```
//! let dataset = nordic_partnerships::load::load(r#"{"schema_version": 1, "partnerships": []}"#)?;
//! assert!(dataset.records.is_empty());
//! # Ok::<(), nordic_partnerships::load::LoadError>(())
//! ```

// No panics on untrusted input: everything the widget runs reads data,
// settings or addresses from someone else, so the whole crate is denied the
// ways Rust code panics (tests/tidy.rs keeps this line here).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod model;

pub mod i18n;

pub mod text;

pub mod sheet;

pub mod load;

pub mod query;

pub mod search;

pub mod export;

pub mod view;

pub mod embed;

#[cfg(feature = "synthetic")]
pub mod synthetic;

pub mod web;

pub mod ui;

/// Starts the browser module: lets the web layer mount
/// [`ui::EmbeddedWidget`]s. `main` of the Trunk-built binary calls it once,
/// before `embed.js` mounts anything.
pub fn start() {
    web::set_renderer(ui::render_embedded);
}
