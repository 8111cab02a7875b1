//! What can be wrong with a data file, worded for the editor who has to fix it.

use std::fmt;

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

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes, limit } => {
                let (whole, tenth) = tenths_of_a_megabyte(*bytes);
                let (limit, _) = tenths_of_a_megabyte(*limit);
                write!(f, "the file is {whole}.{tenth} MB; the widget reads files of up to {limit} MB")
            }
            LoadError::Syntax { line, column, message } => {
                write!(f, "invalid JSON at line {line}, column {column}: {message}")
            }
            LoadError::NotAnObject { found } => {
                write!(f, "the file holds {found}; expected an object with \"schema_version\" and \"partnerships\"")
            }
            LoadError::NoPartnershipList { found: None } => {
                write!(f, "field \"partnerships\" is missing; expected a list of partnerships")
            }
            LoadError::NoPartnershipList { found: Some(found) } => {
                write!(f, "field \"partnerships\" holds {found}; expected a list of partnerships")
            }
            LoadError::UnsupportedVersion { found } => {
                write!(f, "field \"schema_version\" is {}; this widget reads version 1", quote(found))
            }
        }
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
    /// `error` or `warning`, as `validate` and the validator page write it.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
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

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::WrongType { expected, found } => write!(f, "expected {expected}, found {found}"),
            ProblemKind::Missing => f.write_str("is required"),
            ProblemKind::EmptyText => f.write_str("is empty; leave the field out or write some text"),
            ProblemKind::EmptyList => f.write_str("is empty; list at least one value"),
            ProblemKind::NoLanguage => {
                f.write_str("has no text; give it in at least one language, e.g. {\"en\": \"…\"}")
            }
            ProblemKind::UnknownValue { found, expected } => {
                write!(f, "unknown value {}; expected one of {}", quote(found), expected.join(", "))
            }
            ProblemKind::InvalidId { found } => write!(
                f,
                "{} is not a valid id; use lowercase letters and digits joined by single hyphens, \
                 e.g. \"umea-university-region-vasterbotten\" (at most {} characters)",
                quote(found),
                crate::model::RecordId::MAX_LEN
            ),
            ProblemKind::DuplicateId { first_index } => {
                write!(f, "duplicate id; record {first_index} already uses it")
            }
            ProblemKind::Repeated { found } => write!(f, "lists {} more than once", quote(found)),
            ProblemKind::InvalidDate { found } => {
                write!(f, "{} is not a real date; write YYYY, YYYY-MM or YYYY-MM-DD", quote(found))
            }
            ProblemKind::EndsBeforeStart { started, ended } => {
                write!(f, "ends ({ended}) before it starts ({started})")
            }
            ProblemKind::NotNordic { found } => write!(
                f,
                "{} is not one of the partnership countries NO, SE, DK, FI, IS \
                 (a partner abroad goes under partners[].country)",
                quote(found)
            ),
            ProblemKind::UnknownCountry { found } => write!(
                f,
                "{} is not an ISO 3166-1 alpha-2 country code; write two capitals such as \"SE\"",
                quote(found)
            ),
            ProblemKind::NotHttpUrl { found } => write!(
                f,
                "{} is not a web address; links must start with http:// or https:// and hold no spaces",
                quote(found)
            ),
            ProblemKind::NoUsableEntry => f.write_str("has no usable entry (see the problems above)"),
            ProblemKind::ImplausibleYear { found } => write!(
                f,
                "{} lies outside {}–{}; is the year a typo?",
                quote(found),
                crate::model::PLAUSIBLE_YEARS.start(),
                crate::model::PLAUSIBLE_YEARS.end()
            ),
            ProblemKind::TooManyRecords { found, limit } => {
                write!(f, "lists {found} partnerships; the widget reads the first {limit}")
            }
            ProblemKind::Unreadable { line, column, message } => {
                write!(f, "cannot be read at line {line}, column {column}: {message}")
            }
            ProblemKind::UnknownField => f.write_str("is not a field of schema version 1; it is ignored"),
            ProblemKind::MissingVersion => f.write_str("is missing; the file is read as version 1"),
            ProblemKind::RepeatedKey => f.write_str("is given more than once here; only the last value is read"),
            ProblemKind::RepeatedField { first_line, line, first_is_list: true } => write!(
                f,
                "is given again at line {line}; only the first, at line {first_line}, is read (put every partnership in one list)"
            ),
            ProblemKind::RepeatedField { first_line, line, first_is_list: false } => {
                write!(f, "is given again at line {line} (first at line {first_line}); only the last is read")
            }
            ProblemKind::NotListed { errors, warnings } => {
                if *errors > 0 {
                    write!(f, "{errors} more error{}", plural(*errors))?;
                }
                if *errors > 0 && *warnings > 0 {
                    f.write_str(" and ")?;
                }
                if *warnings > 0 {
                    write!(f, "{warnings} more warning{}", plural(*warnings))?;
                }
                f.write_str(" not listed; fix the ones above and check again")
            }
        }
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
        let mut place = String::new();
        if let Some(record) = &self.record {
            place.push_str(&format!("record {}", record.index));
            if let Some(id) = &record.id {
                place.push_str(&format!(" (id {})", quote(id)));
            }
            if !self.path.is_empty() {
                place.push_str(", ");
            }
        }
        if !self.path.is_empty() {
            place.push_str(&format!("field {}", quote(&self.path)));
        }
        place
    }

    /// Why, in words, with what happens to the value.
    pub fn why(&self) -> String {
        let mut why = self.kind.to_string();
        if self.drops_value() {
            why.push_str("; it is left out and the rest of the record is shown");
        }
        why
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place() {
            place if place.is_empty() => f.write_str(&self.why()),
            place => write!(f, "{place}: {}", self.why()),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
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
    format!("{cut:?}")
}
