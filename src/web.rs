//! Browser glue: the only layer that touches the DOM. It finds mount points,
//! reads their settings, and hands the data to [`crate::ui`].

mod console;
mod mount;
mod page_lang;

pub use mount::{mount, mount_all, MountError, MountOptions, MOUNT_SELECTOR};
