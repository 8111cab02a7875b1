//! Browser glue: the only layer that touches the DOM, `window`, `history`
//! and the network. It finds mount points, reads their settings, fetches
//! editors' data and hands it all to [`crate::ui`].

mod console;
mod fetch;
mod history;
mod mount;
mod mounted;
mod page_lang;
mod panic;
mod shadow;

pub use fetch::{fetch_text, is_json_type, FetchError};
pub use history::BrowserUrl;
pub use mount::{mount_all, mount_js, mount_with, WidgetHandle, MOUNT_SELECTOR};
pub use mounted::{Mounted, MountedProps};
pub use panic::{install_panic_hook, show_internal_error_everywhere};
pub use shadow::{content_root, WIDGET_CSS};
