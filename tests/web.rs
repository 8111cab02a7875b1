//! The component in a real browser (headless Chromium via wasm-bindgen-test):
//! mounted into a fresh element, it renders cards for the data it is given.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::load::load;
use nordic_partnerships::ui::{DataState, Root, RootProps};
use nordic_partnerships::{bundled, web};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element() -> Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let element = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&element).expect("appended");
    element
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn mounts_the_bundled_data_as_cards() {
    let element = fresh_element();
    let dataset = bundled::dataset().expect("bundled data loads");
    let n_records = dataset.records.len();
    let props = RootProps { state: DataState::Ready(Rc::new(dataset)), lang: UiLang::En };
    let _handle = yew::Renderer::<Root>::with_root_and_props(element.clone(), props).render();
    yew::scheduler::flush().await;

    assert!(n_records >= 45);
    assert_eq!(texts(&element, ".np-card").len(), n_records);
    assert_eq!(texts(&element, "[role=status]"), [format!("{n_records} partnerships")]);
    assert!(texts(&element, ".np-card__title").iter().any(|t| t.contains("Umeå")));
}

#[wasm_bindgen_test]
async fn data_text_is_rendered_as_text_and_bad_records_are_counted() {
    let json = r#"{"schema_version": 1, "partnerships": [
        {"id": "xss", "title": {"en": "<img src=x onerror=alert(1)>"}, "kind": "project", "status": "active",
         "countries": ["SE"], "partners": [{"name": "<b>Bold</b>", "kind": "company"}],
         "sources": [{"url": "https://example.org/", "title": "<script>alert(1)</script>", "language": "en"}]},
        {"id": "bad", "title": {"en": "Bad"}, "kind": "project", "status": "active",
         "countries": ["SE"], "partners": [{"name": "X", "kind": "company"}],
         "sources": [{"url": "javascript:alert(1)", "title": "t", "language": "en"}]}
    ]}"#;
    let dataset = load(json).expect("file-level load");
    let element = fresh_element();
    let props = RootProps { state: DataState::Ready(Rc::new(dataset)), lang: UiLang::Sv };
    let _handle = yew::Renderer::<Root>::with_root_and_props(element.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(texts(&element, ".np-card__title"), ["<img src=x onerror=alert(1)>"]);
    assert!(element.query_selector("img, b, .np-card script").expect("selector").is_none());
    assert_eq!(texts(&element, "[role=status]"), ["1 partnerskap"]);
    assert_eq!(texts(&element, ".np-notice").len(), 1);
    assert!(element.query_selector("a[href^='javascript']").expect("selector").is_none());
}

#[wasm_bindgen_test]
async fn mount_all_fills_every_marked_element_once() {
    let first = fresh_element();
    let second = fresh_element();
    for element in [&first, &second] {
        element.set_attribute("data-nordic-partnerships", "").expect("attribute");
        element.set_attribute("data-lang", "da").expect("attribute");
    }
    let handles = web::mount_all(&web::MountOptions::default()).expect("mounted");
    yew::scheduler::flush().await;
    let again = web::mount_all(&web::MountOptions::default()).expect("second run");

    assert_eq!((handles.len(), again.len()), (2, 0));
    for element in [&first, &second] {
        let status = texts(element, "[role=status]");
        assert_eq!(status.len(), 1);
        assert!(status[0].ends_with("partnerskaber"), "{status:?}");
    }
}
