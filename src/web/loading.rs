//! From a file's text to a widget's data, without stalling the page: the
//! records are read and indexed in small steps ([`Loader`], [`IndexBuilder`]),
//! and the browser gets a turn whenever a slice is used up ([`Pacer`]). Also
//! the one place where a file's problems reach the console.

use std::rc::Rc;

use super::console;
use super::pacing::Pacer;
use crate::embed::options::EmbedOptions;
use crate::embed::scope;
use crate::i18n::UiLang;
use crate::load::{Dataset, LoadError, Loader};
use crate::query::Query;
use crate::search::{Index, IndexBuilder};
use crate::view::{DataState, Failure, SharedIndex};

/// Records read per step.
const RECORDS_PER_STEP: usize = 32;

/// Reads `text` (from `source`, named in console messages) for a widget with
/// `options` that opens in `lang` with the query `start`: its problems
/// logged, narrowed to the editor's scope, indexed for `lang`, and `start`
/// answered. When `start` has no text, the records' words are indexed only
/// after the first cards, in the background, and so are the other interface
/// languages (a visitor who types or switches sooner gets them built at once).
///
/// Leaves the user-timing marks `nordic-partnerships:read` (the text is in
/// hand, the work starts) and `nordic-partnerships:indexed` (the widget can
/// render), so tests and benchmarks can tell loading from the rest.
pub async fn read_in_slices(
    source: &str,
    text: &str,
    options: &EmbedOptions,
    today: u16,
    lang: UiLang,
    start: &Query,
) -> DataState {
    mark("nordic-partnerships:read");
    let mut pacer = Pacer::new();
    let mut loader = match Loader::new(text) {
        Ok(loader) => loader,
        Err(error) => return failed(source, &error),
    };
    loop {
        match loader.read(RECORDS_PER_STEP) {
            Ok(true) => break,
            Ok(false) => pacer.pause_if_due().await,
            Err(error) => return failed(source, &error),
        }
    }
    let dataset = loader.finish();
    console::report_problems(source, &dataset.problems);
    let dataset = if scope::is_empty(&options.scope) {
        dataset
    } else {
        let index = build_index(&dataset, today, lang, options.scope.has_text(), &mut pacer).await;
        scope::restrict_with(dataset, &index, &options.scope)
    };
    let index = Rc::new(build_index(&dataset, today, lang, start.has_text(), &mut pacer).await);
    // The first query gets a task of its own, and the first render another.
    pacer.pause().await;
    let first = Rc::new(index.run(start, lang));
    mark("nordic-partnerships:indexed");
    pacer.pause().await;
    let dataset = Rc::new(dataset);
    wasm_bindgen_futures::spawn_local(build_the_rest(Rc::clone(&dataset), Rc::clone(&index)));
    DataState::Ready(dataset, Some(SharedIndex { index, first: Some((start.clone(), lang, first)) }))
}

async fn build_index(dataset: &Dataset, today: u16, lang: UiLang, text: bool, pacer: &mut Pacer) -> Index {
    let mut builder = IndexBuilder::new(&dataset.records, today, lang);
    if !text {
        builder = builder.text_later();
    }
    while !builder.step() {
        pacer.pause_if_due().await;
    }
    builder.finish()
}

/// Gives `index` the records' words if it lacks them, then every interface
/// language it lacks, a slice at a time, once the first render is on screen
/// and the browser is idle. A part a visitor needed sooner was built then
/// (`Index::prepare_text`, `Index::prepare`) and is skipped here.
async fn build_the_rest(dataset: Rc<Dataset>, index: Rc<Index>) {
    super::pacing::until_idle().await;
    let mut pacer = Pacer::new();
    let mut text = index.text_builder(&dataset.records);
    while !index.has_text() && !text.step() {
        pacer.pause_if_due().await;
    }
    index.add_text(text);
    for lang in UiLang::ALL {
        if index.has_language(lang) {
            continue;
        }
        let mut builder = index.language_builder(lang);
        while !builder.step(&index, &dataset.records) {
            pacer.pause_if_due().await;
        }
        index.add_language(builder);
    }
}

/// A user-timing mark (ignored where the browser has none).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The data compiled into the library, for a widget given no address (the
/// published widget always has one: `embed.js` passes its `partnerships.json`).
/// It is small, so it is read at once.
#[cfg(feature = "bundled-data")]
pub fn compiled_in(options: &EmbedOptions, today: u16) -> DataState {
    match crate::load::bundled::dataset() {
        Ok(dataset) => {
            console::report_problems("bundled data", &dataset.problems);
            DataState::Ready(Rc::new(scope::restrict(dataset, &options.scope, today)), None)
        }
        Err(error) => failed("bundled data", &error),
    }
}

/// Without the bundled data, a widget given no address has nothing to show.
#[cfg(not(feature = "bundled-data"))]
pub fn compiled_in(_: &EmbedOptions, _: u16) -> DataState {
    console::report_missing_data();
    DataState::Failed(Failure::Internal)
}

fn failed(source: &str, error: &LoadError) -> DataState {
    console::report_error(source, error);
    DataState::Failed(match error {
        LoadError::TooLarge { .. } => Failure::TooLarge,
        _ => Failure::Invalid,
    })
}
