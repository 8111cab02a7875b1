//! Yew components. Thin: they place text that the pure layer prepared
//! ([`crate::present`], [`crate::filter_view`]) and turn events into
//! [`crate::state::Action`]s. They never touch `window`, `document` or
//! `history`; the address bar is reached through [`UrlSync`].

mod active_filters;
mod card;
mod card_grid;
mod data_notice;
mod details_dialog;
mod empty_state;
mod facet_group;
mod failure;
mod filters_panel;
mod focus;
mod highlighted;
mod language_switch;
mod root;
mod search_box;
mod select_value;
mod sort_select;
mod source_list;
mod url_sync;
mod widget;
mod year_range;

pub use active_filters::{ActiveFilters, ActiveFiltersProps};
pub use card::{Card, CardProps};
pub use card_grid::{CardGrid, CardGridProps};
pub use data_notice::{DataError, DataErrorProps, DataNotice, DataNoticeProps};
pub use details_dialog::{DetailsDialog, DetailsDialogProps};
pub use empty_state::{EmptyState, EmptyStateProps};
pub use facet_group::{FacetGroup, FacetGroupProps};
pub use failure::Failure;
pub use filters_panel::{FiltersPanel, FiltersPanelProps};
pub use language_switch::{LanguageSwitch, LanguageSwitchProps};
pub use root::{DataState, Root, RootProps};
pub use search_box::{SearchBox, SearchBoxProps};
pub use sort_select::{SortSelect, SortSelectProps};
pub use source_list::{SourceList, SourceListProps};
pub use url_sync::{UrlSync, UrlSyncHandle};
pub use widget::{Widget, WidgetProps};
pub use year_range::{YearRange, YearRangeProps};
