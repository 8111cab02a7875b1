//! The words editors read when they check a data file: every problem the
//! loader, the sheet import and the freshness checks find, the summaries of
//! `validate`, and the validator page's labels. Each language's texts file
//! holds its `EDITOR` table next to its `TEXTS`; only `validate` and the
//! validator page read them, so the widget's own wasm does not carry them.
//!
//! Placeholders in braces (`{found}`, `{n}` …) are filled in; `*_one` and
//! `*_other` pairs are chosen by the language's plural rule. Values quoted
//! from the file keep their straight quotes ("SE"), in every language.

/// The words of the editors' tools in one language.
#[derive(Debug)]
pub struct EditorTexts {
    /// The JSON types as a message names them: null, a boolean, a number,
    /// a string, a list, an object (in that order).
    pub json_types: [&'static str; 6],
    /// The JSON reader's usual messages (serde_json's words, `load/syntax.rs`),
    /// in the order of the English table's, which holds them as
    /// the parser says them: a parser message found there is said in the
    /// editor's language; any other stays as the parser said it.
    pub json_syntax: [&'static str; 16],
    /// Severity: the record is left out.
    pub error: &'static str,
    /// Severity: the record is shown; something was ignored or assumed.
    pub warning: &'static str,

    // Where a problem is.
    /// `{n}`: the record's place in the list, from 0.
    pub place_record: &'static str,
    /// After the record: `{id}`, quoted.
    pub place_id: &'static str,
    /// `{field}`: a path such as `partners[1].country`, quoted.
    pub place_field: &'static str,
    /// A sheet's row: `{n}`.
    pub place_row: &'static str,
    /// A sheet's column: `{name}`, quoted.
    pub place_column: &'static str,
    /// A line inside a cell of partners, funders or sources: `{n}`.
    pub place_line: &'static str,
    /// An item inside a cell of countries or focus areas: `{n}`.
    pub place_item: &'static str,

    // What is wrong with a value.
    /// `{expected}` and `{found}`: JSON types.
    pub wrong_type: &'static str,
    /// A required field is absent.
    pub missing: &'static str,
    /// A text with nothing visible in it.
    pub empty_text: &'static str,
    /// A list that needs a value is empty.
    pub empty_list: &'static str,
    /// A localised text with no language.
    pub no_language: &'static str,
    /// `{found}` (quoted) is not in the vocabulary `{expected}` (codes).
    pub unknown_value: &'static str,
    /// `{found}` (quoted) is not a valid id; `{max}` characters at most.
    pub invalid_id: &'static str,
    /// Record `{first}` already has this id.
    pub duplicate_id: &'static str,
    /// `{found}` (quoted) is listed twice.
    pub repeated: &'static str,
    /// `{found}` (quoted) is not a real date.
    pub invalid_date: &'static str,
    /// Ends (`{ended}`) before it starts (`{started}`).
    pub ends_before_start: &'static str,
    /// `{found}` (quoted) is not one of the Nordic five.
    pub not_nordic: &'static str,
    /// `{found}` (quoted) is not an ISO country code.
    pub unknown_country: &'static str,
    /// `{found}` (quoted) is not an http(s) address.
    pub not_http_url: &'static str,
    /// No entry of a text or list is usable.
    pub no_usable_entry: &'static str,
    /// `{found}` (quoted) lies outside `{from}`–`{to}`.
    pub implausible_year: &'static str,
    /// The file lists `{found}` partnerships; the first `{limit}` are read.
    pub too_many_records: &'static str,
    /// A record that cannot be read at `{line}`, `{column}`: `{message}`.
    pub unreadable: &'static str,
    /// A field the schema does not define.
    pub unknown_field: &'static str,
    /// `schema_version` is absent.
    pub missing_version: &'static str,
    /// A name given twice in one object.
    pub repeated_key: &'static str,
    /// The `partnerships` list given again at `{line}` after `{first}`: the first is read.
    pub repeated_list: &'static str,
    /// A top-level field given again at `{line}` after `{first}`: the last is read.
    pub repeated_field: &'static str,
    /// `{n}` errors not listed (one).
    pub more_errors_one: &'static str,
    /// `{n}` errors not listed (other).
    pub more_errors_other: &'static str,
    /// `{n}` warnings not listed (one).
    pub more_warnings_one: &'static str,
    /// `{n}` warnings not listed (other).
    pub more_warnings_other: &'static str,
    /// Joins the two counts above.
    pub and: &'static str,
    /// Ends the line of counts not listed.
    pub not_listed: &'static str,
    /// Appended when a value is dropped from a record that is still shown.
    pub value_left_out: &'static str,

    // Why a whole file cannot be read.
    /// The file is `{size}` MB; the widget reads up to `{limit}` MB.
    pub too_large: &'static str,
    /// Invalid JSON at `{line}`, `{column}`: `{message}`.
    pub syntax: &'static str,
    /// The top level is `{found}` (a JSON type), not an object.
    pub not_an_object: &'static str,
    /// The `partnerships` list is missing.
    pub no_list: &'static str,
    /// The `partnerships` field holds `{found}` (a JSON type).
    pub list_is_not_a_list: &'static str,
    /// `schema_version` is `{found}` (quoted).
    pub unsupported_version: &'static str,

    // A spreadsheet saved as CSV.
    /// A quoted cell from line `{line}` is never closed.
    pub sheet_unclosed_quote: &'static str,
    /// The first row must name the columns, starting with `{columns}`.
    pub sheet_no_header: &'static str,
    /// A column the documentation does not name.
    pub sheet_unknown_column: &'static str,
    /// A column given twice: `{first}` and `{second}` are column letters.
    pub sheet_column_twice: &'static str,
    /// A row with `{n}` cells where the header names `{columns}`.
    pub sheet_extra_cells: &'static str,
    /// A line of a cell with `{n}` fields where `{expected}` are named.
    pub sheet_fields: &'static str,

    // Freshness (validate and the validator page).
    /// Active, but `{newest}` (one of the next two).
    pub stale_active: &'static str,
    /// No source of the record has a date.
    pub no_dated_source: &'static str,
    /// The newest source's date: `{date}`, more than `{years}` years ago.
    pub newest_source: &'static str,
    /// Active, but its end `{ended}` is past.
    pub active_but_ended: &'static str,

    // Summaries.
    /// `{n}` valid partnerships (one).
    pub valid_one: &'static str,
    /// `{n}` valid partnerships (other).
    pub valid_other: &'static str,
    /// `{n}` records left out.
    pub left_out: &'static str,
    /// `{n}` warnings (one).
    pub warnings_one: &'static str,
    /// `{n}` warnings (other).
    pub warnings_other: &'static str,
    /// The file cannot be read: `{error}`.
    pub cannot_read: &'static str,
    /// `validate --stale`: a record never checked.
    pub never_checked: &'static str,
    /// `validate --stale`: last checked on `{date}`.
    pub last_checked: &'static str,
    /// `validate --stale`: `{n}` records due, not checked in `{years}` years.
    pub due_summary: &'static str,
}

/// The validator page's own words in one language (`validate.html`: its
/// labels, hints and messages), apart from [`EditorTexts`] so the widget,
/// which says the loader's problems in its console, does not carry them.
/// Serialized as the page's JavaScript reads them (camelCase names).
#[derive(Debug)]
#[cfg_attr(feature = "validator-page", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct PageTexts {
    /// The page's title.
    pub page_title: &'static str,
    /// Its heading.
    pub page_heading: &'static str,
    /// The paragraph under the heading.
    pub page_intro: &'static str,
    /// Label of the language switch.
    pub language: &'static str,
    /// Heading: a file on your computer.
    pub file_heading: &'static str,
    /// Label of the file picker.
    pub file_label: &'static str,
    /// Hint: the file can be dropped on the text box.
    pub file_hint: &'static str,
    /// Heading: a file on the web.
    pub web_heading: &'static str,
    /// Label of the address field.
    pub web_label: &'static str,
    /// Button that fetches and checks the address.
    pub web_button: &'static str,
    /// Hint: the server must allow reading (CORS).
    pub web_hint: &'static str,
    /// Label of the text box.
    pub paste_label: &'static str,
    /// Hint under the text box: JSON starts with `{`.
    pub paste_hint: &'static str,
    /// Button that checks the text.
    pub check_button: &'static str,
    /// Heading of the result.
    pub result_heading: &'static str,
    /// Before anything is checked.
    pub nothing_checked: &'static str,
    /// Caption of the problem table.
    pub table_caption: &'static str,
    /// Column: error or warning.
    pub column_level: &'static str,
    /// Column: the line a record starts on (JSON).
    pub column_line: &'static str,
    /// Column: the row (CSV).
    pub column_row: &'static str,
    /// Column: where.
    pub column_where: &'static str,
    /// Column: why.
    pub column_why: &'static str,
    /// Button: download the valid records as JSON.
    pub download_json: &'static str,
    /// Heading of the preview.
    pub preview_heading: &'static str,
    /// Before a preview is shown.
    pub preview_hint: &'static str,
    /// While `{address}` is fetched.
    pub fetching: &'static str,
    /// `{address}` could not be fetched: `{error}`, with what to do.
    pub fetch_failed: &'static str,
    /// The server's answer: `{status}` (number and words).
    pub server_answered: &'static str,
}

impl super::UiLang {
    /// "3 valid partnerships, 1 left out, 2 warnings", as `validate` and the
    /// validator page say it.
    pub fn check_summary(self, valid: usize, left_out: usize, warnings: usize) -> String {
        let t = self.editor();
        [
            self.by_plural(valid, t.valid_one, t.valid_other),
            fill(t.left_out, &[("n", &left_out.to_string())]),
            self.by_plural(warnings, t.warnings_one, t.warnings_other),
        ]
        .join(", ")
    }

    /// The language `validate` speaks by default: the first interface language
    /// named by `LANGUAGE` (a list), `LC_ALL`, `LC_MESSAGES` or `LANG` (`nb_NO.UTF-8`),
    /// as `lookup` reads them; English when none names one (`C`, `POSIX`, unset).
    pub fn from_environment(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let language = lookup("LANGUAGE").unwrap_or_default();
        let mut tags: Vec<String> = language.split(':').map(str::to_owned).collect();
        tags.extend(["LC_ALL", "LC_MESSAGES", "LANG"].iter().filter_map(|name| lookup(name)));
        tags.iter()
            .filter(|tag| !tag.is_empty())
            .find_map(|tag| super::UiLang::from_tag(tag.split(['.', '@']).next().unwrap_or_default()))
            .unwrap_or_default()
    }
}

/// Fills `{name}` placeholders of `template` with `values`, in one pass, so
/// a value quoted from the file that holds braces is never filled itself.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let name = from_brace.get(1..close)?;
            values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = from_brace.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;
    use crate::i18n::UiLang;

    /// Every text field of a language's tables with its name (the arrays are checked apart).
    fn fields(lang: UiLang) -> Vec<(&'static str, &'static str)> {
        macro_rules! named {
            ($t:expr; $($field:ident),+) => { vec![$((stringify!($field), $t.$field)),+] };
        }
        let (t, page) = (lang.editor(), lang.page());
        let mut all = named!(t; error, warning, place_record, place_id, place_field, place_row, place_column, place_line, place_item, wrong_type, missing, empty_text, empty_list, no_language, unknown_value, invalid_id, duplicate_id, repeated, invalid_date, ends_before_start, not_nordic, unknown_country, not_http_url, no_usable_entry, implausible_year, too_many_records, unreadable, unknown_field, missing_version, repeated_key, repeated_list, repeated_field, more_errors_one, more_errors_other, more_warnings_one, more_warnings_other, and, not_listed, value_left_out, too_large, syntax, not_an_object, no_list, list_is_not_a_list, unsupported_version, sheet_unclosed_quote, sheet_no_header, sheet_unknown_column, sheet_column_twice, sheet_extra_cells, sheet_fields, stale_active, no_dated_source, newest_source, active_but_ended, valid_one, valid_other, left_out, warnings_one, warnings_other, cannot_read, never_checked, last_checked, due_summary);
        all.extend(named!(page; page_title, page_heading, page_intro, language, file_heading, file_label, file_hint, web_heading, web_label, web_button, web_hint, paste_label, paste_hint, check_button, result_heading, nothing_checked, table_caption, column_level, column_line, column_row, column_where, column_why, download_json, preview_heading, preview_hint, fetching, fetch_failed, server_answered));
        all
    }

    /// The `{placeholders}` of a template, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .match_indices('{')
            .filter_map(|(i, _)| {
                let end = text.get(i..)?.find('}')?;
                text.get(i..=i + end)
                    .filter(|p| p.len() > 2 && p[1..p.len() - 1].chars().all(|c| c.is_ascii_lowercase()))
            })
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        let english = fields(UiLang::En);
        for lang in UiLang::ALL {
            let t = lang.editor();
            for ((name, text), (_, en)) in fields(lang).into_iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
                assert_eq!(placeholders(text), placeholders(en), "{lang:?} {name}: {text:?}");
            }
            assert!(t.json_types.iter().chain(&t.json_syntax).all(|w| !w.trim().is_empty()), "{lang:?}");
            if lang != UiLang::En {
                let same = fields(lang).into_iter().zip(&english).filter(|((_, a), (_, b))| *a == *b).count();
                assert!(same < 3, "{lang:?}: {same} texts are the English ones");
            }
        }
    }

    #[test]
    fn the_environment_names_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(UiLang::from_environment(env(&[("LANG", "nn_NO.UTF-8")])), UiLang::Nn);
        assert_eq!(UiLang::from_environment(env(&[("LANG", "C.UTF-8")])), UiLang::En);
        assert_eq!(UiLang::from_environment(env(&[])), UiLang::En);
        assert_eq!(UiLang::from_environment(env(&[("LANGUAGE", "de:is"), ("LANG", "sv_SE.UTF-8")])), UiLang::Is);
        assert_eq!(UiLang::from_environment(env(&[("LC_ALL", "fi_FI@euro"), ("LANG", "da_DK")])), UiLang::Fi);
    }

    #[test]
    fn the_summary_counts_in_each_languages_plural() {
        assert_eq!(UiLang::En.check_summary(1, 0, 2), "1 valid partnership, 0 left out, 2 warnings");
        assert_eq!(UiLang::En.check_summary(21, 1, 1), "21 valid partnerships, 1 left out, 1 warning");
    }

    #[test]
    fn fills_each_placeholder_once_and_leaves_others() {
        assert_eq!(fill("{a} and {b}", &[("a", "{b}"), ("b", "2")]), "{b} and 2");
        assert_eq!(fill("JSON starts with {; {x}", &[]), "JSON starts with {; {x}");
        assert_eq!(fill("ends ({ended})", &[("ended", "2020")]), "ends (2020)");
    }
}
