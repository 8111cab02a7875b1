//! Browser glue: the only layer that calls into the browser — the DOM,
//! `window`, `history`, the network and the console. It finds mount points,
//! reads their settings, fetches editors' data, and gives the components the
//! few DOM reads and writes they need ([`dom`], [`focus`], [`links`],
//! [`print`]). It never names a component: widgets are started through the
//! [`Renderer`] the component layer sets.

pub mod console;
pub mod dom;
pub mod events;
pub mod fetch;
pub mod first_view;
pub mod focus;
mod history;
mod internal_error;
pub mod links;
pub mod loading;
mod mount;
pub mod pacing;
mod page_lang;
pub mod print;
pub mod save;
pub mod session;
mod shadow;
pub mod texts;
pub mod trusted_html;
#[cfg(feature = "validator-page")]
pub mod validator;

pub use fetch::{fetch_text, is_json_type, FetchError};
pub use history::BrowserUrl;
pub use internal_error::internal_error_texts;
pub use mount::{
    mount_all, mount_js, mount_with, mounted_count, set_published_data, set_renderer, unmount_detached, DataSource,
    MountRequest, Renderer, Unmount, WidgetContext, WidgetHandle, MOUNT_SELECTOR,
};
pub use shadow::{adopt_styles, content_root, WIDGET_CSS};
