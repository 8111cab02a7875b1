//! The widget's view state and the actions that change it: every UI decision
//! as a pure function, tested natively. The Yew widget component only
//! dispatches [`Action`]s and renders what [`ViewState`] says.

use std::collections::BTreeSet;

use crate::i18n::UiLang;
use crate::model::RecordId;
use crate::query::url_state::WidgetAddress;
use crate::query::{Facet, FacetValue, Query, SortOrder, YearRange};

/// How many cards are rendered at first and added by each "Show more", so
/// the DOM stays small with thousands of records.
pub const PAGE_SIZE: usize = 24;

/// How many values a facet group lists before "Show more".
pub const FACET_PREVIEW: usize = 6;

/// How a state change should appear in the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryMode {
    /// Not at all (the change came from history, or is not part of the query).
    #[default]
    None,
    /// Replace the current entry (typing, so Back does not step per letter).
    Replace,
    /// Add an entry (a deliberate filter change, so Back undoes it).
    Push,
    /// Step back one entry: closing details this widget opened with a new
    /// entry, so the entry is gone rather than left behind as a duplicate.
    Back,
}

/// What removing a chip takes away.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChipTarget {
    /// The search text.
    Text,
    /// The year range.
    Years,
    /// One ticked facet value.
    Value(FacetValue),
}

/// Where keyboard focus should go after a change removed the control that
/// had it (a chip, "Clear all", the last "Show more").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The chip now at this position, else the results.
    Chip(usize),
    /// The card at this position among the results (the first one "Show more" added).
    Card(usize),
}

/// Everything the widget shows that is not the data itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// What the visitor asks for.
    pub query: Query,
    /// The interface language.
    pub lang: UiLang,
    /// How many result cards are rendered.
    pub n_visible: usize,
    /// How many cards each page adds.
    pub page_size: usize,
    /// Facet groups listing all their values rather than the first few.
    pub expanded: BTreeSet<Facet>,
    /// Facet groups folded shut.
    pub collapsed: BTreeSet<Facet>,
    /// Whether the filter panel is open on small screens.
    pub filters_open: bool,
    /// The record whose details are open (or asked for by a link: the widget
    /// says so when the data has no such record).
    pub details: Option<RecordId>,
    /// Whether opening the details added a history entry (so closing them
    /// steps back rather than leaving a second entry of the same view).
    pub details_pushed: bool,
    /// How the last change should reach the browser's history.
    pub history: HistoryMode,
    /// A focus move the last change asks for, numbered so that two equal
    /// requests in a row are still two requests.
    pub focus: Option<(u32, FocusTarget)>,
}

impl ViewState {
    /// The state a widget starts in, showing `page_size` cards (at least one)
    /// and with the partner facet (long) folded shut.
    pub fn new(start: WidgetAddress, lang: UiLang, page_size: usize) -> ViewState {
        let page_size = page_size.max(1);
        ViewState {
            query: start.query,
            lang,
            n_visible: page_size,
            page_size,
            expanded: BTreeSet::new(),
            collapsed: Facet::ALL.into_iter().filter(|f| f.spec().starts_folded).collect(),
            filters_open: false,
            details: start.open,
            details_pushed: false,
            history: HistoryMode::None,
            focus: None,
        }
    }
}

/// Something the visitor (or the browser's history) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The search text changed.
    SetText(String),
    /// A facet value was ticked or unticked.
    Toggle(FacetValue),
    /// Untick a value.
    Remove(FacetValue),
    /// A chip's remove button; `position` is the chip's place in the list.
    RemoveChip {
        /// What the chip stands for.
        target: ChipTarget,
        /// Its position among the chips.
        position: usize,
    },
    /// The year range changed.
    SetYears(YearRange),
    /// The sort order changed.
    SetSort(SortOrder),
    /// Remove every filter and the search text.
    ClearAll,
    /// Render the next page of cards.
    ShowMore,
    /// A facet's "Show more"/"Show fewer".
    ToggleExpanded(Facet),
    /// A facet group's heading button: fold or unfold it.
    ToggleCollapsed(Facet),
    /// The "Filters" button on small screens.
    ToggleFilters,
    /// The language switch.
    SetLang(UiLang),
    /// The host app's `query` prop (controlled mode): the view follows it.
    Follow(Query),
    /// Back/forward: the query and open details from the address bar.
    Restore(WidgetAddress),
    /// Open a record's details.
    OpenDetails(RecordId),
    /// Close the details.
    CloseDetails,
}

/// The state after `action`, or `None` when nothing changed (so Yew skips
/// the re-render).
pub fn apply(state: &ViewState, action: Action) -> Option<ViewState> {
    let mut next = state.clone();
    next.history = HistoryMode::None;
    next.focus = None;
    let seq = state.focus.map_or(0, |(n, _)| n.wrapping_add(1));
    let restoring = matches!(action, Action::Restore(_));
    let mode = match action {
        Action::SetText(text) => {
            next.query.text = text;
            HistoryMode::Replace
        }
        Action::Toggle(value) => {
            next.query.toggle(value);
            HistoryMode::Push
        }
        Action::Remove(value) => {
            next.query.deselect(&value);
            HistoryMode::Push
        }
        Action::SetYears(years) => {
            next.query.years = years;
            HistoryMode::Push
        }
        Action::SetSort(sort) => {
            next.query.sort = sort;
            HistoryMode::Push
        }
        Action::RemoveChip { target, position } => {
            match target {
                ChipTarget::Text => next.query.text.clear(),
                ChipTarget::Years => next.query.years = YearRange::default(),
                ChipTarget::Value(value) => {
                    next.query.deselect(&value);
                }
            }
            next.focus = Some((seq, FocusTarget::Chip(position)));
            HistoryMode::Push
        }
        Action::ClearAll => {
            next.query = Query::new();
            next.query.sort = state.query.sort;
            next.focus = Some((seq, FocusTarget::Chip(0)));
            HistoryMode::Push
        }
        Action::Follow(query) => {
            next.query = query;
            HistoryMode::Replace
        }
        Action::Restore(address) => {
            next.query = address.query;
            next.details = address.open;
            next.details_pushed = false;
            HistoryMode::None
        }
        Action::ShowMore => {
            next.n_visible = state.n_visible.saturating_add(state.page_size);
            next.focus = Some((seq, FocusTarget::Card(state.n_visible)));
            HistoryMode::None
        }
        Action::ToggleExpanded(facet) => {
            flip(&mut next.expanded, facet);
            HistoryMode::None
        }
        Action::ToggleCollapsed(facet) => {
            flip(&mut next.collapsed, facet);
            HistoryMode::None
        }
        Action::ToggleFilters => {
            next.filters_open = !state.filters_open;
            HistoryMode::None
        }
        Action::SetLang(lang) => {
            next.lang = lang;
            HistoryMode::None
        }
        Action::OpenDetails(id) => {
            next.details_pushed = state.details.as_ref() != Some(&id) || state.details_pushed;
            next.details = Some(id);
            HistoryMode::Push
        }
        Action::CloseDetails => {
            next.details = None;
            next.details_pushed = false;
            if state.details_pushed {
                HistoryMode::Back
            } else {
                HistoryMode::Replace
            }
        }
    };
    if next.query == state.query && matches!(next.focus, Some((_, FocusTarget::Chip(_)))) {
        // Nothing was removed, so no control disappeared.
        next.focus = None;
    }
    if next.query != state.query {
        // New results start again from the first page.
        next.n_visible = state.page_size;
        next.history = mode;
        if !restoring {
            // Details cannot be open while the query changes (the dialog is
            // modal): what is left is a link's unknown id, now answered.
            next.details = None;
            next.details_pushed = false;
        }
    } else if next.details != state.details {
        next.history = mode;
    }
    (next != *state).then_some(next)
}

fn flip(set: &mut BTreeSet<Facet>, facet: Facet) {
    if !set.remove(&facet) {
        set.insert(facet);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Country;

    fn start() -> ViewState {
        ViewState::new(WidgetAddress::default(), UiLang::En, PAGE_SIZE)
    }

    fn id(text: &str) -> RecordId {
        RecordId::parse(text).unwrap()
    }

    #[test]
    fn opening_details_adds_an_entry_and_closing_steps_back() {
        let open = apply(&start(), Action::OpenDetails(id("a-1"))).unwrap();
        assert_eq!(
            (open.details.clone(), open.history, open.details_pushed),
            (Some(id("a-1")), HistoryMode::Push, true)
        );
        let closed = apply(&open, Action::CloseDetails).unwrap();
        assert_eq!((closed.details.clone(), closed.history), (None, HistoryMode::Back));
        // Back from the open entry restores the view without details: nothing more to write.
        let back = apply(&open, Action::Restore(WidgetAddress::default())).unwrap();
        assert_eq!((back.details.clone(), back.history), (None, HistoryMode::None));
        // The dialog's own close event after that changes nothing.
        assert_eq!(apply(&back, Action::CloseDetails), None);
    }

    #[test]
    fn details_a_link_opened_close_by_replacing_the_entry() {
        let linked = ViewState::new(WidgetAddress { query: Query::new(), open: Some(id("b")) }, UiLang::En, PAGE_SIZE);
        assert_eq!((linked.details.clone(), linked.details_pushed), (Some(id("b")), false));
        let closed = apply(&linked, Action::CloseDetails).unwrap();
        assert_eq!((closed.details.clone(), closed.history), (None, HistoryMode::Replace));
        // Forward again to an entry with details: open, and closing replaces (nothing of ours to step back over).
        let forward =
            apply(&closed, Action::Restore(WidgetAddress { query: Query::new(), open: Some(id("b")) })).unwrap();
        assert_eq!(apply(&forward, Action::CloseDetails).unwrap().history, HistoryMode::Replace);
    }

    #[test]
    fn a_query_change_drops_an_unknown_linked_id() {
        let linked =
            ViewState::new(WidgetAddress { query: Query::new(), open: Some(id("gone")) }, UiLang::En, PAGE_SIZE);
        let typed = apply(&linked, Action::SetText("x".into())).unwrap();
        assert_eq!((typed.details, typed.history), (None, HistoryMode::Replace));
        // Back/forward set both at once.
        let restored =
            apply(&start(), Action::Restore(WidgetAddress { query: Query::new().with_text("y"), open: Some(id("c")) }))
                .unwrap();
        assert_eq!((restored.query.text.as_str(), restored.details), ("y", Some(id("c"))));
    }

    #[test]
    fn typing_replaces_history_and_ticking_pushes() {
        let typed = apply(&start(), Action::SetText("umea".into())).unwrap();
        assert_eq!((typed.query.text.as_str(), typed.history), ("umea", HistoryMode::Replace));
        let ticked = apply(&typed, Action::Toggle(FacetValue::Country(Country::Se))).unwrap();
        assert_eq!(ticked.history, HistoryMode::Push);
        assert!(ticked.query.is_selected(&FacetValue::Country(Country::Se)));
        let restored = apply(&ticked, Action::Restore(WidgetAddress::default())).unwrap();
        assert_eq!((restored.query.clone(), restored.history), (Query::default(), HistoryMode::None));
    }

    #[test]
    fn a_new_query_starts_from_the_first_page() {
        let more = apply(&start(), Action::ShowMore).unwrap();
        assert_eq!(more.n_visible, 2 * PAGE_SIZE);
        let filtered = apply(&more, Action::Toggle(FacetValue::Country(Country::No))).unwrap();
        assert_eq!(filtered.n_visible, PAGE_SIZE);
    }

    #[test]
    fn nothing_changed_gives_none() {
        assert_eq!(apply(&start(), Action::Remove(FacetValue::Country(Country::Fi))), None);
        assert_eq!(apply(&start(), Action::CloseDetails), None);
        assert_eq!(apply(&start(), Action::SetLang(UiLang::En)), None);
        assert_eq!(apply(&start(), Action::ClearAll), None);
    }

    #[test]
    fn clear_all_keeps_the_sort_order() {
        let mut state = start();
        state.query.sort = SortOrder::Title;
        state.query.text = "ai".into();
        state.query.select(FacetValue::Country(Country::Dk));
        let cleared = apply(&state, Action::ClearAll).unwrap();
        let mut expected = Query::new();
        expected.sort = SortOrder::Title;
        assert_eq!(cleared.query, expected);
        assert_eq!(cleared.history, HistoryMode::Push);
    }

    #[test]
    fn removed_controls_hand_focus_on() {
        let mut state = start();
        state.query.select(FacetValue::Country(Country::No));
        let removed = apply(
            &state,
            Action::RemoveChip { target: ChipTarget::Value(FacetValue::Country(Country::No)), position: 0 },
        )
        .unwrap();
        assert_eq!(removed.focus, Some((0, FocusTarget::Chip(0))));
        assert_eq!(removed.history, HistoryMode::Push);
        let more = apply(&removed, Action::ShowMore).unwrap();
        assert_eq!(more.focus, Some((1, FocusTarget::Card(PAGE_SIZE))));
        let typed = apply(&more, Action::SetText("x".into())).unwrap();
        assert_eq!(typed.focus, None);
    }

    #[test]
    fn panels_fold_and_unfold() {
        assert!(start().collapsed.contains(&Facet::Partner));
        let unfolded = apply(&start(), Action::ToggleCollapsed(Facet::Partner)).unwrap();
        assert!(!unfolded.collapsed.contains(&Facet::Partner));
        let expanded = apply(&start(), Action::ToggleExpanded(Facet::FocusArea)).unwrap();
        assert!(expanded.expanded.contains(&Facet::FocusArea));
        assert!(apply(&start(), Action::ToggleFilters).unwrap().filters_open);
    }
}
