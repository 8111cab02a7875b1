//! # nordic-partnerships
//!
//! A filterable card grid of Nordic health-innovation partnerships, as a Yew
//! component that mounts into any element, plus the pure data model and loader
//! it is built on.
//!
//! The crate is layered (see `ARCHITECTURE.md`): the pure modules ([`model`],
//! [`load`], [`i18n`], [`present`], [`bundled`], and the search engine:
//! [`query`], [`search`], [`fold`], [`collate`], [`url_state`]) know nothing of the browser
//! and are tested natively; [`ui`] holds the Yew components; [`web`] is the
//! only layer that touches the DOM.
//!
//! ```
//! let dataset = nordic_partnerships::load::load(r#"{"schema_version": 1, "partnerships": []}"#)?;
//! assert!(dataset.records.is_empty());
//! # Ok::<(), nordic_partnerships::load::LoadError>(())
//! ```

pub mod bundled;
pub mod collate;
pub mod embed_options;
pub mod filter_view;
pub mod fold;
pub mod i18n;
pub mod load;
pub mod model;
pub mod present;
pub mod query;
pub mod safe_url;
pub mod scope;
pub mod search;
pub mod state;
pub mod synthetic;
pub mod theme;
pub mod ui;
pub mod url_state;
pub mod web;
