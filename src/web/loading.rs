//! From a file's text to a widget's data, without stalling the page: the
//! records are read and indexed in small steps ([`Loader`], [`IndexBuilder`]),
//! and the browser gets a turn whenever a slice is used up ([`Pacer`]). Also
//! the one place where a file's problems reach the console.

use std::rc::Rc;

use super::console;
use super::pacing::Pacer;
use super::session::{CancelToken, Cancelled, LoadPlan};
use crate::embed::options::EmbedOptions;
use crate::embed::scope;
use crate::i18n::UiLang;
use crate::load::{Dataset, LoadError, Loader};
use crate::search::{Index, IndexBuilder};
use crate::view::{DataState, Failure, Shared, SharedIndex};

/// Records read per step.
const RECORDS_PER_STEP: usize = 32;

/// A file read for a widget: what it shows first, and what the session
/// builds after.
pub enum Loaded {
    /// Nothing could be read (the console has why).
    Failed(Failure),
    /// The records, their index and the first results.
    Ready {
        /// The records and problems.
        dataset: Shared<Dataset>,
        /// Their index, with the opening view answered.
        shared: SharedIndex,
    },
}

impl Loaded {
    /// The state a widget shows for it.
    pub fn state(&self) -> DataState {
        match self {
            Loaded::Failed(failure) => DataState::Failed(*failure),
            Loaded::Ready { dataset, shared } => DataState::Ready(dataset.clone(), Some(shared.clone())),
        }
    }
}

/// Reads `text` (from `source`, named in console messages) for the widget
/// of `plan`: its problems logged, narrowed to the editor's scope, indexed
/// for the widget's language, and its opening view answered. When that view
/// has no text, the records' words are indexed later ([`build_the_rest`]).
///
/// Leaves the user-timing marks `nordic-partnerships:read` (the text is in
/// hand, the work starts) and `nordic-partnerships:indexed` (the widget can
/// render), so tests and benchmarks can tell loading from the rest.
///
/// # Errors
///
/// [`Cancelled`] when the session was cancelled (checked at every slice).
pub async fn read_in_slices(
    source: &str,
    text: &str,
    plan: &LoadPlan,
    token: &CancelToken,
) -> Result<Loaded, Cancelled> {
    mark("nordic-partnerships:read");
    let (options, today, lang, start) = (&plan.options, plan.today, plan.lang, &plan.start);
    let mut pacer = Pacer::for_session(token);
    let mut loader = match Loader::new(text) {
        Ok(loader) => loader,
        Err(error) => return Ok(failed(source, &error)),
    };
    loop {
        match loader.read(RECORDS_PER_STEP) {
            Ok(true) => break,
            Ok(false) => pacer.pause_if_due().await?,
            Err(error) => return Ok(failed(source, &error)),
        }
    }
    let dataset = loader.finish();
    console::report_problems(source, &dataset.problems);
    let dataset = if scope::is_empty(&options.scope) {
        dataset
    } else {
        let index = build_index(&dataset, today, lang, options.scope.has_text(), &mut pacer).await?;
        scope::restrict_with(dataset, &index, &options.scope)
    };
    let index = Rc::new(build_index(&dataset, today, lang, start.has_text(), &mut pacer).await?);
    // The first query gets a task of its own, and the first render another.
    pacer.pause().await?;
    let first = Shared::new(index.run(start, lang));
    mark("nordic-partnerships:indexed");
    pacer.pause().await?;
    let shared = SharedIndex::new(index, Some((start.clone(), lang, first)));
    Ok(Loaded::Ready { dataset: Shared::new(dataset), shared })
}

async fn build_index(
    dataset: &Dataset,
    today: u16,
    lang: UiLang,
    text: bool,
    pacer: &mut Pacer,
) -> Result<Index, Cancelled> {
    let mut builder = IndexBuilder::new(&dataset.records, today, lang);
    if !text {
        builder = builder.text_later();
    }
    while !builder.step() {
        pacer.pause_if_due().await?;
    }
    Ok(builder.finish())
}

/// Gives the index the records' words if it lacks them (then tells the
/// widget, whose waiting search can run), then every interface language it
/// lacks, a slice at a time, once the first render is on screen and the
/// browser is idle. A language a visitor switched to sooner was built then
/// (`Index::prepare`) and is skipped here.
///
/// # Errors
///
/// [`Cancelled`] when the session was cancelled (checked at every slice).
pub async fn build_the_rest(
    loaded: Loaded,
    token: &CancelToken,
    on_state: &impl Fn(DataState),
) -> Result<(), Cancelled> {
    let Loaded::Ready { dataset, shared } = loaded else { return Ok(()) };
    let index = Rc::clone(&shared.index);
    super::pacing::until_idle().await;
    let mut pacer = Pacer::for_session(token);
    pacer.check()?;
    if !index.has_text() {
        let mut text = index.text_builder(&dataset.records);
        while !text.step() {
            pacer.pause_if_due().await?;
        }
        index.add_text(text);
        on_state(DataState::Ready(dataset.clone(), Some(SharedIndex::new(Rc::clone(&index), shared.first))));
    }
    for lang in UiLang::ALL {
        if index.has_language(lang) {
            continue;
        }
        let mut builder = index.language_builder(lang);
        while !builder.step(&index, &dataset.records) {
            pacer.pause_if_due().await?;
        }
        index.add_language(builder);
    }
    Ok(())
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
            DataState::Ready(Shared::new(scope::restrict(dataset, &options.scope, today)), None)
        }
        Err(error) => failed("bundled data", &error).state(),
    }
}

/// Without the bundled data, a widget given no address has nothing to show.
#[cfg(not(feature = "bundled-data"))]
pub fn compiled_in(_: &EmbedOptions, _: u16) -> DataState {
    console::report_missing_data();
    DataState::Failed(Failure::Internal)
}

fn failed(source: &str, error: &LoadError) -> Loaded {
    console::report_error(source, error);
    Loaded::Failed(match error {
        LoadError::TooLarge { .. } => Failure::TooLarge,
        _ => Failure::Invalid,
    })
}
