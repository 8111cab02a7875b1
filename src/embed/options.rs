//! The settings an editor gives a widget — `data-*` attributes on the mount
//! element, or the same names in the JS `mount(element, options)` call — read
//! into typed [`EmbedOptions`]. Every bad value is reported with the attribute,
//! the value and what was expected, and otherwise ignored: a typo never stops
//! the widget.
//!
//! | attribute | meaning |
//! |---|---|
//! | `data-src` | URL of the organisation's own JSON (schema v1): `http(s)://…` or relative to the page; other schemes (`javascript:`, `data:`…) are refused without a request |
//! | `data-lang` | interface language: `en`, `nb` (`nn`, `no`), `sv`, `da`, `fi` |
//! | `data-theme` | `auto`, `light` or `dark` |
//! | `data-country`, `data-focus`, `data-kind`, `data-partner-kind`, `data-status` | comma-separated codes: the widget only ever shows partnerships matching them (locked) |
//! | `data-partner` | partner names separated by `;`: only partnerships of these organisations |
//! | `data-query` | a starting view in the address-bar form, e.g. `q=ai&country=SE&sort=newest` (visitors can change it) |
//! | `data-page-size` | cards per page, 1–200 (default 24) |
//! | `data-url-state` | `on` (default), `off`, or a parameter prefix such as `np2-` |
//! | `data-title` | the widget's heading and landmark name (give each widget on a page its own) |
//! | `data-heading-level` | the level of the widget's heading, 1–6 (default 2), to fit the host page's outline |
//! | `data-map` | `on` (default) or `off`: the map of countries above the filters |
//! | `data-timeline` | `on` (default) or `off`: the timeline of partnerships per year above the year selects |

use crate::text::json_string::quoted;
use std::collections::BTreeMap;
use std::fmt;

use crate::embed::settings::Settings;
use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::query::url_state;
use crate::query::{Facet, FacetValue, Query};

/// The largest page size accepted.
pub const MAX_PAGE_SIZE: usize = 200;

/// The longest attribute value read; longer ones are reported and ignored.
const MAX_VALUE_CHARS: usize = 2_000;

pub use crate::embed::settings::DEFAULT_HEADING_LEVEL;

/// One editor's setting, declared once: its name (the `data-…` attribute
/// without `data-`, and the `mount()` option) and how its value (trimmed)
/// sets the options — or, as `Err`, what it expects instead. The locked
/// filters are the facets' own settings ([`Facet::setting`]).
struct Setting {
    name: &'static str,
    apply: fn(&str, &mut EmbedOptions) -> Result<(), String>,
}

/// The settings read before the locked filters, and after them (so messages
/// come in the order an editor reads the attribute table).
const FIRST_SETTINGS: [Setting; 3] = [
    Setting {
        name: "src",
        apply: |value, o| {
            set_if(
                is_fetchable(value),
                || o.src = Some(value.to_owned()),
                "the http(s) or relative address of a JSON file",
            )
        },
    },
    Setting {
        name: "lang",
        apply: |value, o| match UiLang::from_tag(value) {
            Some(lang) => {
                o.lang = Some(lang);
                Ok(())
            }
            None => Err(format!("one of {}", UiLang::tags_list())),
        },
    },
    Setting {
        name: "theme",
        apply: |value, o| Theme::parse(value).map(|t| o.settings.theme = t).ok_or_else(|| "auto, light or dark".into()),
    },
];
const LAST_SETTINGS: [Setting; 7] = [
    Setting {
        name: "query",
        apply: |value, o| {
            o.settings.initial_query = url_state::parse(value, "");
            Ok(())
        },
    },
    Setting {
        name: "page-size",
        apply: |value, o| match value.parse::<usize>() {
            Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => {
                o.settings.page_size = n;
                Ok(())
            }
            _ => Err(format!("a whole number from 1 to {MAX_PAGE_SIZE}")),
        },
    },
    Setting {
        name: "url-state",
        apply: |value, o| {
            o.url_state = match value {
                "" | "on" => UrlState::On(None),
                "off" => UrlState::Off,
                prefix if is_prefix(prefix) => UrlState::On(Some(prefix.to_owned())),
                _ => return Err("on, off, or a prefix of letters, digits, - and _".into()),
            };
            Ok(())
        },
    },
    Setting {
        name: "title",
        apply: |value, o| {
            set_if(!value.is_empty(), || o.settings.title = Some(value.to_owned()), "a heading for the widget")
        },
    },
    Setting {
        name: "heading-level",
        apply: |value, o| match value.parse::<u8>() {
            Ok(n) if (1..=6).contains(&n) => {
                o.settings.heading_level = n;
                Ok(())
            }
            _ => Err("a heading level from 1 to 6".into()),
        },
    },
    Setting { name: "map", apply: |value, o| on_off(value).map(|on| o.settings.map = on) },
    Setting { name: "timeline", apply: |value, o| on_off(value).map(|on| o.settings.timeline = on) },
];

/// `Ok` after `set` when `ok`, else what was expected.
fn set_if(ok: bool, set: impl FnOnce(), expected: &str) -> Result<(), String> {
    if ok {
        set();
        Ok(())
    } else {
        Err(expected.to_owned())
    }
}

/// `on` (or nothing) and `off`.
fn on_off(value: &str) -> Result<bool, String> {
    match value {
        "" | "on" => Ok(true),
        "off" => Ok(false),
        _ => Err("on or off".into()),
    }
}

/// One option: a setting of the table, or a facet's locked filter.
#[derive(Clone, Copy)]
enum EditorOption {
    Setting(&'static Setting),
    Facet(Facet),
}

impl EditorOption {
    fn name(self) -> &'static str {
        match self {
            EditorOption::Setting(setting) => setting.name,
            EditorOption::Facet(facet) => facet.setting(),
        }
    }
}

/// Every option, in the order they are read.
fn all_options() -> impl Iterator<Item = EditorOption> {
    FIRST_SETTINGS
        .iter()
        .map(EditorOption::Setting)
        .chain(Facet::ALL.map(EditorOption::Facet))
        .chain(LAST_SETTINGS.iter().map(EditorOption::Setting))
}

/// Every option name, without the `data-` prefix, in the order they are read.
pub fn option_names() -> impl Iterator<Item = &'static str> {
    all_options().map(EditorOption::name)
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

/// A widget's settings, after validation: where its data comes from and
/// how it sits on the page, and [`Settings`], the one value the component
/// reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The editor's own data, instead of the bundled data.
    pub src: Option<String>,
    /// The interface language, if set (else the page decides).
    pub lang: Option<UiLang>,
    /// Locked filters: partnerships outside them are never shown.
    pub scope: Query,
    /// Address-bar syncing.
    pub url_state: UrlState,
    /// How the widget looks and opens (its `lang` is filled in when it mounts).
    pub settings: Settings,
}

impl Default for EmbedOptions {
    fn default() -> EmbedOptions {
        EmbedOptions {
            src: None,
            lang: None,
            scope: Query::new(),
            url_state: UrlState::On(None),
            settings: Settings::default(),
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

impl OptionProblem {
    fn mount(key: &str, json: &str, expected: String) -> OptionProblem {
        let value: String = json.chars().take(80).collect();
        OptionProblem { attribute: format!("mount() option {}", quoted(key)), value, expected }
    }
}

impl fmt::Display for OptionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={} was ignored: expected {}", self.attribute, quoted(&self.value), self.expected)
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
    for option in all_options() {
        let name = option.name();
        let Some(raw) = get(name) else { continue };
        if raw.chars().count() > MAX_VALUE_CHARS {
            problem(name, &raw, format!("at most {MAX_VALUE_CHARS} characters"));
            continue;
        }
        let value = raw.trim();
        let facet = match option {
            EditorOption::Setting(setting) => {
                if let Err(expected) = (setting.apply)(value, &mut options) {
                    problem(name, value, expected);
                }
                continue;
            }
            EditorOption::Facet(facet) => facet,
        };
        let spec = facet.spec();
        for part in value.split(spec.setting_separator).map(str::trim).filter(|p| !p.is_empty()) {
            match FacetValue::parse(facet, &spec.case.apply(part)) {
                Some(v) => {
                    options.scope.select(v);
                }
                None => problem(name, part, expected_codes(facet)),
            }
        }
    }
    (options, problems)
}

fn expected_codes(facet: Facet) -> String {
    match facet.spec() {
        spec if spec.codes.is_empty() => format!("organisation names separated by {}", spec.setting_separator),
        spec => format!("comma-separated values among {}", spec.codes.join(", ")),
    }
}

/// Whether the widget may fetch `address`: an `http(s)` address, or one
/// relative to the page (no scheme). Anything a browser would read as another
/// scheme (`javascript:`, `data:`, `file:`, `blob:`…), or which it would
/// rewrite first (tabs, line breaks, control characters), is refused, so
/// no request is ever made for it.
pub fn is_fetchable(address: &str) -> bool {
    if address.is_empty() || address.chars().any(char::is_control) {
        return false;
    }
    // A scheme is letters, digits, + - . before the first ':', and before any / ? #.
    let head_end = address.find(['/', '?', '#']).unwrap_or(address.len());
    let head = address.get(..head_end).unwrap_or("");
    match head.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            let is_scheme = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
            !is_scheme || scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
    }
}

/// One option of the JS `mount(element, options)` call, as the web layer
/// read it from the object.
#[derive(Debug, Clone, PartialEq)]
pub struct MountOption {
    /// The property name.
    pub key: String,
    /// Its value.
    pub value: MountValue,
    /// The value as `JSON.stringify` writes it, for messages.
    pub json: String,
}

/// The value of a `mount()` option.
#[derive(Debug, Clone, PartialEq)]
pub enum MountValue {
    /// `null` or `undefined`: not set.
    Unset,
    /// A string; a number as JavaScript writes it; `true`/`false` as `on`/`off`.
    Text(String),
    /// A list: each item's text, `None` for an item that is not a string.
    List(Vec<Option<String>>),
    /// An object or anything else no setting takes.
    Other,
}

/// The options of the JS `mount(element, options)` call, as the attribute
/// values they stand for (`pageSize` or `page-size` → `page-size`), with a
/// problem for each key that names no setting and each value of a type no
/// setting takes, in key order.
pub fn from_mount_options(options: &[MountOption]) -> (BTreeMap<&'static str, String>, Vec<OptionProblem>) {
    let mut found = BTreeMap::new();
    let mut problems = Vec::new();
    let mut sorted: Vec<&MountOption> = options.iter().collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    for MountOption { key, value, json } in sorted {
        let Some(name) = option_names().find(|n| n == key || camel_case(n) == *key) else {
            let expected = option_names().map(camel_case).collect::<Vec<_>>().join(", ");
            problems.push(OptionProblem::mount(key, json, format!("an option among {expected}")));
            continue;
        };
        let text = match value {
            MountValue::Unset => continue,
            MountValue::Text(text) => Some(text.clone()),
            MountValue::List(items) => {
                let separator = Facet::from_setting(name).map_or(',', |f| f.spec().setting_separator);
                let texts: Option<Vec<&str>> = items.iter().map(Option::as_deref).collect();
                texts.map(|t| t.join(separator.encode_utf8(&mut [0; 4])))
            }
            MountValue::Other => None,
        };
        match text {
            Some(text) => {
                found.insert(name, text);
            }
            None => {
                problems.push(OptionProblem::mount(key, json, "text, a number, true/false or a list of texts".into()))
            }
        }
    }
    (found, problems)
}

/// `page-size` → `pageSize`: the JS spelling of an option.
pub fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
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
        assert_eq!(
            (options.lang, options.settings.theme, options.settings.page_size),
            (Some(UiLang::Sv), Theme::Dark, 12)
        );
        assert!(options.scope.is_selected(&FacetValue::Country(Country::Se)));
        assert!(options.scope.is_selected(&FacetValue::FocusArea(FocusArea::DigitalHealth)));
        assert!(options.scope.is_selected(&FacetValue::Partner("Region Västerbotten".into())));
        assert_eq!(options.settings.initial_query.text, "ai");
        assert_eq!(options.url_state, UrlState::On(Some("np2-".into())));
    }

    /// Every setting is in the editors' table of README.md and the table of
    /// this module, and every `data-…` there is a setting: a setting added to
    /// the declaration but not documented (or the other way) fails here.
    #[test]
    fn every_setting_is_documented_and_every_documented_one_exists() {
        let names: Vec<&str> = option_names().collect();
        for (what, text) in [("README.md", include_str!("../../README.md")), ("options.rs", include_str!("options.rs"))]
        {
            let documented: Vec<&str> = text
                .lines()
                .filter(|line| line.trim_start_matches("//! ").starts_with("| `data-"))
                .flat_map(|line| line.split('|').nth(1).unwrap_or_default().split(','))
                .filter_map(|cell| cell.trim().strip_prefix("`data-")?.strip_suffix('`'))
                .collect();
            let mut sorted_names = names.clone();
            let mut sorted_documented = documented.clone();
            sorted_names.sort_unstable();
            sorted_documented.sort_unstable();
            assert_eq!(sorted_documented, sorted_names, "{what}'s settings table");
        }
        // The language setting's message lists every tag the table declares.
        let (_, problems) = check(&[("lang", "de")]);
        assert_eq!(problems, [format!("data-lang=\"de\" was ignored: expected one of {}", UiLang::tags_list())]);
    }

    #[test]
    fn data_src_is_fetched_only_over_http() {
        for ok in [
            "/data/ours.json",
            "ours.json",
            "../x.json?v=2",
            "https://example.org/p.json",
            "HTTP://x.org/a",
            "//cdn.example.org/p.json",
            "data/x:y.json",
            "?file=a:b",
        ] {
            assert!(is_fetchable(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "blob:https://x.org/1",
            "java\tscript:alert(1)",
            "ftp://x.org/a.json",
            "vbscript:x",
            "",
            "https://x.org/\u{0}",
        ] {
            assert!(!is_fetchable(bad), "{bad:?}");
        }
        let (options, problems) = check(&[("src", "javascript:alert(1)")]);
        assert_eq!(options.src, None);
        assert_eq!(
            problems,
            [r#"data-src="javascript:alert(1)" was ignored: expected the http(s) or relative address of a JSON file"#]
        );
    }

    #[test]
    fn heading_level() {
        assert_eq!(check(&[("heading-level", "3")]).0.settings.heading_level, 3);
        assert!(!check(&[("map", "off")]).0.settings.map);
        assert!(!check(&[("timeline", "off")]).0.settings.timeline && check(&[("timeline", "off")]).0.settings.map);
        assert!(check(&[]).0.settings.map);
        assert_eq!(check(&[("map", "no")]).1, [r#"data-map="no" was ignored: expected on or off"#]);
        assert_eq!(check(&[]).0.settings.heading_level, DEFAULT_HEADING_LEVEL);
        assert_eq!(
            check(&[("heading-level", "7")]).1,
            [r#"data-heading-level="7" was ignored: expected a heading level from 1 to 6"#]
        );
    }

    #[test]
    fn mount_options_report_unknown_keys_and_wrong_types() {
        // What the web layer reads from { pageSize: 12, country: ["SE", "NO"], urlState: false, pageSise: 3,
        // theme: { x: 1 }, lang: null, partner: ["A", "B"], focus: [1] }.
        let option =
            |key: &str, value: MountValue, json: &str| MountOption { key: key.into(), value, json: json.into() };
        let text = |t: &str| MountValue::Text(t.into());
        let list = |items: &[Option<&str>]| MountValue::List(items.iter().map(|i| i.map(str::to_owned)).collect());
        let values = [
            option("pageSize", text("12"), "12"),
            option("country", list(&[Some("SE"), Some("NO")]), r#"["SE","NO"]"#),
            option("urlState", text("off"), "false"),
            option("pageSise", text("3"), "3"),
            option("theme", MountValue::Other, r#"{"x":1}"#),
            option("lang", MountValue::Unset, "null"),
            option("partner", list(&[Some("A"), Some("B")]), r#"["A","B"]"#),
            option("focus", list(&[None]), "[1]"),
        ];
        let (found, problems) = from_mount_options(&values);
        assert_eq!(found.get("page-size").map(String::as_str), Some("12"));
        assert_eq!(found.get("country").map(String::as_str), Some("SE,NO"));
        assert_eq!(found.get("url-state").map(String::as_str), Some("off"));
        assert_eq!(found.get("partner").map(String::as_str), Some("A;B"));
        assert!(!found.contains_key("lang") && !found.contains_key("theme") && !found.contains_key("focus"));
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with(r#"mount() option "focus"="[1]" was ignored: expected text, a number"#));
        assert!(problems[1].starts_with(
            r#"mount() option "pageSise"="3" was ignored: expected an option among src, lang, theme, country"#
        ));
        assert!(problems[2].starts_with(r#"mount() option "theme"="{\"x\":1}" was ignored"#));
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
                r#"data-src="" was ignored: expected the http(s) or relative address of a JSON file"#,
                r#"data-lang="de" was ignored: expected one of en, nb, no, nn, sv, da, fi, is"#,
                r#"data-theme="blue" was ignored: expected auto, light or dark"#,
                r#"data-country="US" was ignored: expected comma-separated values among NO, SE, DK, FI, IS"#,
                r#"data-page-size="0" was ignored: expected a whole number from 1 to 200"#,
                r#"data-url-state="a b" was ignored: expected on, off, or a prefix of letters, digits, - and _"#,
            ]
        );
        assert!(options.scope.is_selected(&FacetValue::Country(Country::Se)));
        assert_eq!(
            (options.lang, options.settings.page_size, options.src),
            (None, crate::view::state::PAGE_SIZE, None)
        );
    }
}
