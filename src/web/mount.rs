//! Mounting widgets into elements of a host page, from Rust or from
//! JavaScript (`mount`, `mountAll`, `unmount`), and the registry of mounted
//! elements that the panic hook reaches.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::history::BrowserUrl;
use super::{console, page_lang};
use crate::embed::options::{self, option_names, EmbedOptions, UrlState};
use crate::i18n::UiLang;
use crate::view::UrlSyncHandle;

/// Everything a widget needs to start, as the web layer read it from the
/// host page: where to render, the validated settings and the context.
pub struct MountRequest {
    /// The empty element (inside the shadow root) to render into.
    pub root: Element,
    /// The validated settings.
    pub options: Rc<EmbedOptions>,
    /// The interface language chosen for this element.
    pub lang: UiLang,
    /// Address-bar syncing, if on.
    pub url: Option<UrlSyncHandle>,
    /// The current year.
    pub today_year: u16,
    /// Editor-facing notices (settings that were ignored).
    pub notices: Vec<String>,
    /// The heading and landmark name, when the widget needs its own.
    pub title: Option<String>,
}

/// Stops a running widget and frees what it holds.
pub type Unmount = Box<dyn FnOnce()>;

/// Starts the widget for one request. The component layer provides it
/// ([`set_renderer`]), so this layer mounts widgets without naming them.
pub type Renderer = fn(MountRequest) -> Unmount;

/// The attribute selector that marks an element as a mount point.
pub const MOUNT_SELECTOR: &str = "[data-nordic-partnerships]";

/// Marks an element that holds a widget, so it is never mounted twice.
const MOUNTED_MARK: &str = "data-np-mounted";

thread_local! {
    /// Every element holding a widget, with its language: the panic hook
    /// replaces each with an error message.
    static REGISTRY: RefCell<Vec<(Element, UiLang)>> = const { RefCell::new(Vec::new()) };
    /// Address prefixes in use, so a second widget never takes the first one's.
    static PREFIXES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// What starts a widget; set once by [`set_renderer`].
    static RENDERER: Cell<Option<Renderer>> = const { Cell::new(None) };
}

/// Tells the web layer how to start a widget; [`crate::start`] calls it
/// with the component layer's `render_embedded`.
pub fn set_renderer(renderer: Renderer) {
    RENDERER.with(|r| r.set(Some(renderer)));
}

/// A mounted widget; dropping it leaves the widget in place, [`unmount`](WidgetHandle::unmount) removes it.
#[wasm_bindgen]
pub struct WidgetHandle {
    unmount: Option<Unmount>,
    element: Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and frees its element for a new mount.
    pub fn unmount(&mut self) {
        if let Some(unmount) = self.unmount.take() {
            unmount();
        }
        let _ = self.element.remove_attribute(MOUNTED_MARK);
        REGISTRY.with(|r| r.borrow_mut().retain(|(el, _)| el != &self.element));
    }
}

/// Mounts a widget into `element` with settings from its `data-*` attributes,
/// overridden by `overrides` (the same names). Returns `None` if the element
/// already holds one.
pub fn mount_with(element: Element, overrides: impl Fn(&str) -> Option<String>) -> Option<WidgetHandle> {
    let renderer = RENDERER.with(Cell::get)?;
    if element.has_attribute(MOUNTED_MARK) {
        return None;
    }
    let (options, problems) =
        options::read(|name| overrides(name).or_else(|| element.get_attribute(&format!("data-{name}"))));
    console::report_options(&problems);
    let _ = element.set_attribute(MOUNTED_MARK, "");
    let lang = options.lang.unwrap_or_else(|| page_lang::detect(&element));
    let url = match &options.url_state {
        UrlState::Off => None,
        UrlState::On(prefix) => Some(UrlSyncHandle(Rc::new(BrowserUrl::new(claim_prefix(prefix.clone()))))),
    };
    let today_year = u16::try_from(js_sys::Date::new_0().get_full_year()).unwrap_or(2026);
    let notices = problems.iter().map(ToString::to_string).collect();
    // Landmarks need distinct names: an untitled second widget is numbered.
    let n_mounted = REGISTRY.with(|r| r.borrow().len());
    let title = options
        .title
        .clone()
        .or_else(|| (n_mounted > 0).then(|| format!("{} ({})", lang.texts().widget_label, n_mounted + 1)));
    REGISTRY.with(|r| r.borrow_mut().push((element.clone(), lang)));
    // Children are replaced: typically a no-JavaScript fallback link.
    element.set_text_content(None);
    let root = super::shadow::container(&element).unwrap_or_else(|| element.clone());
    let request = MountRequest { root, options: Rc::new(options), lang, url, today_year, notices, title };
    Some(WidgetHandle { unmount: Some(renderer(request)), element })
}

/// The first free prefix: the one asked for, else `""`, `w2-`, `w3-`…
fn claim_prefix(wanted: Option<String>) -> String {
    PREFIXES.with(|taken| {
        let mut taken = taken.borrow_mut();
        let prefix = match wanted {
            Some(p) => p,
            None => (1..)
                .map(|n| if n == 1 { String::new() } else { format!("w{n}-") })
                .find(|p| !taken.contains(p))
                .unwrap_or_default(),
        };
        taken.push(prefix.clone());
        prefix
    })
}

/// JS: `mount(element, options?)` — mounts one widget; `options` uses the
/// attribute names without `data-` (`src`, `lang`, `country`, `pageSize` or
/// `page-size`…). Returns a handle with `unmount()`, or `undefined` if the
/// element already holds a widget.
///
/// # Errors
///
/// When `options` is neither undefined nor an object of strings, numbers,
/// booleans or lists.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, options: JsValue) -> Result<Option<WidgetHandle>, JsError> {
    let values: std::collections::BTreeMap<String, serde_json::Value> = if options.is_undefined() || options.is_null() {
        Default::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("mount options: {e}")))?
    };
    let get = |name: &str| {
        let camel = camel_case(name);
        let value = values.get(name).or_else(|| values.get(&camel))?;
        match value {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Bool(b) => Some(if *b { "on" } else { "off" }.to_owned()),
            serde_json::Value::Array(items) => {
                let separator = if name == "partner" { ";" } else { "," };
                Some(items.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(separator))
            }
            _ => None,
        }
    };
    for key in values.keys() {
        if !option_names().any(|n| n == key || camel_case(n) == *key) {
            gloo::console::warn!(format!("nordic-partnerships: unknown mount option {key:?} was ignored"));
        }
    }
    Ok(mount_with(element, get))
}

fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Mounts a widget into every element matching [`MOUNT_SELECTOR`] that has
/// none yet (so running it again, or pasting the snippet twice, is harmless).
/// The widgets live as long as the page. Returns how many were mounted.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else { return 0 };
    let mut n = 0;
    for i in 0..nodes.length() {
        let Some(element) = nodes.item(i).and_then(|node| node.dyn_into::<Element>().ok()) else { continue };
        if let Some(handle) = mount_with(element, |_| None) {
            // Page-lifetime widgets: their handles are never needed again.
            std::mem::forget(handle);
            n += 1;
        }
    }
    n
}

/// Every mounted element and its language, for the panic hook.
pub(super) fn mounted_elements() -> Vec<(Element, UiLang)> {
    REGISTRY.with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default())
}
