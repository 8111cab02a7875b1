//! What can be wrong with a data file, worded for the editor who has to fix it.

use std::fmt;

use crate::i18n::{fill, UiLang};
use crate::text::json_string::quoted;

/// The most characters of a bad value quoted back in a message.
const MAX_QUOTED_CHARS: usize = 80;

/// A problem that stops the whole file from being read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadError {
    /// The file is larger than the widget will read.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The largest size accepted.
        limit: usize,
    },
    /// The text is not JSON.
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the JSON parser expected.
        message: String,
    },
    /// The top level is not an object.
    NotAnObject {
        /// The JSON type found instead.
        found: &'static str,
    },
    /// The `partnerships` list is missing or not a list.
    NoPartnershipList {
        /// The JSON type found instead, or `None` when the field is missing.
        found: Option<&'static str>,
    },
    /// The file declares a schema version this build cannot read.
    UnsupportedVersion {
        /// The value of `schema_version`, as JSON.
        found: String,
    },
}

impl LoadError {
    /// Why the file cannot be read, in `lang`'s words.
    pub fn message(&self, lang: UiLang) -> String {
        let t = lang.editor();
        match self {
            LoadError::TooLarge { bytes, limit } => {
                let (whole, tenth) = tenths_of_a_megabyte(*bytes);
                let (limit, _) = tenths_of_a_megabyte(*limit);
                fill(t.too_large, &[("size", &format!("{whole}.{tenth}")), ("limit", &limit.to_string())])
            }
            LoadError::Syntax { line, column, message } => fill(
                t.syntax,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("message", parser_words(message, lang)),
                ],
            ),
            LoadError::NotAnObject { found } => fill(t.not_an_object, &[("found", json_type(found, lang))]),
            LoadError::NoPartnershipList { found: None } => t.no_list.to_owned(),
            LoadError::NoPartnershipList { found: Some(found) } => {
                fill(t.list_is_not_a_list, &[("found", json_type(found, lang))])
            }
            LoadError::UnsupportedVersion { found } => fill(t.unsupported_version, &[("found", &quote(found))]),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(UiLang::En))
    }
}

/// A JSON type's name (as `Json::type_name` gives it in English) in `lang`.
fn json_type(english: &str, lang: UiLang) -> &'static str {
    let i = UiLang::En.editor().json_types.iter().position(|t| *t == english).unwrap_or(0);
    lang.editor().json_types.get(i).copied().unwrap_or_default()
}

/// The JSON reader's message in `lang` (its messages are serde_json's),
/// where it is one (the English table's `json_syntax` holds them as it says
/// them); any other as the parser said it.
fn parser_words(message: &str, lang: UiLang) -> &str {
    match UiLang::En.editor().json_syntax.iter().position(|k| *k == message) {
        Some(i) => lang.editor().json_syntax.get(i).copied().unwrap_or(message),
        None => message,
    }
}

impl std::error::Error for LoadError {}

/// `bytes` in MiB, rounded to a tenth: (whole, tenths). Integer arithmetic, so
/// the wasm carries no float formatting for one message.
fn tenths_of_a_megabyte(bytes: usize) -> (usize, usize) {
    const MB: usize = 1024 * 1024;
    let tenths = bytes.saturating_mul(10).saturating_add(MB / 2) / MB;
    (tenths / 10, tenths % 10)
}

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The record is left out.
    Error,
    /// The record is shown; something was ignored or assumed.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as `validate` and the validator page write it
    /// (and match on it: this word stays English).
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The word in `lang`, for people to read.
    pub fn word_in(self, lang: UiLang) -> &'static str {
        match self {
            Severity::Error => lang.editor().error,
            Severity::Warning => lang.editor().warning,
        }
    }
}

/// Which record a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    /// Position in the `partnerships` list, counting from 0.
    pub index: usize,
    /// The record's `id`, when it has a string one.
    pub id: Option<String>,
    /// The 1-based line of the file the record starts on, when known.
    pub line: Option<usize>,
}

/// One problem in one place of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Whether the record was left out.
    pub severity: Severity,
    /// The record, or `None` for the file's top level.
    pub record: Option<RecordRef>,
    /// The field inside the record (or file), e.g. `partners[1].country`;
    /// empty for the record itself.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// A value of the wrong JSON type.
    WrongType {
        /// What the schema wants.
        expected: &'static str,
        /// What the file has.
        found: &'static str,
    },
    /// A required field is absent or null.
    Missing,
    /// A string with no visible text.
    EmptyText,
    /// A list that needs at least one value is empty.
    EmptyList,
    /// A localised text with no language.
    NoLanguage,
    /// A value outside a closed vocabulary.
    UnknownValue {
        /// The value found.
        found: String,
        /// The accepted values.
        expected: &'static [&'static str],
    },
    /// An id that is not kebab-case.
    InvalidId {
        /// The value found.
        found: String,
    },
    /// An id used by an earlier record.
    DuplicateId {
        /// The index of the record that has it first.
        first_index: usize,
    },
    /// A value listed twice in one list.
    Repeated {
        /// The value found twice.
        found: String,
    },
    /// A date that is malformed or does not exist.
    InvalidDate {
        /// The value found.
        found: String,
    },
    /// `ended` lies before `started`.
    EndsBeforeStart {
        /// The `started` value.
        started: String,
        /// The `ended` value.
        ended: String,
    },
    /// A partnership country outside the Nordic five.
    NotNordic {
        /// The value found.
        found: String,
    },
    /// Not an ISO 3166-1 alpha-2 code.
    UnknownCountry {
        /// The value found.
        found: String,
    },
    /// A link that is not a plain http(s) address.
    NotHttpUrl {
        /// The value found.
        found: String,
    },
    /// A text or list of which no entry is usable (each bad entry has its own problem).
    NoUsableEntry,
    /// A real date whose year is outside [`crate::model::PLAUSIBLE_YEARS`].
    ImplausibleYear {
        /// The value found.
        found: String,
    },
    /// The file lists more partnerships than the widget reads.
    TooManyRecords {
        /// How many the file lists.
        found: usize,
        /// How many are read.
        limit: usize,
    },
    /// A field the schema does not define (a warning: it is ignored).
    UnknownField,
    /// The record is valid JSON but cannot be read: nested deeper than the
    /// parser allows, or a number too large for a float.
    Unreadable {
        /// 1-based line in the file.
        line: usize,
        /// 1-based column in the file.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// `schema_version` is absent (a warning: version 1 is assumed).
    MissingVersion,
    /// A name given twice in one object: the last value is read.
    RepeatedKey,
    /// A top-level field given again at `line`, after `first_line`: the first
    /// `partnerships` list is the one read.
    RepeatedField {
        /// 1-based line of the first.
        first_line: usize,
        /// 1-based line of this one.
        line: usize,
        /// Whether the first was the list (then it is read and this one ignored).
        first_is_list: bool,
    },
    /// More problems than are listed in full (of a record, or of the file).
    NotListed {
        /// Errors not listed.
        errors: usize,
        /// Warnings not listed.
        warnings: usize,
    },
}

impl ProblemKind {
    /// What is wrong, in `lang`'s words.
    pub fn message(&self, lang: UiLang) -> String {
        let t = lang.editor();
        let found_only = |template: &str, found: &str| fill(template, &[("found", &quote(found))]);
        match self {
            ProblemKind::WrongType { expected, found } => {
                fill(t.wrong_type, &[("expected", json_type(expected, lang)), ("found", json_type(found, lang))])
            }
            ProblemKind::Missing => t.missing.to_owned(),
            ProblemKind::EmptyText => t.empty_text.to_owned(),
            ProblemKind::EmptyList => t.empty_list.to_owned(),
            ProblemKind::NoLanguage => t.no_language.to_owned(),
            ProblemKind::UnknownValue { found, expected } => {
                fill(t.unknown_value, &[("found", &quote(found)), ("expected", &expected.join(", "))])
            }
            ProblemKind::InvalidId { found } => {
                fill(t.invalid_id, &[("found", &quote(found)), ("max", &crate::model::RecordId::MAX_LEN.to_string())])
            }
            ProblemKind::DuplicateId { first_index } => fill(t.duplicate_id, &[("first", &first_index.to_string())]),
            ProblemKind::Repeated { found } => found_only(t.repeated, found),
            ProblemKind::InvalidDate { found } => found_only(t.invalid_date, found),
            ProblemKind::EndsBeforeStart { started, ended } => {
                fill(t.ends_before_start, &[("started", started), ("ended", ended)])
            }
            ProblemKind::NotNordic { found } => found_only(t.not_nordic, found),
            ProblemKind::UnknownCountry { found } => found_only(t.unknown_country, found),
            ProblemKind::NotHttpUrl { found } => found_only(t.not_http_url, found),
            ProblemKind::NoUsableEntry => t.no_usable_entry.to_owned(),
            ProblemKind::ImplausibleYear { found } => fill(
                t.implausible_year,
                &[
                    ("found", &quote(found)),
                    ("from", &crate::model::PLAUSIBLE_YEARS.start().to_string()),
                    ("to", &crate::model::PLAUSIBLE_YEARS.end().to_string()),
                ],
            ),
            ProblemKind::TooManyRecords { found, limit } => {
                fill(t.too_many_records, &[("found", &found.to_string()), ("limit", &limit.to_string())])
            }
            ProblemKind::Unreadable { line, column, message } => fill(
                t.unreadable,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("message", parser_words(message, lang)),
                ],
            ),
            ProblemKind::UnknownField => t.unknown_field.to_owned(),
            ProblemKind::MissingVersion => t.missing_version.to_owned(),
            ProblemKind::RepeatedKey => t.repeated_key.to_owned(),
            ProblemKind::RepeatedField { first_line, line, first_is_list } => fill(
                if *first_is_list { t.repeated_list } else { t.repeated_field },
                &[("line", &line.to_string()), ("first", &first_line.to_string())],
            ),
            ProblemKind::NotListed { errors, warnings } => {
                let mut out = String::new();
                if *errors > 0 {
                    out.push_str(&lang.by_plural(*errors, t.more_errors_one, t.more_errors_other));
                }
                if *errors > 0 && *warnings > 0 {
                    out.push_str(t.and);
                }
                if *warnings > 0 {
                    out.push_str(&lang.by_plural(*warnings, t.more_warnings_one, t.more_warnings_other));
                }
                out.push_str(t.not_listed);
                out
            }
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(UiLang::En))
    }
}

impl Problem {
    /// Whether a value was left out of a record that is still shown (a
    /// warning inside a record, other than an ignored field or a repeat).
    pub fn drops_value(&self) -> bool {
        self.severity == Severity::Warning
            && self.record.is_some()
            && !matches!(
                self.kind,
                ProblemKind::UnknownField
                    | ProblemKind::Repeated { .. }
                    | ProblemKind::RepeatedKey
                    | ProblemKind::NotListed { .. }
            )
    }
}

impl Problem {
    /// Where, in words: `record 12 (id "x"), field "countries[0]"` (empty for the file itself).
    pub fn place(&self) -> String {
        self.place_in(UiLang::En)
    }

    /// Where, in `lang`'s words.
    pub fn place_in(&self, lang: UiLang) -> String {
        let t = lang.editor();
        let mut place = String::new();
        if let Some(record) = &self.record {
            place.push_str(&fill(t.place_record, &[("n", &record.index.to_string())]));
            if let Some(id) = &record.id {
                place.push_str(&fill(t.place_id, &[("id", &quote(id))]));
            }
            if !self.path.is_empty() {
                place.push_str(", ");
            }
        }
        if !self.path.is_empty() {
            place.push_str(&fill(t.place_field, &[("field", &quote(&self.path))]));
        }
        place
    }

    /// Why, in words, with what happens to the value.
    pub fn why(&self) -> String {
        self.why_in(UiLang::En)
    }

    /// Why, in `lang`'s words.
    pub fn why_in(&self, lang: UiLang) -> String {
        let mut why = self.kind.message(lang);
        if self.drops_value() {
            why.push_str(lang.editor().value_left_out);
        }
        why
    }

    /// `place: why` in `lang`'s words (the file's own problems: only why).
    pub fn message(&self, lang: UiLang) -> String {
        match self.place_in(lang) {
            place if place.is_empty() => self.why_in(lang),
            place => format!("{place}: {}", self.why_in(lang)),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(UiLang::En))
    }
}

/// A value from the file as a problem keeps it: at most the characters
/// [`quote`] shows (and a mark that there were more), so a problem's size
/// does not grow with the value's.
pub(crate) fn clip(value: &str) -> String {
    match value.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((end, _)) => {
            let mut cut = value.get(..end).unwrap_or_default().to_owned();
            cut.push('…');
            cut
        }
        None => value.to_owned(),
    }
}

impl ProblemKind {
    /// The same problem with every value from the file clipped (see [`clip`]).
    pub(crate) fn clipped(self) -> ProblemKind {
        match self {
            ProblemKind::UnknownValue { found, expected } => {
                ProblemKind::UnknownValue { found: clip(&found), expected }
            }
            ProblemKind::InvalidId { found } => ProblemKind::InvalidId { found: clip(&found) },
            ProblemKind::Repeated { found } => ProblemKind::Repeated { found: clip(&found) },
            ProblemKind::InvalidDate { found } => ProblemKind::InvalidDate { found: clip(&found) },
            ProblemKind::NotNordic { found } => ProblemKind::NotNordic { found: clip(&found) },
            ProblemKind::UnknownCountry { found } => ProblemKind::UnknownCountry { found: clip(&found) },
            ProblemKind::NotHttpUrl { found } => ProblemKind::NotHttpUrl { found: clip(&found) },
            ProblemKind::ImplausibleYear { found } => ProblemKind::ImplausibleYear { found: clip(&found) },
            other => other,
        }
    }
}

/// Quotes a value from the file, escaping control characters and cutting
/// long values, so a message is always one readable line.
pub(crate) fn quote(value: &str) -> String {
    let mut cut: String = value.chars().take(MAX_QUOTED_CHARS).collect();
    if cut.len() < value.len() {
        cut.push('…');
    }
    quoted(&cut)
}
