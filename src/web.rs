//! Browser glue: the only layer that calls into the browser — the DOM,
//! `window`, `history`, the network and the console. It finds mount points,
//! reads their settings, fetches editors' data, and gives the components the
//! few DOM reads and writes they need ([`dom`], [`focus`], [`links`],
//! [`print`]). It never names a component: widgets are started through the
//! [`Renderer`] the component layer sets.

pub mod console;
pub mod dom;
pub mod fetch;
pub mod focus;
mod history;
pub mod links;
pub mod loading;
mod mount;
pub mod pacing;
mod page_lang;
mod panic;
pub mod print;
mod shadow;

pub use fetch::{fetch_text, is_json_type, FetchError};
pub use history::BrowserUrl;
pub use mount::{
    mount_all, mount_js, mount_with, mounted_count, set_published_data, set_renderer, unmount_detached, DataSource,
    MountRequest, Renderer, Unmount, WidgetContext, WidgetHandle, MOUNT_SELECTOR,
};
pub use panic::{install_panic_hook, show_internal_error_everywhere};
pub use shadow::{content_root, WIDGET_CSS};
