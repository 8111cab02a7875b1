//! What a widget on a host page tells that page: DOM `CustomEvent`s on its
//! placeholder (the element with `data-nordic-partnerships`, or
//! `<nordic-partnerships>`), which bubble, so one listener on the document
//! hears every widget:
//!
//! - `nordic-partnerships:change`, at the start and after every change of
//!   the view, with `detail` = `{ query, count, total, lang }`: `query` has
//!   the address parameters' names and values (`q`, `from`, `to` and `sort`
//!   as strings, each facet — `country`, `focus`, … — as an array of codes),
//!   leaving out what the view does not narrow; `lang` is a tag (`sv`);
//! - `nordic-partnerships:open`, when a partnership's details open or close,
//!   with `detail` = `{ id }` (the partnership's id, or `null`).
//!
//! The objects are built with `js_sys` (no serializer in the wasm for two
//! small objects).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, ShadowRoot};
use yew::Callback;

use crate::model::RecordId;
use crate::query::url_state;
use crate::view::report::WidgetReport;

/// The event sent after every change of the view.
pub const CHANGE: &str = "nordic-partnerships:change";
/// The event sent when details open or close.
pub const OPEN: &str = "nordic-partnerships:open";

/// The callbacks that turn a widget's reports into its host page's events.
pub struct HostEvents {
    /// For the widget's `on_change`.
    pub on_change: Callback<WidgetReport>,
    /// For the widget's `on_open`.
    pub on_open: Callback<Option<RecordId>>,
}

impl HostEvents {
    /// Events for the widget rendered into `root` (inside the placeholder's
    /// shadow root, or the placeholder itself).
    pub fn new(root: &Element) -> HostEvents {
        let host =
            root.get_root_node().dyn_into::<ShadowRoot>().map(|shadow| shadow.host()).unwrap_or_else(|_| root.clone());
        let on_open = {
            let host = host.clone();
            Callback::from(move |id: Option<RecordId>| {
                let detail = Object::new();
                let id = id.map_or(JsValue::NULL, |id| JsValue::from_str(id.as_str()));
                set(&detail, "id", &id);
                send(&host, OPEN, &detail);
            })
        };
        let on_change = Callback::from(move |report: WidgetReport| send(&host, CHANGE, &change_detail(&report)));
        HostEvents { on_change, on_open }
    }
}

fn change_detail(report: &WidgetReport) -> Object {
    let query = Object::new();
    for (name, values) in url_state::params(&report.query) {
        let value = if url_state::is_list(name) {
            values.iter().map(|v| JsValue::from_str(v)).collect::<Array>().into()
        } else {
            JsValue::from_str(values.first().map_or("", String::as_str))
        };
        set(&query, name, &value);
    }
    let detail = Object::new();
    set(&detail, "query", &query);
    set(&detail, "count", &JsValue::from(report.results.count as f64));
    set(&detail, "total", &JsValue::from(report.results.total as f64));
    set(&detail, "lang", &JsValue::from_str(report.lang.tag()));
    detail
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn send(host: &Element, name: &str, detail: &Object) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener's exception stays the host's: it is reported by the browser, not here.
        let _ = host.dispatch_event(&event);
    }
}
