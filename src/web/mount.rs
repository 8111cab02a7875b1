//! Mounting the widget into elements of a host page.

use std::fmt;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AppHandle;

use super::{console, page_lang};
use crate::bundled;
use crate::i18n::UiLang;
use crate::ui::{DataState, Root, RootProps};

/// The attribute selector that marks an element as a mount point.
pub const MOUNT_SELECTOR: &str = "[data-nordic-partnerships]";

/// Settings for one mounted widget.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MountOptions {
    /// The interface language; `None` picks it from the element, the page and the browser.
    pub lang: Option<UiLang>,
}

/// Why widgets could not be mounted.
#[derive(Debug)]
pub enum MountError {
    /// The page has no `window` or `document` (e.g. a worker).
    NoDocument,
    /// The mount-point query failed.
    Query(String),
}

impl fmt::Display for MountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MountError::NoDocument => f.write_str("no document to mount into"),
            MountError::Query(detail) => write!(f, "could not look for mount points: {detail}"),
        }
    }
}

impl std::error::Error for MountError {}

/// Mounts one widget showing the bundled data into `element`, replacing its
/// children (typically a no-JavaScript fallback link).
pub fn mount(element: Element, options: &MountOptions) -> AppHandle<Root> {
    let lang = options.lang.unwrap_or_else(|| page_lang::detect(&element));
    let state = match bundled::dataset() {
        Ok(dataset) => {
            console::report_problems("bundled data", &dataset.problems);
            DataState::Ready(Rc::new(dataset))
        }
        Err(error) => {
            console::report_error("bundled data", &error);
            DataState::Failed(error.to_string().into())
        }
    };
    element.set_text_content(None);
    yew::Renderer::<Root>::with_root_and_props(element, RootProps { state, lang }).render()
}

/// Mounts a widget into every element matching [`MOUNT_SELECTOR`] that has
/// none yet, and returns the handles of the new ones.
///
/// # Errors
///
/// When there is no document or the query fails.
pub fn mount_all(options: &MountOptions) -> Result<Vec<AppHandle<Root>>, MountError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(MountError::NoDocument)?;
    let nodes = document.query_selector_all(MOUNT_SELECTOR).map_err(|e| MountError::Query(format!("{e:?}")))?;
    let mut handles = Vec::new();
    for i in 0..nodes.length() {
        let Some(element) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        // Marks the element so a second run (the snippet pasted twice) skips it.
        if element.has_attribute("data-np-mounted") {
            continue;
        }
        let _ = element.set_attribute("data-np-mounted", "");
        handles.push(mount(element, options));
    }
    Ok(handles)
}
