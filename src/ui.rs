//! Yew components. Thin: they place text that the pure layer prepared
//! ([`crate::view::card_text`], [`crate::view::filters`]) and turn events into
//! [`crate::view::state::Action`]s. They never touch `window`, `document` or
//! `history`; the address bar is reached through [`crate::view::UrlSync`].

mod active_filters;
mod card_grid;
mod copy_link;
mod country_map;
mod data_error;
mod data_gate;
mod data_notice;
mod details_dialog;
mod embedded_widget;
mod empty_state;
mod facet_group;
mod filters_panel;
mod hooks;
mod language_switch;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
mod safe_markup;
mod search_box;
mod select_value;
mod sort_select;
mod timeline;
mod view_actions;
mod widget;
mod year_range;

use card_grid::CardGrid;
use copy_link::use_copy_link;
#[doc(hidden)]
pub use data_gate::{DataGate, DataGateProps};
use details_dialog::DetailsDialog;
#[doc(hidden)]
pub use embedded_widget::render_embedded;
use language_switch::LanguageSwitch;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub use prerender::render_to_string;
use safe_markup::SafeMarkup;
use sort_select::SortSelect;
use timeline::TimelineChart;
use view_actions::ViewActions;
pub use widget::{Widget, WidgetProps};
use year_range::YearRangeFilter;

/// The widget's landmark name: the editor's title, else the interface
/// language's name for the widget.
fn landmark_label(title: Option<&String>, lang: crate::i18n::UiLang) -> yew::AttrValue {
    title.map_or(yew::AttrValue::Static(lang.texts().widget_label), |t| yew::AttrValue::from(t.clone()))
}
