//! Reads one record of the `partnerships` list, collecting every problem
//! rather than stopping at the first.
//!
//! Only the fields a card cannot do without — `id`, `title`, `kind`,
//! `status`, `countries`, `partners` — leave the record out when they are
//! unusable (an error). Anything else that is wrong (an optional field, one
//! bad item of a list, one bad language of a text) is left out with a warning
//! naming the record and the field, and the rest of the record is shown.

use std::fmt;

use super::json::{Json, Object};
use super::problem_log::ProblemLog;
use super::{Problem, ProblemKind, RecordRef, Severity};
use crate::model::safe_url::is_http_url;
use crate::model::PLAUSIBLE_YEARS;
use crate::model::{
    Country, CountryCode, DataLang, FocusArea, Funder, LocalizedText, PartialDate, Partner, PartnerKind, Partnership,
    PartnershipKind, RecordId, Source, Status,
};

const RECORD_FIELDS: [&str; 14] = [
    "id",
    "title",
    "summary",
    "kind",
    "status",
    "started",
    "ended",
    "countries",
    "region",
    "partners",
    "focus_areas",
    "funders",
    "sources",
    "checked",
];
const PARTNER_FIELDS: [&str; 4] = ["name", "name_en", "kind", "country"];
const FUNDER_FIELDS: [&str; 3] = ["name", "name_en", "country"];
const SOURCE_FIELDS: [&str; 4] = ["url", "title", "published", "language"];

/// Reads the record at `place` (whose `id` is the record's, clipped: every
/// problem of the record carries it); `None` (with its problems pushed) when
/// it has errors.
pub(super) fn read(place: &RecordRef, value: &Json<'_>, problems: &mut ProblemLog) -> Option<Partnership> {
    let mut reader = Reader { record: place.clone(), problems, failed: false, strict: true };
    let partnership = reader.partnership(value);
    if reader.failed {
        None
    } else {
        partnership
    }
}

struct Reader<'p> {
    record: RecordRef,
    problems: &'p mut ProblemLog,
    /// An error was reported: the record is left out.
    failed: bool,
    /// Whether a problem here is an error (a field the record needs) or a
    /// warning (something that is left out while the record is shown).
    strict: bool,
}

impl Reader<'_> {
    /// Reports a problem: an error inside a required field, else a warning.
    fn problem(&mut self, path: Path<'_>, kind: ProblemKind) {
        let severity = if self.strict { Severity::Error } else { Severity::Warning };
        self.report(severity, path, kind);
    }

    fn report(&mut self, severity: Severity, path: Path<'_>, kind: ProblemKind) {
        if severity == Severity::Error {
            self.failed = true;
        }
        let kind = kind.clipped();
        self.problems.push(Problem { severity, record: Some(self.record.clone()), path: path.to_string(), kind });
    }

    fn warn(&mut self, path: Path<'_>, kind: ProblemKind) {
        self.report(Severity::Warning, path, kind);
    }

    /// Runs `read` with problems reported as warnings.
    fn lenient<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> T {
        let strict = std::mem::replace(&mut self.strict, false);
        let value = read(self);
        self.strict = strict;
        value
    }

    fn partnership(&mut self, value: &Json<'_>) -> Option<Partnership> {
        let obj = self.object(value, Path::Record)?;
        self.unknown_fields(obj, Path::Record, &RECORD_FIELDS);
        let id = self.required(obj, "id", Path::Record, |r, v, p| {
            let text = r.text(v, p)?;
            let id = RecordId::parse(&text);
            if id.is_none() {
                r.problem(p, ProblemKind::InvalidId { found: text });
            }
            id
        });
        let title = self.required(obj, "title", Path::Record, Self::localized);
        let summary = self.optional(obj, "summary", Path::Record, Self::localized);
        let kind = self.required(obj, "kind", Path::Record, |r, v, p| {
            r.code(v, p, PartnershipKind::parse, PartnershipKind::CODES)
        });
        let status = self.required(obj, "status", Path::Record, |r, v, p| r.code(v, p, Status::parse, Status::CODES));
        let started = self.optional(obj, "started", Path::Record, Self::date);
        let mut ended = self.optional(obj, "ended", Path::Record, Self::date);
        if let (Some(s), Some(e)) = (started, ended) {
            if e.latest() < s.earliest() {
                self.warn(
                    Path::Record.field("ended"),
                    ProblemKind::EndsBeforeStart { started: s.to_string(), ended: e.to_string() },
                );
                ended = None;
            }
        }
        let countries = self.required(obj, "countries", Path::Record, |r, v, p| {
            let countries = r.usable_list(v, p, |r, v, p| {
                let code = r.text(v, p)?;
                let country = Country::parse(&code);
                if country.is_none() {
                    let kind = match CountryCode::parse(&code) {
                        Some(_) => ProblemKind::NotNordic { found: code },
                        None => ProblemKind::UnknownCountry { found: code },
                    };
                    r.problem(p, kind);
                }
                country
            })?;
            Some(r.distinct(countries, p, |c| c.code().to_owned()))
        });
        let region = self.optional(obj, "region", Path::Record, Self::text);
        let partners = self.required(obj, "partners", Path::Record, |r, v, p| r.usable_list(v, p, Self::partner));
        let focus_areas = self
            .optional(obj, "focus_areas", Path::Record, |r, v, p| {
                let areas = r.list(v, p, |r, v, p| r.code(v, p, FocusArea::parse, FocusArea::CODES))?;
                Some(r.distinct(areas, p, |f| f.code().to_owned()))
            })
            .unwrap_or_default();
        let funders =
            self.optional(obj, "funders", Path::Record, |r, v, p| r.list(v, p, Self::funder)).unwrap_or_default();
        let sources =
            self.optional(obj, "sources", Path::Record, |r, v, p| r.list(v, p, Self::source)).unwrap_or_default();
        let checked = self.optional(obj, "checked", Path::Record, Self::date);

        Some(Partnership {
            id: id?,
            title: title?,
            summary: summary.unwrap_or_default(),
            kind: kind?,
            status: status?,
            started,
            ended,
            countries: countries?,
            region,
            partners: partners?,
            focus_areas,
            funders,
            sources,
            checked,
        })
    }

    fn partner(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<Partner> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &PARTNER_FIELDS);
        let name = self.required(obj, "name", path, Self::text);
        let name_en = self.optional(obj, "name_en", path, Self::text);
        let kind = self.required(obj, "kind", path, |r, v, p| r.code(v, p, PartnerKind::parse, PartnerKind::CODES));
        let country = self.optional(obj, "country", path, Self::country_code);
        Some(Partner { name: name?, name_en, kind: kind?, country })
    }

    fn funder(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<Funder> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &FUNDER_FIELDS);
        let name = self.required(obj, "name", path, Self::text);
        let name_en = self.optional(obj, "name_en", path, Self::text);
        let country = self.optional(obj, "country", path, Self::country_code);
        Some(Funder { name: name?, name_en, country })
    }

    fn source(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<Source> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &SOURCE_FIELDS);
        let url = self.optional(obj, "url", path, |r, v, p| {
            let text = r.text(v, p)?;
            if is_http_url(&text) {
                Some(text)
            } else {
                r.problem(p, ProblemKind::NotHttpUrl { found: text });
                None
            }
        });
        let title = self.required(obj, "title", path, Self::text);
        let published = self.optional(obj, "published", path, Self::date);
        let language = self.required(obj, "language", path, |r, v, p| r.code(v, p, DataLang::parse, DataLang::CODES));
        Some(Source { url, title: title?, published, language: language? })
    }

    /// A text in one or more languages: a bad language is left out with a
    /// warning; none usable is a problem of the field itself.
    fn localized(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<LocalizedText> {
        let obj = self.object(value, path)?;
        if obj.is_empty() {
            self.problem(path, ProblemKind::NoLanguage);
            return None;
        }
        let entries: Vec<(DataLang, String)> = self.lenient(|r| {
            obj.iter()
                .filter_map(|(key, text)| {
                    let entry_path = path.field(key);
                    let lang = DataLang::parse(key);
                    if lang.is_none() {
                        r.problem(
                            entry_path,
                            ProblemKind::UnknownValue { found: key.to_owned(), expected: DataLang::CODES },
                        );
                    }
                    let text = r.text(text, entry_path);
                    Some((lang?, text?))
                })
                .collect()
        });
        if entries.is_empty() {
            self.problem(path, ProblemKind::NoUsableEntry);
            return None;
        }
        Some(LocalizedText::new(entries))
    }

    fn date(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<PartialDate> {
        let text = self.text(value, path)?;
        let Some(date) = PartialDate::parse(&text) else {
            self.problem(path, ProblemKind::InvalidDate { found: text });
            return None;
        };
        if !PLAUSIBLE_YEARS.contains(&date.year()) {
            self.problem(path, ProblemKind::ImplausibleYear { found: text });
            return None;
        }
        Some(date)
    }

    fn country_code(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<CountryCode> {
        let text = self.text(value, path)?;
        let code = CountryCode::parse(&text);
        if code.is_none() {
            self.problem(path, ProblemKind::UnknownCountry { found: text });
        }
        code
    }

    fn code<T>(
        &mut self,
        value: &Json<'_>,
        path: Path<'_>,
        parse: fn(&str) -> Option<T>,
        codes: &'static [&'static str],
    ) -> Option<T> {
        let text = self.text(value, path)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            self.problem(path, ProblemKind::UnknownValue { found: text, expected: codes });
        }
        parsed
    }

    /// A string with visible text.
    fn text(&mut self, value: &Json<'_>, path: Path<'_>) -> Option<String> {
        match value {
            Json::String(s) if s.trim().is_empty() => {
                self.problem(path, ProblemKind::EmptyText);
                None
            }
            Json::String(s) => Some(s.as_ref().to_owned()),
            other => {
                self.problem(path, ProblemKind::WrongType { expected: "a string", found: other.type_name() });
                None
            }
        }
    }

    fn object<'v>(&mut self, value: &'v Json<'v>, path: Path<'_>) -> Option<&'v Object<'v>> {
        match value {
            Json::Object(obj) => {
                for key in obj.repeated() {
                    self.warn(path.field(key), ProblemKind::RepeatedKey);
                }
                Some(obj)
            }
            other => {
                self.problem(path, ProblemKind::WrongType { expected: "an object", found: other.type_name() });
                None
            }
        }
    }

    /// Reads every item of a list, each on its own: a bad item is reported
    /// as a warning and left out. `None` only when the value is not a list.
    fn list<T>(
        &mut self,
        value: &Json<'_>,
        path: Path<'_>,
        mut item: impl FnMut(&mut Self, &Json<'_>, Path<'_>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Json::Array(values) = value else {
            self.problem(path, ProblemKind::WrongType { expected: "a list", found: value.type_name() });
            return None;
        };
        Some(self.lenient(|r| values.iter().enumerate().filter_map(|(i, v)| item(r, v, path.item(i))).collect()))
    }

    /// A list a record needs at least one usable value of: [`Reader::list`],
    /// then a problem of the field itself when nothing usable is left.
    fn usable_list<T>(
        &mut self,
        value: &Json<'_>,
        path: Path<'_>,
        item: impl FnMut(&mut Self, &Json<'_>, Path<'_>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let items = self.list(value, path, item)?;
        if items.is_empty() {
            let n_given = match value {
                Json::Array(values) => values.len(),
                _ => 0,
            };
            self.problem(path, if n_given == 0 { ProblemKind::EmptyList } else { ProblemKind::NoUsableEntry });
            return None;
        }
        Some(items)
    }

    /// Keeps the first of values listed twice, with a warning.
    fn distinct<T>(&mut self, items: Vec<T>, path: Path<'_>, code: impl Fn(&T) -> String) -> Vec<T> {
        let mut seen: Vec<String> = Vec::with_capacity(items.len());
        let mut kept = Vec::with_capacity(items.len());
        for item in items {
            let c = code(&item);
            if seen.contains(&c) {
                self.warn(path, ProblemKind::Repeated { found: c });
            } else {
                seen.push(c);
                kept.push(item);
            }
        }
        kept
    }

    /// A field that must be present and usable. `None` when it is not.
    fn required<T>(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        parent: Path<'_>,
        read: impl FnOnce(&mut Self, &Json<'_>, Path<'_>) -> Option<T>,
    ) -> Option<T> {
        let path = parent.field(key);
        match obj.get(key) {
            None | Some(Json::Null) => {
                self.problem(path, ProblemKind::Missing);
                None
            }
            Some(value) => read(self, value, path),
        }
    }

    /// A field that may be absent or null; a bad value is left out with a
    /// warning. `None` when absent, null or bad.
    fn optional<T>(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        parent: Path<'_>,
        read: impl FnOnce(&mut Self, &Json<'_>, Path<'_>) -> Option<T>,
    ) -> Option<T> {
        match obj.get(key) {
            None | Some(Json::Null) => None,
            Some(value) => {
                let path = parent.field(key);
                self.lenient(|r| read(r, value, path))
            }
        }
    }

    fn unknown_fields(&mut self, obj: &Object<'_>, parent: Path<'_>, known: &[&str]) {
        for (key, _) in obj.iter().filter(|(k, _)| !known.contains(k)) {
            self.warn(parent.field(key), ProblemKind::UnknownField);
        }
    }
}

/// Where a value sits in its record (`partners[2].name`), written out only
/// when a problem names it: reading a valid record formats nothing.
#[derive(Clone, Copy)]
enum Path<'a> {
    /// The record itself.
    Record,
    /// A field of an object.
    Field(&'a Path<'a>, &'a str),
    /// An item of a list.
    Item(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    fn field(&'a self, key: &'a str) -> Path<'a> {
        Path::Field(self, key)
    }

    fn item(&'a self, index: usize) -> Path<'a> {
        Path::Item(self, index)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Record => Ok(()),
            // Names come from the file: clipped, so a problem's size stays bounded.
            Path::Field(Path::Record, key) => f.write_str(&super::problem::clip(key)),
            Path::Field(parent, key) => write!(f, "{parent}.{}", super::problem::clip(key)),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}
