//! Reads one record of the `partnerships` list, collecting every problem
//! rather than stopping at the first.

use serde_json::{Map, Value};

use super::{json_type, Problem, ProblemKind, RecordRef, Severity};
use crate::model::safe_url::is_http_url;
use crate::model::{
    Country, CountryCode, DataLang, FocusArea, Funder, LocalizedText, PartialDate, Partner, PartnerKind, Partnership,
    PartnershipKind, RecordId, Source, Status,
};

const RECORD_FIELDS: [&str; 13] = [
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
];
const PARTNER_FIELDS: [&str; 4] = ["name", "name_en", "kind", "country"];
const FUNDER_FIELDS: [&str; 3] = ["name", "name_en", "country"];
const SOURCE_FIELDS: [&str; 4] = ["url", "title", "published", "language"];

/// Reads record `index`; `None` (with its problems pushed) when it has errors.
pub(super) fn read(index: usize, value: &Value, problems: &mut Vec<Problem>) -> Option<Partnership> {
    let id_text = value.get("id").and_then(Value::as_str).map(str::to_owned);
    let mut reader = Reader { record: RecordRef { index, id: id_text }, problems, failed: false };
    let partnership = reader.partnership(value);
    if reader.failed {
        None
    } else {
        partnership
    }
}

struct Reader<'p> {
    record: RecordRef,
    problems: &'p mut Vec<Problem>,
    failed: bool,
}

impl Reader<'_> {
    fn report(&mut self, severity: Severity, path: &str, kind: ProblemKind) {
        if severity == Severity::Error {
            self.failed = true;
        }
        self.problems.push(Problem { severity, record: Some(self.record.clone()), path: path.to_owned(), kind });
    }

    fn error(&mut self, path: &str, kind: ProblemKind) {
        self.report(Severity::Error, path, kind);
    }

    fn partnership(&mut self, value: &Value) -> Option<Partnership> {
        let obj = self.object(value, "")?;
        self.unknown_fields(obj, "", &RECORD_FIELDS);
        let id = self.required(obj, "id", "", |r, v, p| {
            let text = r.text(v, p)?;
            let id = RecordId::parse(&text);
            if id.is_none() {
                r.error(p, ProblemKind::InvalidId { found: text });
            }
            id
        });
        let title = self.required(obj, "title", "", Self::localized);
        let summary = self.optional(obj, "summary", "", Self::localized);
        let kind =
            self.required(obj, "kind", "", |r, v, p| r.code(v, p, PartnershipKind::parse, PartnershipKind::codes));
        let status = self.required(obj, "status", "", |r, v, p| r.code(v, p, Status::parse, Status::codes));
        let started = self.optional(obj, "started", "", Self::date);
        let ended = self.optional(obj, "ended", "", Self::date);
        if let (Some(Some(s)), Some(Some(e))) = (started, ended) {
            if e.latest() < s.earliest() {
                self.error("ended", ProblemKind::EndsBeforeStart { started: s.to_string(), ended: e.to_string() });
            }
        }
        let countries = self.required(obj, "countries", "", |r, v, p| {
            r.list(v, p, true, |r, v, p| {
                let code = r.text(v, p)?;
                let country = Country::parse(&code);
                if country.is_none() {
                    let kind = match CountryCode::parse(&code) {
                        Some(_) => ProblemKind::NotNordic { found: code },
                        None => ProblemKind::UnknownCountry { found: code },
                    };
                    r.error(p, kind);
                }
                country
            })
        });
        let region = self.optional(obj, "region", "", Self::text);
        let partners = self.required(obj, "partners", "", |r, v, p| r.list(v, p, true, Self::partner));
        let focus_areas = self.optional(obj, "focus_areas", "", |r, v, p| {
            r.list(v, p, false, |r, v, p| r.code(v, p, FocusArea::parse, FocusArea::codes))
        });
        let funders = self.optional(obj, "funders", "", |r, v, p| r.list(v, p, false, Self::funder));
        let sources = self.optional(obj, "sources", "", |r, v, p| r.list(v, p, false, Self::source));

        Some(Partnership {
            id: id?,
            title: title?,
            summary: summary?.unwrap_or_default(),
            kind: kind?,
            status: status?,
            started: started?,
            ended: ended?,
            countries: self.distinct(countries?, "countries", |c| c.code().to_owned())?,
            region: region?,
            partners: partners?,
            focus_areas: self.distinct(focus_areas?.unwrap_or_default(), "focus_areas", |f| f.code().to_owned())?,
            funders: funders?.unwrap_or_default(),
            sources: sources?.unwrap_or_default(),
        })
    }

    fn partner(&mut self, value: &Value, path: &str) -> Option<Partner> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &PARTNER_FIELDS);
        let name = self.required(obj, "name", path, Self::text);
        let name_en = self.optional(obj, "name_en", path, Self::text);
        let kind = self.required(obj, "kind", path, |r, v, p| r.code(v, p, PartnerKind::parse, PartnerKind::codes));
        let country = self.optional(obj, "country", path, Self::country_code);
        Some(Partner { name: name?, name_en: name_en?, kind: kind?, country: country? })
    }

    fn funder(&mut self, value: &Value, path: &str) -> Option<Funder> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &FUNDER_FIELDS);
        let name = self.required(obj, "name", path, Self::text);
        let name_en = self.optional(obj, "name_en", path, Self::text);
        let country = self.optional(obj, "country", path, Self::country_code);
        Some(Funder { name: name?, name_en: name_en?, country: country? })
    }

    fn source(&mut self, value: &Value, path: &str) -> Option<Source> {
        let obj = self.object(value, path)?;
        self.unknown_fields(obj, path, &SOURCE_FIELDS);
        let url = self.optional(obj, "url", path, |r, v, p| {
            let text = r.text(v, p)?;
            if is_http_url(&text) {
                Some(text)
            } else {
                r.error(p, ProblemKind::NotHttpUrl { found: text });
                None
            }
        });
        let title = self.required(obj, "title", path, Self::text);
        let published = self.optional(obj, "published", path, Self::date);
        let language = self.required(obj, "language", path, |r, v, p| r.code(v, p, DataLang::parse, DataLang::codes));
        Some(Source { url: url?, title: title?, published: published?, language: language? })
    }

    fn localized(&mut self, value: &Value, path: &str) -> Option<LocalizedText> {
        let obj = self.object(value, path)?;
        let mut entries = Vec::with_capacity(obj.len());
        let mut complete = true;
        for (key, text) in obj {
            let entry_path = join(path, key);
            let lang = DataLang::parse(key);
            if lang.is_none() {
                self.error(&entry_path, ProblemKind::UnknownValue { found: key.clone(), expected: DataLang::codes() });
            }
            match (lang, self.text(text, &entry_path)) {
                (Some(lang), Some(text)) => entries.push((lang, text)),
                _ => complete = false,
            }
        }
        if obj.is_empty() {
            self.error(path, ProblemKind::NoLanguage);
            return None;
        }
        complete.then(|| LocalizedText::new(entries))
    }

    fn date(&mut self, value: &Value, path: &str) -> Option<PartialDate> {
        let text = self.text(value, path)?;
        let date = PartialDate::parse(&text);
        if date.is_none() {
            self.error(path, ProblemKind::InvalidDate { found: text });
        }
        date
    }

    fn country_code(&mut self, value: &Value, path: &str) -> Option<CountryCode> {
        let text = self.text(value, path)?;
        let code = CountryCode::parse(&text);
        if code.is_none() {
            self.error(path, ProblemKind::UnknownCountry { found: text });
        }
        code
    }

    fn code<T>(&mut self, value: &Value, path: &str, parse: fn(&str) -> Option<T>, codes: fn() -> String) -> Option<T> {
        let text = self.text(value, path)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            self.error(path, ProblemKind::UnknownValue { found: text, expected: codes() });
        }
        parsed
    }

    /// A string with visible text.
    fn text(&mut self, value: &Value, path: &str) -> Option<String> {
        match value {
            Value::String(s) if s.trim().is_empty() => {
                self.error(path, ProblemKind::EmptyText);
                None
            }
            Value::String(s) => Some(s.clone()),
            other => {
                self.error(path, ProblemKind::WrongType { expected: "a string", found: json_type(other) });
                None
            }
        }
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(obj) => Some(obj),
            other => {
                self.error(path, ProblemKind::WrongType { expected: "an object", found: json_type(other) });
                None
            }
        }
    }

    /// Reads every item (so every bad item is reported), `None` if any failed.
    fn list<T>(
        &mut self,
        value: &Value,
        path: &str,
        non_empty: bool,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Value::Array(values) = value else {
            self.error(path, ProblemKind::WrongType { expected: "a list", found: json_type(value) });
            return None;
        };
        if non_empty && values.is_empty() {
            self.error(path, ProblemKind::EmptyList);
            return None;
        }
        let items: Vec<Option<T>> =
            values.iter().enumerate().map(|(i, v)| item(self, v, &format!("{path}[{i}]"))).collect();
        items.into_iter().collect()
    }

    /// Rejects a list that names one value twice.
    fn distinct<T>(&mut self, items: Vec<T>, path: &str, code: impl Fn(&T) -> String) -> Option<Vec<T>> {
        let codes: Vec<String> = items.iter().map(&code).collect();
        let repeated = codes.iter().enumerate().find(|(i, c)| codes.get(..*i).is_some_and(|before| before.contains(c)));
        match repeated {
            Some((_, found)) => {
                self.error(path, ProblemKind::Repeated { found: found.clone() });
                None
            }
            None => Some(items),
        }
    }

    /// A field that must be present and not null. The outer `Option` is
    /// `None` when the field is bad.
    fn required<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        parent: &str,
        read: impl FnOnce(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = join(parent, key);
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.error(&path, ProblemKind::Missing);
                None
            }
            Some(value) => read(self, value, &path),
        }
    }

    /// A field that may be absent or null (`Some(None)`); `None` when bad.
    fn optional<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        parent: &str,
        read: impl FnOnce(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Option<T>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => read(self, value, &join(parent, key)).map(Some),
        }
    }

    fn unknown_fields(&mut self, obj: &Map<String, Value>, parent: &str, known: &[&str]) {
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            self.report(Severity::Warning, &join(parent, key), ProblemKind::UnknownField);
        }
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}
