//! What the widget shows, decided in plain Rust: the view state and its
//! reducer, the wording of filters, chips and cards, the data states and
//! failures, and the seam to the address bar. The Yew components in
//! [`crate::ui`] only place what this layer prepared.

pub mod card_markup;
pub mod card_text;
pub mod country_map;
mod data_state;
mod failure;
pub mod filters;
pub mod headings;
pub mod map_shapes;
pub mod markup;
pub mod report;
mod shared;
pub mod state;
pub mod timeline;
mod url_sync;

pub use data_state::{DataState, SharedIndex};
pub use failure::Failure;
pub use shared::Shared;
pub use url_sync::{starting_address, UrlSync, UrlSyncHandle};
