//! The settings an editor gives a widget — `data-*` attributes on the mount
//! element, or the same names in the JS `mount(element, options)` call — read
//! into typed [`EmbedOptions`]. Every bad value is reported with the attribute,
//! the value and what was expected, and otherwise ignored: a typo never stops
//! the widget.
//!
//! | attribute | meaning |
//! |---|---|
//! | `data-src` | URL of the organisation's own JSON (schema v1), resolved against the page |
//! | `data-lang` | interface language: `en`, `nb` (`nn`, `no`), `sv`, `da`, `fi` |
//! | `data-theme` | `auto`, `light` or `dark` |
//! | `data-country`, `data-focus`, `data-kind`, `data-partner-kind`, `data-status` | comma-separated codes: the widget only ever shows partnerships matching them (locked) |
//! | `data-partner` | partner names separated by `;`: only partnerships of these organisations |
//! | `data-query` | a starting view in the address-bar form, e.g. `q=ai&country=SE&sort=newest` (visitors can change it) |
//! | `data-page-size` | cards per page, 1–200 (default 24) |
//! | `data-url-state` | `on` (default), `off`, or a parameter prefix such as `np2-` |
//! | `data-title` | the widget's heading and landmark name (give each widget on a page its own) |

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

use std::fmt;

use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::query::url_state;
use crate::query::{Facet, FacetValue, Query};
use crate::view::state::PAGE_SIZE;

/// The largest page size accepted.
pub const MAX_PAGE_SIZE: usize = 200;

/// The longest attribute value read; longer ones are reported and ignored.
const MAX_VALUE_CHARS: usize = 2_000;

/// Settings read before the locked filters, and after them (so messages come
/// in the order an editor reads the attribute table).
const FIRST_OPTIONS: [&str; 3] = ["src", "lang", "theme"];
const LAST_OPTIONS: [&str; 4] = ["query", "page-size", "url-state", "title"];

/// Every option name, without the `data-` prefix; the locked filters are
/// named by [`Facet::setting`].
pub fn option_names() -> impl Iterator<Item = &'static str> {
    FIRST_OPTIONS.into_iter().chain(Facet::ALL.into_iter().map(Facet::setting)).chain(LAST_OPTIONS)
}

/// Where a widget keeps its query in the page address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlState {
    /// Not at all.
    Off,
    /// Under parameters starting with this prefix; `None` lets the page pick
    /// one that no other widget uses.
    On(Option<String>),
}

/// A widget's settings, after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The editor's own data, instead of the bundled data.
    pub src: Option<String>,
    /// The interface language, if set.
    pub lang: Option<UiLang>,
    /// The colour theme.
    pub theme: Theme,
    /// Locked filters: partnerships outside them are never shown.
    pub scope: Query,
    /// The starting view.
    pub start: Query,
    /// Cards per page.
    pub page_size: usize,
    /// Address-bar syncing.
    pub url_state: UrlState,
    /// The widget's heading, instead of the default in the interface language.
    pub title: Option<String>,
}

impl Default for EmbedOptions {
    fn default() -> EmbedOptions {
        EmbedOptions {
            src: None,
            lang: None,
            theme: Theme::Auto,
            scope: Query::new(),
            start: Query::new(),
            page_size: PAGE_SIZE,
            url_state: UrlState::On(None),
            title: None,
        }
    }
}

/// A setting that was not understood (and so ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionProblem {
    /// The attribute, e.g. `data-country`.
    pub attribute: String,
    /// The value found (cut to a readable length).
    pub value: String,
    /// What was expected.
    pub expected: String,
}

impl fmt::Display for OptionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={:?} was ignored: expected {}", self.attribute, self.value, self.expected)
    }
}

/// Reads options from `get(name)`, which returns the value of `data-<name>`
/// (or the JS option of that name) if given.
pub fn read(get: impl Fn(&str) -> Option<String>) -> (EmbedOptions, Vec<OptionProblem>) {
    let mut options = EmbedOptions::default();
    let mut problems = Vec::new();
    let mut problem = |name: &str, value: &str, expected: String| {
        let value: String = value.chars().take(80).collect();
        problems.push(OptionProblem { attribute: format!("data-{name}"), value, expected });
    };
    for name in option_names() {
        let Some(raw) = get(name) else { continue };
        if raw.chars().count() > MAX_VALUE_CHARS {
            problem(name, &raw, format!("at most {MAX_VALUE_CHARS} characters"));
            continue;
        }
        let value = raw.trim();
        match name {
            "src" if value.is_empty() => problem(name, value, "the address of a JSON file".into()),
            "src" => options.src = Some(value.to_owned()),
            "title" if value.is_empty() => problem(name, value, "a heading for the widget".into()),
            "title" => options.title = Some(value.to_owned()),
            "lang" => match UiLang::from_tag(value) {
                Some(lang) => options.lang = Some(lang),
                None => problem(name, value, "one of en, nb, sv, da, fi".into()),
            },
            "theme" => match Theme::parse(value) {
                Some(theme) => options.theme = theme,
                None => problem(name, value, "auto, light or dark".into()),
            },
            "query" => options.start = url_state::parse(value, ""),
            "page-size" => match value.parse::<usize>() {
                Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => options.page_size = n,
                _ => problem(name, value, format!("a whole number from 1 to {MAX_PAGE_SIZE}")),
            },
            "url-state" => {
                options.url_state = match value {
                    "" | "on" => UrlState::On(None),
                    "off" => UrlState::Off,
                    prefix if is_prefix(prefix) => UrlState::On(Some(prefix.to_owned())),
                    _ => {
                        problem(name, value, "on, off, or a prefix of letters, digits, - and _".into());
                        continue;
                    }
                }
            }
            _ => {
                let Some(facet) = Facet::from_setting(name) else { continue };
                let separator = if facet == Facet::Partner { ';' } else { ',' };
                for part in value.split(separator).map(str::trim).filter(|p| !p.is_empty()) {
                    let code = match facet {
                        Facet::Country => part.to_ascii_uppercase(),
                        Facet::Partner => part.to_owned(),
                        _ => part.to_ascii_lowercase(),
                    };
                    match FacetValue::parse(facet, &code) {
                        Some(v) => {
                            options.scope.select(v);
                        }
                        None => problem(name, part, expected_codes(facet)),
                    }
                }
            }
        }
    }
    (options, problems)
}

fn expected_codes(facet: Facet) -> String {
    use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};
    let codes = match facet {
        Facet::Country => Country::codes(),
        Facet::FocusArea => FocusArea::codes(),
        Facet::PartnershipKind => PartnershipKind::codes(),
        Facet::PartnerKind => PartnerKind::codes(),
        Facet::Status => Status::codes(),
        Facet::Partner => return "organisation names separated by ;".to_owned(),
    };
    format!("comma-separated values among {codes}")
}

fn is_prefix(text: &str) -> bool {
    text.len() <= 20 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, FocusArea};
    use std::collections::HashMap;

    fn check(attrs: &[(&str, &str)]) -> (EmbedOptions, Vec<String>) {
        let map: HashMap<&str, &str> = attrs.iter().copied().collect();
        let (options, problems) = read(|name| map.get(name).map(|v| (*v).to_owned()));
        (options, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn no_attributes_means_the_defaults() {
        assert_eq!(check(&[]), (EmbedOptions::default(), vec![]));
    }

    #[test]
    fn valid_attributes() {
        let (options, problems) = check(&[
            ("src", " /data/ours.json "),
            ("lang", "sv-FI"),
            ("theme", "dark"),
            ("country", "se, no"),
            ("focus", "ai_health_data,digital_health"),
            ("partner", "Umeå universitet; Region Västerbotten"),
            ("query", "q=ai&sort=newest"),
            ("page-size", "12"),
            ("url-state", "np2-"),
        ]);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(options.src.as_deref(), Some("/data/ours.json"));
        assert_eq!((options.lang, options.theme, options.page_size), (Some(UiLang::Sv), Theme::Dark, 12));
        assert!(options.scope.is_selected(&FacetValue::Country(Country::Se)));
        assert!(options.scope.is_selected(&FacetValue::FocusArea(FocusArea::DigitalHealth)));
        assert!(options.scope.is_selected(&FacetValue::Partner("Region Västerbotten".into())));
        assert_eq!(options.start.text, "ai");
        assert_eq!(options.url_state, UrlState::On(Some("np2-".into())));
    }

    #[test]
    fn bad_values_are_reported_and_ignored() {
        let (options, problems) = check(&[
            ("lang", "de"),
            ("theme", "blue"),
            ("country", "SE,US"),
            ("page-size", "0"),
            ("url-state", "a b"),
            ("src", ""),
        ]);
        assert_eq!(
            problems,
            [
                r#"data-src="" was ignored: expected the address of a JSON file"#,
                r#"data-lang="de" was ignored: expected one of en, nb, sv, da, fi"#,
                r#"data-theme="blue" was ignored: expected auto, light or dark"#,
                r#"data-country="US" was ignored: expected comma-separated values among NO, SE, DK, FI, IS"#,
                r#"data-page-size="0" was ignored: expected a whole number from 1 to 200"#,
                r#"data-url-state="a b" was ignored: expected on, off, or a prefix of letters, digits, - and _"#,
            ]
        );
        assert!(options.scope.is_selected(&FacetValue::Country(Country::Se)));
        assert_eq!((options.lang, options.page_size, options.src), (None, PAGE_SIZE, None));
    }
}
