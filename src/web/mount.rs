//! Mounting widgets into elements of a host page, from Rust or from
//! JavaScript (`mount`, `mountAll`, `unmount`), and the registry of mounted
//! widgets.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::history::BrowserUrl;
use super::{console, page_lang};

use crate::embed::options::{self, EmbedOptions, MountOption, MountValue, OptionProblem, UrlState};
use crate::embed::settings::Settings;
use crate::view::UrlSyncHandle;
use yew::AttrValue;

/// Where a widget's data comes from: a value, so every kind of source takes
/// the same path through loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    /// A file to fetch.
    Url {
        /// The address, as the editor gave it or absolute for the published data.
        address: String,
        /// A Subresource Integrity hash (`sha256-…` as `embed.js` carries them, or any digest SRI knows) the answer must match.
        integrity: Option<String>,
    },
    /// Text already in hand (the validator page's preview of a file it checked), named for messages.
    Text {
        /// The name used in console messages.
        name: String,
        /// The file's text.
        text: Rc<str>,
    },
    /// An address the page that holds the widget does not allow (the frame
    /// page's list of data origins): nothing is requested, the visitor is told.
    Refused {
        /// The address asked for.
        address: String,
    },
}

impl DataSource {
    /// The address or name, for messages.
    pub fn name(&self) -> &str {
        match self {
            DataSource::Url { address, .. } | DataSource::Refused { address } => address,
            DataSource::Text { name, .. } => name,
        }
    }
}

/// Set by `frame.js` (never from the address: it takes no `np-` names) on a
/// placeholder whose `src` is not among the data origins the publisher allows.
const REFUSED_SRC: &str = "data-np-refused-src";

/// A widget's settings and context, as the web layer read them from the host
/// page: everything the component needs besides where to render.
#[derive(Debug)]
pub struct WidgetContext {
    /// The validated settings (their `settings` are also below, completed).
    pub options: EmbedOptions,
    /// The editor's `data-src`, else the published data file; `None` for the
    /// data compiled into the library.
    pub src: Option<DataSource>,
    /// How the widget looks and opens, with the language, the current year
    /// and the landmark name decided for this element: the one value the
    /// component reads.
    pub settings: Settings,
    /// Address-bar syncing, if on.
    pub url: Option<UrlSyncHandle>,
    /// Editor-facing notices (settings that were ignored).
    pub notices: Vec<AttrValue>,
    /// The element the widget renders into (to take over a prerendered view
    /// when loading fails: there are no cards to wait for).
    pub root: Element,
}

/// What the web layer hands the component layer to start one widget.
pub struct MountRequest {
    /// The empty element (inside the shadow root) to render into.
    pub root: Element,
    /// The widget's settings and context.
    pub context: WidgetContext,
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

/// One mounted widget, owned by the registry until it is unmounted.
struct Mounted {
    element: Element,
    /// The address prefix it claimed, freed on unmount.
    prefix: Option<String>,
    unmount: Unmount,
}

thread_local! {
    /// Every mounted widget: unmounting one (its handle, or its element leaving the page)
    /// destroys its app, its listeners and its address prefix.
    static REGISTRY: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// What starts a widget; set once by [`set_renderer`].
    static RENDERER: Cell<Option<Renderer>> = const { Cell::new(None) };
    /// The published data file, for widgets without `data-src` (set by `embed.js`).
    static PUBLISHED_DATA: RefCell<Option<DataSource>> = const { RefCell::new(None) };
}

/// JS: `setPublishedData(address, integrity)` — where widgets without
/// `data-src` fetch the bundled partnerships (`embed.js` passes the
/// `partnerships.json` beside it and, in a sealed build, its SHA-384).
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = setPublishedData))]
pub fn set_published_data(address: String, integrity: Option<String>) {
    PUBLISHED_DATA.with(|d| *d.borrow_mut() = Some(DataSource::Url { address, integrity }));
}

/// Tells the web layer how to start a widget; [`crate::start`] calls it
/// with the component layer's `render_embedded`.
pub fn set_renderer(renderer: Renderer) {
    RENDERER.with(|r| r.set(Some(renderer)));
}

/// A mounted widget; dropping it leaves the widget in place, [`unmount`](WidgetHandle::unmount) removes it.
#[cfg_attr(feature = "embed", wasm_bindgen)]
pub struct WidgetHandle {
    element: Element,
}

#[cfg_attr(feature = "embed", wasm_bindgen)]
impl WidgetHandle {
    /// Removes the widget and frees its element for a new mount.
    pub fn unmount(&mut self) {
        unmount_where(|m| m.element == self.element);
    }
}

/// Unmounts every widget `which` picks: the registry lets go of them first,
/// so destroying an app never runs while the registry is borrowed.
fn unmount_where(which: impl Fn(&Mounted) -> bool) -> usize {
    let removed: Vec<Mounted> = REGISTRY.with(|r| {
        let Ok(mut registry) = r.try_borrow_mut() else { return Vec::new() };
        let (removed, kept) = registry.drain(..).partition(|m| which(m));
        *registry = kept;
        removed
    });
    let n = removed.len();
    for widget in removed {
        (widget.unmount)();
        let _ = widget.element.remove_attribute(MOUNTED_MARK);
    }
    n
}

/// JS: `unmountDetached()` — unmounts every widget whose element is no
/// longer in the document (a single-page app replaced the page's content).
/// `embed.js` calls it when nodes leave the page. Returns how many.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = unmountDetached))]
pub fn unmount_detached() -> u32 {
    u32::try_from(unmount_where(|m| !m.element.is_connected())).unwrap_or(u32::MAX)
}

/// JS: `mountedCount()` — how many widgets are mounted now (for diagnostics
/// and the tests that check nothing leaks).
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = mountedCount))]
pub fn mounted_count() -> u32 {
    REGISTRY.with(|r| r.try_borrow().map_or(0, |r| u32::try_from(r.len()).unwrap_or(u32::MAX)))
}

/// JS: `wasmMemoryBytes()` — the size of the module's memory (for
/// diagnostics and the benchmark, which reports it beside the JS heap).
#[cfg(feature = "embed")]
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().map_or(0.0, |b| f64::from(b.byte_length())))
}

/// Mounts a widget into `element` with settings from its `data-*` attributes,
/// overridden by `overrides` (the same names). Returns `None` if the element
/// already holds one.
pub fn mount_with(element: Element, overrides: impl Fn(&str) -> Option<String>) -> Option<WidgetHandle> {
    mount_with_problems(element, &overrides, Vec::new(), None)
}

/// [`mount_with`], reading the data from `source` whatever the settings say
/// (the validator page's preview of a file it made itself).
#[cfg(feature = "validator-page")]
pub(crate) fn mount_with_source(
    element: Element,
    overrides: impl Fn(&str) -> Option<String>,
    source: DataSource,
) -> Option<WidgetHandle> {
    mount_with_problems(element, &overrides, Vec::new(), Some(source))
}

/// [`mount_with`], with problems already found in the caller's options. Not
/// generic over `overrides`: `mount`, `mountAll` and the validator page share
/// one copy of it (it was in the wasm once per caller).
fn mount_with_problems(
    element: Element,
    overrides: &dyn Fn(&str) -> Option<String>,
    mut problems: Vec<OptionProblem>,
    source: Option<DataSource>,
) -> Option<WidgetHandle> {
    let renderer = RENDERER.with(Cell::get)?;
    if element.has_attribute(MOUNTED_MARK) {
        return None;
    }
    let (options, attribute_problems) =
        options::read(|name| overrides(name).or_else(|| element.get_attribute(&format!("data-{name}"))));
    problems.extend(attribute_problems);
    console::report_options(&problems);
    let _ = element.set_attribute(MOUNTED_MARK, "");
    let lang = options.lang.unwrap_or_else(|| page_lang::detect(&element));
    let prefix = match &options.url_state {
        UrlState::Off => None,
        UrlState::On(wanted) => Some(claim_prefix(wanted.clone())),
    };
    let url = prefix.clone().map(|p| UrlSyncHandle(Rc::new(BrowserUrl::new(p))));
    let today_year = u16::try_from(js_sys::Date::new_0().get_full_year()).unwrap_or(2026);
    let notices = problems.iter().map(|p| AttrValue::from(p.to_string())).collect();
    // Landmarks need distinct names: an untitled second widget is numbered.
    let n_mounted = REGISTRY.with(|r| r.borrow().len());
    let title = options
        .settings
        .title
        .clone()
        .or_else(|| (n_mounted > 0).then(|| format!("{} ({})", lang.texts().widget_label, n_mounted + 1)));
    let settings = Settings { lang, title, today_year: Some(today_year), ..options.settings.clone() };
    // Children are replaced: typically a no-JavaScript fallback link.
    element.set_text_content(None);
    let root = super::shadow::container(&element).unwrap_or_else(|| element.clone());
    let refused = element.get_attribute(REFUSED_SRC).map(|address| DataSource::Refused { address });
    let src = match (source.or(refused), &options.src) {
        (Some(source), _) => Some(source),
        (None, Some(address)) => Some(DataSource::Url { address: address.clone(), integrity: None }),
        (None, None) => PUBLISHED_DATA.with(|d| d.borrow().clone()),
    };
    let context = WidgetContext { options, src, settings, url, notices, root: root.clone() };
    let request = MountRequest { root, context };
    let unmount = renderer(request);
    REGISTRY.with(|r| r.borrow_mut().push(Mounted { element: element.clone(), prefix, unmount }));
    Some(WidgetHandle { element })
}

/// The first prefix no mounted widget holds: the one asked for, else `""`,
/// `w2-`, `w3-`… Prefixes of unmounted widgets are free again, so a widget
/// mounted later (a single-page app) reads the plain parameters of old links.
fn claim_prefix(wanted: Option<String>) -> String {
    let taken: Vec<String> = REGISTRY
        .with(|r| r.try_borrow().map(|r| r.iter().filter_map(|m| m.prefix.clone()).collect()).unwrap_or_default());
    match wanted {
        Some(p) => p,
        None => (1..)
            .map(|n| if n == 1 { String::new() } else { format!("w{n}-") })
            .find(|p| !taken.contains(p))
            .unwrap_or_default(),
    }
}

/// JS: `mount(element, options?)` — mounts one widget; `options` uses the
/// attribute names without `data-` (`src`, `lang`, `country`, `pageSize` or
/// `page-size`…). Returns a handle with `unmount()`, or `undefined` if the
/// element already holds a widget. Options that name no setting, or hold a
/// value no setting takes, are shown in the widget's notice like wrong
/// attributes, and ignored.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = mount))]
pub fn mount_js(element: Element, options: JsValue) -> Option<WidgetHandle> {
    let mut problems = Vec::new();
    let values = if options.is_undefined() || options.is_null() {
        Vec::new()
    } else if options.is_object() && !js_sys::Array::is_array(&options) {
        mount_options(&options)
    } else {
        problems.push(OptionProblem {
            attribute: "mount() options".to_owned(),
            value: String::new(),
            expected: "an object such as { lang: \"sv\", country: \"SE\" }".to_owned(),
        });
        Vec::new()
    };
    let (values, mount_problems) = options::from_mount_options(&values);
    problems.extend(mount_problems);
    mount_with_problems(element, &|name| values.get(name).cloned(), problems, None)
}

/// The own properties of a `mount()` options object, read as the settings
/// read them: JavaScript writes numbers (so `12.5` stays `12.5`) and the
/// JSON shown in messages.
fn mount_options(options: &JsValue) -> Vec<MountOption> {
    let json = |value: &JsValue| js_sys::JSON::stringify(value).ok().and_then(|t| t.as_string()).unwrap_or_default();
    js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|key| {
            let value = js_sys::Reflect::get(options, &key).ok()?;
            let read = if value.is_null() || value.is_undefined() {
                MountValue::Unset
            } else if let Some(text) = value.as_string() {
                MountValue::Text(text)
            } else if let Some(on) = value.as_bool() {
                MountValue::Text(if on { "on" } else { "off" }.to_owned())
            } else if value.as_f64().is_some() {
                MountValue::Text(
                    js_sys::Number::from(value.clone())
                        .to_string_with_radix(10)
                        .ok()
                        .map(String::from)
                        .unwrap_or_default(),
                )
            } else if js_sys::Array::is_array(&value) {
                MountValue::List(js_sys::Array::from(&value).iter().map(|item| item.as_string()).collect())
            } else {
                MountValue::Other
            };
            Some(MountOption { key: key.as_string()?, json: json(&value), value: read })
        })
        .collect()
}

/// Mounts a widget into every element matching [`MOUNT_SELECTOR`] that has
/// none yet (so running it again, or pasting the snippet twice, is harmless).
/// Returns how many were mounted.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = mountAll))]
pub fn mount_all() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else { return 0 };
    let mut n = 0;
    for i in 0..nodes.length() {
        let Some(element) = nodes.item(i).and_then(|node| node.dyn_into::<Element>().ok()) else { continue };
        if mount_with(element, |_| None).is_some() {
            n += 1;
        }
    }
    n
}
