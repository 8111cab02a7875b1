//! Records → a schema-version-1 JSON file the widget reads back (through
//! `data-src`, or the validator): one field per line for a record, small
//! objects (a text's languages, a partner, a source) on one line each.

use crate::model::{LocalizedText, PartialDate, Partnership, SCHEMA_VERSION};
use crate::text::json_string::push_json_string as string;

/// The records as a schema-v1 file.
pub fn to_json<'a>(records: impl IntoIterator<Item = &'a Partnership>) -> String {
    let mut w = Writer { out: String::new(), levels: Vec::new() };
    w.out.push_str("{\n  \"schema_version\": ");
    w.out.push_str(&SCHEMA_VERSION.to_string());
    w.out.push_str(",\n  \"partnerships\": ");
    w.open('[', Layout::Lines(2));
    for record in records {
        write_record(&mut w, record);
    }
    w.close();
    w.out.push_str("\n}\n");
    w.out
}

fn write_record(w: &mut Writer, r: &Partnership) {
    w.open('{', Layout::Lines(3));
    w.key("id");
    w.text(r.id.as_str());
    w.key("title");
    w.localized(&r.title);
    w.key("summary");
    if r.summary.is_empty() {
        w.optional(None);
    } else {
        w.localized(&r.summary);
    }
    w.key("kind");
    w.text(r.kind.code());
    w.key("status");
    w.text(r.status.code());
    w.key("started");
    w.date(r.started);
    w.key("ended");
    w.date(r.ended);
    w.key("countries");
    w.open('[', Layout::Inline);
    for country in &r.countries {
        w.text(country.code());
    }
    w.close();
    w.key("region");
    w.optional(r.region.as_deref());
    w.key("partners");
    w.open('[', Layout::Lines(4));
    for p in &r.partners {
        w.open('{', Layout::Inline);
        w.key("name");
        w.text(&p.name);
        w.key("name_en");
        w.optional(p.name_en.as_deref());
        w.key("kind");
        w.text(p.kind.code());
        w.key("country");
        w.optional(p.country.as_ref().map(|c| c.as_str()));
        w.close();
    }
    w.close();
    w.key("focus_areas");
    w.open('[', Layout::Inline);
    for focus in &r.focus_areas {
        w.text(focus.code());
    }
    w.close();
    w.key("funders");
    w.open('[', Layout::Lines(4));
    for f in &r.funders {
        w.open('{', Layout::Inline);
        w.key("name");
        w.text(&f.name);
        w.key("name_en");
        w.optional(f.name_en.as_deref());
        w.key("country");
        w.optional(f.country.as_ref().map(|c| c.as_str()));
        w.close();
    }
    w.close();
    w.key("sources");
    w.open('[', Layout::Lines(4));
    for s in &r.sources {
        w.open('{', Layout::Inline);
        w.key("url");
        w.optional(s.url.as_deref());
        w.key("title");
        w.text(&s.title);
        w.key("published");
        w.date(s.published);
        w.key("language");
        w.text(s.language.code());
        w.close();
    }
    w.close();
    w.key("checked");
    w.date(r.checked);
    w.close();
}

/// How a list's or an object's members are laid out.
#[derive(Clone, Copy)]
enum Layout {
    /// On one line, separated by ", " (objects padded with spaces).
    Inline,
    /// One per line, indented this many levels.
    Lines(usize),
}

/// A streaming writer: one small piece of code for every record, rather than
/// code per field (which the wasm would carry).
struct Writer {
    out: String,
    /// Per open list or object: its closing bracket, layout and member count.
    levels: Vec<(char, Layout, usize)>,
}

impl Writer {
    fn open(&mut self, bracket: char, layout: Layout) {
        self.member();
        self.out.push(bracket);
        self.levels.push((if bracket == '{' { '}' } else { ']' }, layout, 0));
    }

    fn close(&mut self) {
        let Some((bracket, layout, n)) = self.levels.pop() else { return };
        match layout {
            Layout::Lines(depth) if n > 0 => self.line(depth - 1),
            Layout::Inline if n > 0 && bracket == '}' => self.out.push(' '),
            _ => {}
        }
        self.out.push(bracket);
    }

    /// Starts a member of the innermost list, or the value after a key.
    fn member(&mut self) {
        let Some((bracket, layout, n)) = self.levels.last_mut() else { return };
        if *bracket == '}' && self.out.ends_with(": ") {
            return; // the value of a key
        }
        let (first, layout, object) = (*n == 0, *layout, *bracket == '}');
        *n += 1;
        if !first {
            self.out.push(',');
        }
        match layout {
            Layout::Lines(depth) => self.line(depth),
            Layout::Inline if object || !first => self.out.push(' '),
            Layout::Inline => {}
        }
    }

    fn line(&mut self, depth: usize) {
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn key(&mut self, name: &str) {
        self.member();
        string(&mut self.out, name);
        self.out.push_str(": ");
    }

    fn text(&mut self, text: &str) {
        self.member();
        string(&mut self.out, text);
    }

    fn optional(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.text(text),
            None => {
                self.member();
                self.out.push_str("null");
            }
        }
    }

    fn date(&mut self, date: Option<PartialDate>) {
        self.optional(date.map(|d| d.to_string()).as_deref());
    }

    fn localized(&mut self, text: &LocalizedText) {
        self.open('{', Layout::Inline);
        for (lang, text) in text.entries() {
            self.key(lang.code());
            self.text(text);
        }
        self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{bundled, load};

    #[test]
    fn the_bundled_records_come_back_unchanged_through_the_loader() {
        let data = bundled::dataset().expect("bundled data");
        let json = to_json(&data.records);
        let again = load(&json).expect("readable");
        assert!(again.problems.is_empty(), "{:?}", again.problems.first());
        assert_eq!(again.records, data.records);
    }

    #[test]
    fn records_have_a_field_per_line_and_small_objects_on_one() {
        let data = bundled::dataset().expect("bundled data");
        let record = data.records.iter().filter(|r| r.id.as_str() == "alrek-helseklynge");
        let json = to_json(record);
        let expected_start = concat!(
            "{\n  \"schema_version\": 1,\n  \"partnerships\": [\n    {\n      \"id\": \"alrek-helseklynge\",\n",
            "      \"title\": { \"en\": \"Alrek Health Cluster (Bergen)\", \"nb\": \"Alrek helseklynge\" },\n",
        );
        assert!(json.starts_with(expected_start), "{json}");
        assert!(
            json.contains("\"started\": null,\n      \"ended\": null,\n      \"countries\": [\"NO\"],\n"),
            "{json}"
        );
        assert!(json.contains("\"partners\": [\n        { \"name\": \"Universitetet i Bergen\", \"name_en\": \"University of Bergen\", \"kind\": \"university\", \"country\": \"NO\" },\n"), "{json}");
        assert!(json.ends_with("\n    }\n  ]\n}\n"), "{json}");
    }

    #[test]
    fn an_empty_view_is_a_valid_empty_file() {
        let json = to_json(&[]);
        assert_eq!(load(&json).map(|d| d.records.len()).ok(), Some(0));
    }
}
