//! The root component: search box, filters, chips, live result count, the
//! card grid and the details dialog, over one `use_reducer` of
//! [`ViewState`]. Every decision is in [`crate::view::state`] and
//! [`crate::view::filters`]; this file wires them to components.

use std::rc::Rc;

use yew::prelude::*;

use super::active_filters::{active_filters, ActiveFiltersProps};
use super::data_notice::data_notice;
use super::empty_state::empty_state;
use super::filters_panel::{filters_panel, FiltersPanelProps};
use super::search_box::{search_box, SearchBoxProps};
use super::{CardGrid, DetailsDialog, LanguageSwitch, SortSelect, ViewActions};
use crate::embed::settings::Settings;
use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::model::RecordId;
use crate::query::url_state::WidgetAddress;
use crate::query::Query;
use crate::search::{Index, Results};
use crate::view::filters::{chips, result_count, year_bounds};
use crate::view::headings::heading_tag;
use crate::view::report::{changes, ResultCount, WidgetReport};
use crate::view::state::{apply, Action, HistoryMode, ViewState};
use crate::view::{starting_address, Shared, SharedIndex, UrlSyncHandle};

/// `data={Rc::new(dataset)}` as before [`Shared`]: the prop takes an `Rc` too.
impl<T> yew::html::IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}

/// Properties of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The loaded data: its valid records are shown, its problems counted.
    /// Compared by identity (a new dataset is a new `Rc`); `data={Rc::new(dataset)}`
    /// works as well as `data={Shared::new(dataset)}`.
    pub data: Shared<Dataset>,
    /// How the widget looks and opens: language, theme, page size, starting
    /// view, heading, map and timeline ([`Settings`], one value).
    #[prop_or_default]
    pub settings: Settings,
    #[doc(hidden)]
    /// An index already built from `data`'s records (the embedded widget
    /// builds it in slices while loading); without one it is built at once.
    #[prop_or_default]
    pub index: Option<SharedIndex>,
    /// Keeps the query in the page address (back, forward, shared links).
    #[prop_or_default]
    pub url: Option<UrlSyncHandle>,
    #[doc(hidden)]
    /// Notices for editors, shown above the results (ignored settings).
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    #[doc(hidden)]
    /// Render every result, not just the first pages (while printing).
    #[prop_or_default]
    pub show_all: bool,
    /// Whether the widget styles itself (the default): it adopts the
    /// stylesheet it carries into the document, or the shadow root it
    /// renders in, once (no file to copy; a strict CSP allows it). `false`
    /// for an app with its own styles (`static/widget.css` is the start).
    #[prop_or(true)]
    pub styles: bool,
    /// Controlled mode: when given, the widget shows this query and follows
    /// every new value the app passes. The visitor's changes still apply and
    /// are reported through `on_query`; an app that passes them back keeps
    /// the two in step. `None` (the default): the widget keeps its own
    /// query, starting from `settings.initial_query` or the address.
    #[prop_or_default]
    pub query: Option<Query>,
    /// Called with the query at the start and whenever it changes.
    #[prop_or_default]
    pub on_query: Option<Callback<Query>>,
    /// Called with how many partnerships the view finds (of how many) at the
    /// start and whenever that changes.
    #[prop_or_default]
    pub on_results: Option<Callback<ResultCount>>,
    /// Called with the interface language at the start and whenever the
    /// visitor switches it.
    #[prop_or_default]
    pub on_lang: Option<Callback<UiLang>>,
    /// Called when the visitor opens a partnership's details (its id) and
    /// when they close them (`None`); a shared link that opens one counts.
    #[prop_or_default]
    pub on_open: Option<Callback<Option<RecordId>>>,
    /// Called with the whole report (query, results, language) at the start
    /// and whenever any part of it changes: one call where the others may
    /// make three.
    #[prop_or_default]
    pub on_change: Option<Callback<WidgetReport>>,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match apply(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// The partnership widget.
///
/// ```no_run
/// use std::rc::Rc;
/// use nordic_partnerships::{load::bundled, ui::Widget};
/// use yew::prelude::*;
///
/// #[component]
/// fn App() -> Html {
///     let data = use_memo((), |_| bundled::dataset().unwrap_or_default());
///     html! { <Widget data={Rc::clone(&data)} /> }
/// }
/// ```
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let settings = &props.settings;
    let state = {
        let mut initial = starting_address(props.url.as_ref(), &settings.initial_query);
        if let Some(query) = &props.query {
            initial.query = query.clone();
        }
        let (lang, page_size) = (settings.lang, settings.page_size);
        use_reducer(move || ViewState::new(initial, lang, page_size))
    };
    // One callback for the widget's lifetime: children compare callbacks by
    // pointer, so a new one per render would re-render every child per keystroke.
    // A new language takes effect once its texts are here (the published widget
    // fetches a language a visitor switches to): until then the widget stays in
    // the one it speaks, and stays in it if they cannot be had.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |()| {
            Callback::from(move |action| match action {
                Action::SetLang(lang) => {
                    let dispatcher = dispatcher.clone();
                    crate::web::texts::when_ready(lang, move |ready| {
                        if ready {
                            dispatcher.dispatch(Action::SetLang(lang));
                        }
                    });
                }
                action => dispatcher.dispatch(action),
            })
        }))
        .clone()
    };
    let today = settings.today_year.unwrap_or_else(|| year_bounds(&props.data.records, 0).1);
    let index = use_memo((props.data.clone(), today, props.index.clone()), |(data, today, index)| match index {
        Some(index) => index.clone(),
        None => SharedIndex::new(Rc::new(Index::new(&data.records, *today)), None),
    });
    // A search typed while the loading session is still indexing the words
    // (a large file, right after the first cards) waits for them with the
    // last results on screen and the count saying so; the session hands the
    // index over again once they are in, which re-runs it.
    let last_results = use_mut_ref(|| None::<(Shared<Dataset>, Shared<Results>)>);
    let pending = index.waits_for_text(&state.query);
    let results = {
        let index = Rc::clone(&index);
        let last_results = last_results.clone();
        let key = (state.query.clone(), state.lang, props.data.clone(), pending);
        use_memo(key, move |(query, lang, data, pending)| {
            if *pending {
                // The last results, if they are of this data.
                let last = last_results.borrow().as_ref().filter(|(of, _)| of == data).map(|(_, r)| r.clone());
                return last.unwrap_or_else(|| index.results(&query.clone().with_text(""), *lang));
            }
            // A language the loader has not indexed yet is indexed now.
            index.index.prepare(&data.records, *lang);
            let results = index.results(query, *lang);
            *last_results.borrow_mut() = Some((data.clone(), results.clone()));
            results
        })
    };
    let results: Shared<_> = (*results).clone();
    // Counted once per dataset, not on every keystroke (a noisy file has thousands of problems).
    let notice_counts = use_memo(props.data.clone(), |data| (data.n_rejected(), data.n_incomplete()));
    let bounds = use_memo((props.data.clone(), today), |(data, today)| year_bounds(&data.records, *today));

    // Back/forward restore the query; every query change reaches the address bar.
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.url.clone(), move |url| {
            let guard = url.as_ref().map(|url| {
                let dispatch = dispatch.clone();
                url.0.listen(Box::new(move |address| dispatch.emit(Action::Restore(address))))
            });
            move || drop(guard)
        });
    }
    {
        let url = props.url.clone();
        let address = WidgetAddress { query: state.query.clone(), open: state.details.clone() };
        use_effect_with((address, state.history), move |(address, mode)| {
            if let (Some(url), HistoryMode::Push | HistoryMode::Replace | HistoryMode::Back) = (url, mode) {
                url.0.write(address, *mode);
            }
        });
    }

    // After a chip, "Clear all" or the last "Show more" disappears, put focus
    // where the state says, inside the results.
    let results_area = use_node_ref();
    {
        let results_area = results_area.clone();
        use_effect_with(state.focus, move |focus| {
            if let Some((_, target)) = focus {
                crate::web::focus::restore(&results_area, *target);
            }
        });
    }
    // No results: no card grid to wait for, so the live view (its empty
    // state) takes a prerendered view's place at once.
    {
        let results_area = results_area.clone();
        let empty = results.total() == 0 && !pending;
        use_effect_with(empty, move |empty| {
            if let (true, Some(node)) = (*empty, results_area.get()) {
                crate::web::first_view::take_over(&node);
            }
        });
    }

    // The widget brings its own styles.
    {
        let results_area = results_area.clone();
        use_effect_with(props.styles, move |styles| {
            if let (true, Some(node)) = (*styles, results_area.get()) {
                crate::web::adopt_styles(&node);
            }
        });
    }
    // Controlled mode: a new `query` from the app is what the view shows.
    {
        let (dispatch, current) = (dispatch.clone(), state.query.clone());
        use_effect_with(props.query.clone(), move |query| {
            if let Some(query) = query.as_ref().filter(|q| **q != current) {
                dispatch.emit(Action::Follow(query.clone()));
            }
        });
    }
    // A new language in the settings (the app's own switch) is followed too.
    {
        let (dispatch, current) = (dispatch.clone(), state.lang);
        use_effect_with(settings.lang, move |lang| {
            if *lang != current {
                dispatch.emit(Action::SetLang(*lang));
            }
        });
    }
    // Tell the host what the view shows: at the start and after every change
    // (not while a search waits for the words to be indexed).
    {
        let report = WidgetReport {
            query: state.query.clone(),
            results: ResultCount { count: results.total(), total: props.data.records.len() },
            lang: state.lang,
        };
        let last = use_mut_ref(|| None::<WidgetReport>);
        let callbacks =
            (props.on_query.clone(), props.on_results.clone(), props.on_lang.clone(), props.on_change.clone());
        use_effect_with((report, pending), move |(report, pending)| {
            let (on_query, on_results, on_lang, on_change) = callbacks;
            if *pending {
                return;
            }
            let (query, results, lang) = changes(last.borrow().as_ref(), report);
            *last.borrow_mut() = Some(report.clone());
            if let (true, Some(on)) = (query, on_query) {
                on.emit(report.query.clone());
            }
            if let (true, Some(on)) = (results, on_results) {
                on.emit(report.results);
            }
            if let (true, Some(on)) = (lang, on_lang) {
                on.emit(report.lang);
            }
            if let (true, Some(on)) = (query || results || lang, on_change) {
                on.emit(report.clone());
            }
        });
    }
    {
        let last = use_mut_ref(|| None::<RecordId>);
        let on_open = props.on_open.clone();
        use_effect_with(state.details.clone(), move |open| {
            if *last.borrow() != *open {
                *last.borrow_mut() = open.clone();
                if let Some(on_open) = on_open {
                    on_open.emit(open.clone());
                }
            }
        });
    }

    // The open details' record: a link may name one the data does not hold.
    let details = use_memo((props.data.clone(), state.details.clone()), |(data, id)| {
        id.as_ref().map(|id| (id.clone(), data.records.iter().position(|r| r.id == *id)))
    });
    let details_link = details.as_ref().as_ref().and_then(|(id, _)| {
        let address = WidgetAddress { query: Query::new(), open: Some(id.clone()) };
        props.url.as_ref().and_then(|url| url.0.link(&address)).map(AttrValue::from)
    });

    let lang = state.lang;
    let texts = lang.texts();
    let title = super::landmark_label(settings.title.as_ref(), lang);
    let total = props.data.records.len();
    let chips = chips(&state.query, lang);
    let n_filters = state.query.selected().count() + usize::from(!state.query.years.is_open());
    let on_toggle_filters = dispatch.reform(|_: MouseEvent| Action::ToggleFilters);
    let on_close_details = {
        let dispatch = dispatch.clone();
        (*use_memo((), move |()| dispatch.reform(|()| Action::CloseDetails))).clone()
    };

    html! {
        <section class="np-widget" data-theme={settings.theme.code()} lang={lang.tag()} aria-label={title.clone()}>
            <header class="np-header">
                <@{heading_tag(settings.heading_level, 0)} class="np-title">{ title }</@>
                <LanguageSwitch {lang} on_action={dispatch.clone()} />
            </header>
            { data_notice(notice_counts.0, notice_counts.1, &props.notices, lang) }
            if let Some((id, None)) = details.as_ref() {
                <p class="np-notice">{ texts.unknown_partnership.replace("{id}", id.as_str()) }</p>
            }
            <div class="np-toolbar">
                { search_box(&SearchBoxProps { text: AttrValue::from(state.query.text.clone()), lang, on_action: dispatch.clone() }) }
                <SortSelect sort={state.query.sort} {lang} on_action={dispatch.clone()} />
                <button type="button" class="np-button np-filters-toggle" aria-expanded={state.filters_open.to_string()}
                    onclick={on_toggle_filters}>
                    { texts.filters }
                    if n_filters > 0 { { format!(" ({n_filters})") } }
                </button>
            </div>
            <div class="np-layout">
                { filters_panel(&FiltersPanelProps {
                    results: results.clone(),
                    years: state.query.years,
                    year_bounds: *bounds,
                    expanded: state.expanded.clone(),
                    collapsed: state.collapsed.clone(),
                    open: state.filters_open,
                    map: settings.map,
                    timeline: settings.timeline,
                    lang,
                    on_action: dispatch.clone(),
                }) }
                <div class="np-results" ref={results_area} tabindex="-1" aria-busy={pending.then_some("true")}>
                    <div class="np-results-bar">
                        <p class="np-count" role="status">
                            if pending { { texts.search_pending } } else { { result_count(results.total(), total, lang) } }
                        </p>
                        if results.total() > 0 && !pending {
                            <ViewActions data={props.data.clone()} results={results.clone()} query={state.query.clone()}
                                url={props.url.clone()} {lang} />
                        }
                    </div>
                    if results.total() > 0 {
                        { active_filters(&ActiveFiltersProps { chips: chips.clone(), lang, on_action: dispatch.clone() }) }
                        <CardGrid data={props.data.clone()} results={results.clone()} n_visible={if props.show_all { usize::MAX } else { state.n_visible }} page_size={state.page_size}
                            heading_level={settings.heading_level} {lang} on_action={dispatch.clone()} />
                    } else {
                        { empty_state(chips, lang, &dispatch) }
                    }
                </div>
            </div>
            <DetailsDialog data={props.data.clone()} index={details.as_ref().as_ref().and_then(|(_, index)| *index)}
                link={details_link} heading_level={settings.heading_level} {lang} on_close={on_close_details} />
        </section>
    }
}
