//! The component in a real browser (headless Chromium via wasm-bindgen-test):
//! mounted into a fresh element, it renders cards for the data it is given.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use nordic_partnerships::embed::settings::Settings;
use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::load::load;
use nordic_partnerships::query::url_state::WidgetAddress;
use nordic_partnerships::query::Query;
use nordic_partnerships::ui::{DataGate, DataGateProps};
use nordic_partnerships::view::state::HistoryMode;
use nordic_partnerships::view::{DataState, Shared, UrlSync, UrlSyncHandle};
use nordic_partnerships::{load::bundled, web};
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen_test::*;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element() -> Element {
    // What the Trunk-built module's `main` does.
    web::set_renderer(nordic_partnerships::ui::render_embedded);
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let element = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&element).expect("appended");
    element
}

/// Renders what is pending, then waits (a frame at a time, at most about a
/// second) until no grid is still filling its first page.
async fn settle(root: &Element) {
    yew::scheduler::flush().await;
    for _ in 0..60 {
        if texts(root, ".np-grid[aria-busy]").is_empty() {
            return;
        }
        web::pacing::after_next_frame().await;
        yew::scheduler::flush().await;
    }
}

/// Text of every match of `selector` in `root`, or in its shadow root when
/// the web layer mounted a widget there.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = match root.shadow_root() {
        Some(shadow) => shadow.query_selector_all(selector),
        None => root.query_selector_all(selector),
    }
    .expect("a valid selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn mounts_the_bundled_data_as_cards() {
    let element = fresh_element();
    let dataset = bundled::dataset().expect("bundled data loads");
    let n_records = dataset.records.len();
    let props = yew::props!(DataGateProps {
        state: DataState::Ready(Shared::new(dataset), None),
        settings: Settings { lang: UiLang::En, ..Settings::default() },
    });
    let _handle = yew::Renderer::<DataGate>::with_root_and_props(element.clone(), props).render();
    settle(&element).await;

    assert!(n_records >= 45);
    // A page at a time: the DOM stays small with thousands of records.
    assert_eq!(texts(&element, ".np-card").len(), n_records.min(nordic_partnerships::view::state::PAGE_SIZE));
    assert_eq!(texts(&element, "[role=status]"), [format!("{n_records} partnerships")]);
    assert!(texts(&element, ".np-card__title").iter().any(|t| t.contains("Alrek")));
}

#[wasm_bindgen_test]
async fn data_text_is_rendered_as_text_bad_links_are_dropped_and_bad_records_counted() {
    let json = r#"{"schema_version": 1, "partnerships": [
        {"id": "xss", "title": {"en": "<img src=x onerror=alert(1)>"}, "kind": "project", "status": "active",
         "countries": ["SE"], "partners": [{"name": "<b>Bold</b>", "kind": "company"}],
         "sources": [{"url": "https://example.org/", "title": "<script>alert(1)</script>", "language": "en"}]},
        {"id": "bad", "title": {"en": "Bad"}, "kind": "project", "status": "active",
         "countries": ["SE"], "partners": [{"name": "X", "kind": "company"}],
         "sources": [{"url": "javascript:alert(1)", "title": "t", "language": "en"}]},
        {"id": "broken", "title": {"en": "Broken"}, "kind": "project", "status": "active",
         "countries": [], "partners": [{"name": "X", "kind": "company"}]}
    ]}"#;
    let dataset = load(json).expect("file-level load");
    let element = fresh_element();
    let props = yew::props!(DataGateProps {
        state: DataState::Ready(Shared::new(dataset), None),
        settings: Settings { lang: UiLang::Sv, ..Settings::default() },
    });
    let _handle = yew::Renderer::<DataGate>::with_root_and_props(element.clone(), props).render();
    yew::scheduler::flush().await;

    // The record with a bad link is shown, its source without the link; the one
    // without countries is left out; each gets its notice.
    assert_eq!(texts(&element, ".np-card__title"), ["<img src=x onerror=alert(1)>", "Bad"]);
    assert!(element.query_selector("img, b, .np-card script").expect("selector").is_none());
    assert_eq!(texts(&element, "[role=status]"), ["2 partnerskap"]);
    assert_eq!(texts(&element, ".np-notice"), [UiLang::Sv.rejected(1), UiLang::Sv.incomplete(1)]);
    assert!(element.query_selector("a[href^='javascript']").expect("selector").is_none());
    assert_eq!(texts(&element, ".np-source__link").len(), 1);
}

#[wasm_bindgen_test]
async fn mount_all_fills_every_marked_element_once() {
    let first = fresh_element();
    let second = fresh_element();
    for element in [&first, &second] {
        element.set_attribute("data-nordic-partnerships", "").expect("attribute");
        element.set_attribute("data-lang", "da").expect("attribute");
        element.set_attribute("data-url-state", "off").expect("attribute");
    }
    second.set_attribute("data-country", "IS").expect("attribute");
    let n_mounted = web::mount_all();
    yew::scheduler::flush().await;
    let again = web::mount_all();

    assert_eq!((n_mounted, again), (2, 0));
    let n_is = bundled::dataset()
        .expect("data")
        .records
        .iter()
        .filter(|r| r.countries.contains(&nordic_partnerships::model::Country::Is))
        .count();
    assert!(texts(&first, "[role=status]")[0].ends_with("partnerskaber"));
    // The second widget is locked to Iceland: its whole world is the Icelandic partnerships.
    assert_eq!(texts(&second, "[role=status]"), [format!("{n_is} partnerskaber")]);
}

#[wasm_bindgen_test]
async fn bad_settings_are_shown_and_the_widget_still_works() {
    let element = fresh_element();
    element.set_attribute("data-lang", "de").expect("attribute");
    element.set_attribute("data-url-state", "off").expect("attribute");
    let mut handle = web::mount_with(element.clone(), |_| None).expect("mounted");
    settle(&element).await;
    assert_eq!(
        texts(&element, ".np-notice"),
        [format!(r#"data-lang="de" was ignored: expected one of {}"#, UiLang::tags_list())]
    );
    assert_eq!(texts(&element, ".np-card").len(), nordic_partnerships::view::state::PAGE_SIZE);
    handle.unmount();
    yew::scheduler::flush().await;
    assert!(!element.has_attribute("data-np-mounted"));
    assert!(web::mount_with(element, |_| None).is_some());
}

#[wasm_bindgen_test]
fn the_internal_error_wording_is_there_for_every_language() {
    // embed.js reads it up front, as triples, English first.
    let texts = web::internal_error_texts();
    assert_eq!(texts.len(), 3 * UiLang::ALL.len());
    assert_eq!(texts[..3], ["en", UiLang::En.texts().widget_label, UiLang::En.texts().error_internal]);
    assert!(texts.chunks(3).any(|t| t[0] == "fi" && t[2] == UiLang::Fi.texts().error_internal));
}

/// Records what the widget writes to the "address bar".
#[derive(Default)]
struct FakeUrl {
    start: Query,
    writes: RefCell<Vec<(String, HistoryMode)>>,
}

impl UrlSync for FakeUrl {
    fn read(&self) -> WidgetAddress {
        WidgetAddress::from(self.start.clone())
    }
    fn write(&self, address: &WidgetAddress, mode: HistoryMode) {
        let written = nordic_partnerships::query::url_state::merge("", "", address);
        self.writes.borrow_mut().push((written.trim_start_matches('?').to_owned(), mode));
    }
    fn listen(&self, _on_restore: Box<dyn Fn(WidgetAddress)>) -> Box<dyn Any> {
        Box::new(())
    }
}

fn mount_bundled(url: Option<Rc<FakeUrl>>) -> (Element, yew::AppHandle<DataGate>) {
    let element = fresh_element();
    let dataset = bundled::dataset().expect("bundled data loads");
    let url = url.map(|u| UrlSyncHandle(u as Rc<dyn UrlSync>));
    let props = yew::props!(DataGateProps {
        state: DataState::Ready(Shared::new(dataset), None),
        settings: Settings { lang: UiLang::En, today_year: Some(2026), ..Settings::default() },
        url,
    });
    let handle = yew::Renderer::<DataGate>::with_root_and_props(element.clone(), props).render();
    (element, handle)
}

fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector).expect("valid selector").expect(selector).dyn_into::<T>().expect("element type")
}

fn checkbox(root: &Element, label: &str) -> HtmlElement {
    let labels = root.query_selector_all(".np-check").expect("selector");
    (0..labels.length())
        .filter_map(|i| labels.item(i)?.dyn_into::<Element>().ok())
        .find(|l| {
            l.query_selector(".np-check__label").ok().flatten().and_then(|s| s.text_content()).as_deref() == Some(label)
        })
        .and_then(|l| l.query_selector("input").ok().flatten())
        .and_then(|i| i.dyn_into::<HtmlElement>().ok())
        .expect(label)
}

/// Puts `text` in the search box as typing does (an `input` event), and renders.
async fn type_search(root: &Element, text: &str) {
    let input: HtmlInputElement = find(root, "input[type=search]");
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_filters_and_replaces_the_address() {
    let url = Rc::new(FakeUrl::default());
    let (element, _handle) = mount_bundled(Some(Rc::clone(&url)));
    yew::scheduler::flush().await;
    type_search(&element, "umea").await;

    let status = texts(&element, "[role=status]");
    let total = bundled::dataset().expect("bundled data loads").records.len();
    assert!(status[0].ends_with(&format!(" of {total} partnerships")), "{status:?}");
    assert!(texts(&element, "mark").iter().any(|m| m == "Umeå"), "{:?}", texts(&element, "mark"));
    assert_eq!(url.writes.borrow().last().cloned(), Some(("q=umea".to_owned(), HistoryMode::Replace)));
}

#[wasm_bindgen_test]
async fn ticking_a_country_pushes_and_counts_stay_disjunctive() {
    let url = Rc::new(FakeUrl::default());
    let (element, _handle) = mount_bundled(Some(Rc::clone(&url)));
    yew::scheduler::flush().await;
    let counts_before = texts(&element, ".np-facet:first-of-type .np-check__count");
    checkbox(&element, "Sweden").click();
    yew::scheduler::flush().await;

    let records = bundled::dataset().expect("data").records;
    let n_se = records.iter().filter(|r| r.countries.contains(&nordic_partnerships::model::Country::Se)).count();
    assert_eq!(texts(&element, "[role=status]"), [format!("{n_se} of {} partnerships", records.len())]);
    assert_eq!(texts(&element, ".np-facet:first-of-type .np-check__count"), counts_before);
    assert_eq!(url.writes.borrow().last().cloned(), Some(("country=SE".to_owned(), HistoryMode::Push)));
    assert_eq!(texts(&element, ".np-chip__label"), ["Country: Sweden"]);
}

#[wasm_bindgen_test]
async fn the_address_query_is_the_starting_view() {
    let start = nordic_partnerships::query::url_state::parse("?q=zzzzqqq", "");
    let url = Rc::new(FakeUrl { start, ..FakeUrl::default() });
    let (element, _handle) = mount_bundled(Some(url));
    yew::scheduler::flush().await;
    assert_eq!(texts(&element, ".np-empty__title"), ["No partnerships match"]);
    let total = bundled::dataset().expect("bundled data loads").records.len();
    assert_eq!(texts(&element, "[role=status]"), [format!("0 of {total} partnerships")]);
}

/// A search typed while the loader is still indexing the words (it does that
/// after the first cards) waits with the cards it has and says so, then
/// answers as soon as the words are in, without indexing them a second time.
#[wasm_bindgen_test]
async fn a_search_typed_before_the_words_are_indexed_waits_for_them() {
    use nordic_partnerships::search::IndexBuilder;
    use nordic_partnerships::view::SharedIndex;

    let element = fresh_element();
    let dataset = Rc::new(bundled::dataset().expect("bundled data loads"));
    let total = dataset.records.len();
    let mut builder = IndexBuilder::new(&dataset.records, 2026, UiLang::En).text_later();
    while !builder.step() {}
    let index = Rc::new(builder.finish());
    let props = yew::props!(DataGateProps {
        state: DataState::Ready(Shared(Rc::clone(&dataset)), Some(SharedIndex::new(Rc::clone(&index), None))),
        settings: Settings { lang: UiLang::En, today_year: Some(2026), ..Settings::default() },
    });
    let mut handle = yew::Renderer::<DataGate>::with_root_and_props(element.clone(), props).render();
    settle(&element).await;
    assert_eq!(texts(&element, "[role=status]"), [format!("{total} partnerships")]);

    type_search(&element, "umea").await;
    assert_eq!(texts(&element, "[role=status]"), ["Preparing the search…"]);
    assert_eq!(texts(&element, ".np-results[aria-busy=true]").len(), 1);
    assert_eq!(texts(&element, ".np-card").len(), total.min(nordic_partnerships::view::state::PAGE_SIZE));

    // Nothing polls: without word from the loading session the search keeps waiting.
    for _ in 0..3 {
        web::pacing::after_next_frame().await;
        yew::scheduler::flush().await;
    }
    assert_eq!(texts(&element, "[role=status]"), ["Preparing the search…"]);
    // The session's background work indexes the words and hands the index over again.
    let mut text = index.text_builder(&dataset.records);
    while !text.step() {}
    index.add_text(text);
    handle.update(yew::props!(DataGateProps {
        state: DataState::Ready(Shared(Rc::clone(&dataset)), Some(SharedIndex::new(Rc::clone(&index), None))),
        settings: Settings { lang: UiLang::En, today_year: Some(2026), ..Settings::default() },
    }));
    for _ in 0..3 {
        web::pacing::after_next_frame().await;
        yew::scheduler::flush().await;
    }
    let status = texts(&element, "[role=status]");
    assert!(status[0].ends_with(&format!(" of {total} partnerships")), "{status:?}");
    assert!(texts(&element, "mark").iter().any(|m| m == "Umeå"), "{:?}", texts(&element, "mark"));
    assert!(texts(&element, ".np-results[aria-busy=true]").is_empty());
}
