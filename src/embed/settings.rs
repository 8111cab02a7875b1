//! A widget's settings as one value: what an editor's attributes (or a Rust
//! app) decide about how the widget looks and opens. It travels whole from
//! the attributes to the component that reads it, so a new setting is a
//! field here and its entry in [`crate::embed::options`]'s table, not a prop
//! relayed through every component on the way.

use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::query::Query;

/// The level of the widget's heading unless told otherwise: most host pages
/// have their own `<h1>`.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// How a widget looks and opens.
///
/// ```
/// use nordic_partnerships::embed::settings::Settings;
/// use nordic_partnerships::i18n::UiLang;
/// let settings = Settings { lang: UiLang::Sv, page_size: 12, ..Settings::default() };
/// assert!(settings.map && settings.timeline);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The interface language to start in.
    pub lang: UiLang,
    /// The colour theme; by default the visitor's system setting.
    pub theme: Theme,
    /// Cards per page ("Show more" adds as many).
    pub page_size: usize,
    /// The view to start with, unless the address bar holds one.
    pub initial_query: Query,
    /// The current year, for open periods and the year range; `None` takes
    /// the latest year in the data.
    pub today_year: Option<u16>,
    /// The heading and landmark name; by default the interface language's.
    pub title: Option<String>,
    /// The level of the widget's heading (1–6); headings inside follow it.
    pub heading_level: u8,
    /// Whether the map of countries is shown.
    pub map: bool,
    /// Whether the timeline is shown.
    pub timeline: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: UiLang::default(),
            theme: Theme::Auto,
            page_size: crate::view::state::PAGE_SIZE,
            initial_query: Query::new(),
            today_year: None,
            title: None,
            heading_level: DEFAULT_HEADING_LEVEL,
            map: true,
            timeline: true,
        }
    }
}
