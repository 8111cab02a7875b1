//! Records → CSV (RFC 4180: commas, CRLF, quotes doubled), UTF-8 with a
//! byte-order mark so that Excel reads å, ä and ø right.

use crate::model::{CountryCode, DataLang, PartialDate, Partnership};
use crate::sheet::{defuse, escape_field, CODE_SEPARATOR, COLUMNS, FIELD_SEPARATOR, ITEM_SEPARATOR};

/// The byte-order mark spreadsheets take as "this file is UTF-8".
const BOM: char = '\u{feff}';

/// The records as a CSV file: a header of [`COLUMNS`], then one row each.
pub fn to_csv<'a>(records: impl IntoIterator<Item = &'a Partnership>) -> String {
    let mut out = String::new();
    out.push(BOM);
    row(&mut out, &COLUMNS.map(str::to_owned));
    for record in records {
        row(&mut out, &cells(record));
    }
    out
}

/// A record's cells, in [`COLUMNS`] order.
fn cells(r: &Partnership) -> Vec<String> {
    let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut cells = Vec::with_capacity(COLUMNS.len());
    cells.push(r.id.as_str().to_owned());
    for text in [&r.title, &r.summary] {
        for lang in DataLang::ALL {
            cells.push(text.get(*lang).unwrap_or_default().to_owned());
        }
    }
    cells.push(r.kind.code().to_owned());
    cells.push(r.status.code().to_owned());
    cells.push(date(r.started));
    cells.push(date(r.ended));
    let mut countries = List::new(CODE_SEPARATOR);
    for c in &r.countries {
        countries.item(&[c.code()]);
    }
    cells.push(countries.0);
    cells.push(r.region.clone().unwrap_or_default());
    let mut partners = List::new(ITEM_SEPARATOR);
    for p in &r.partners {
        partners.item(&[&p.name, p.kind.code(), country(&p.country), p.name_en.as_deref().unwrap_or_default()]);
    }
    cells.push(partners.0);
    let mut focus = List::new(CODE_SEPARATOR);
    for f in &r.focus_areas {
        focus.item(&[f.code()]);
    }
    cells.push(focus.0);
    let mut funders = List::new(ITEM_SEPARATOR);
    for f in &r.funders {
        funders.item(&[&f.name, country(&f.country), f.name_en.as_deref().unwrap_or_default()]);
    }
    cells.push(funders.0);
    let mut sources = List::new(ITEM_SEPARATOR);
    for s in &r.sources {
        let published = date(s.published);
        sources.item(&[&s.title, s.url.as_deref().unwrap_or_default(), &published, s.language.code()]);
    }
    cells.push(sources.0);
    cells.push(date(r.checked));
    cells
}

fn country(code: &Option<CountryCode>) -> &str {
    code.as_ref().map_or("", |c| c.as_str())
}

/// A list in one cell: items joined by a separator, each item's fields
/// escaped and joined by [`FIELD_SEPARATOR`] (an empty field is a value not given).
struct List(String, &'static str, bool);

impl List {
    fn new(separator: &'static str) -> List {
        List(String::new(), separator, false)
    }

    fn item(&mut self, fields: &[&str]) {
        if std::mem::replace(&mut self.2, true) {
            self.0.push_str(self.1);
        }
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.0.push_str(FIELD_SEPARATOR);
            }
            self.0.push_str(&escape_field(field));
        }
    }
}

/// One CSV row: each cell defused, quoted when it holds a comma, a quote or a line break.
fn row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = defuse(cell);
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::bundled;

    #[test]
    fn starts_with_the_bom_and_the_header_then_one_row_per_record() {
        let data = bundled::dataset().expect("bundled data");
        let csv = to_csv(&data.records);
        assert!(csv.starts_with("\u{feff}id,title_en,title_nb,"));
        let first_line = csv.trim_start_matches(BOM).split("\r\n").next().unwrap_or_default();
        assert_eq!(first_line.split(',').count(), COLUMNS.len());
        // Line breaks inside cells are bare \n; rows end in \r\n.
        assert_eq!(csv.matches("\r\n").count(), data.records.len() + 1);
    }

    #[test]
    fn quotes_commas_quotes_and_line_breaks_and_defuses_formulas() {
        let mut out = String::new();
        row(&mut out, &["a,b", "say \"hi\"", "x\ny", "=SUM(A1)", "plain"].map(str::to_owned));
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",'=SUM(A1),plain\r\n");
    }

    #[test]
    fn lists_sit_in_one_cell() {
        let data = bundled::dataset().expect("bundled data");
        let record = data.records.iter().find(|r| r.id.as_str() == "alrek-helseklynge").expect("record");
        let cells = cells(record);
        assert_eq!(cells.len(), COLUMNS.len());
        let cell = |name: &str| cells.get(COLUMNS.iter().position(|c| *c == name).unwrap_or(usize::MAX)).cloned();
        assert_eq!(cell("countries").as_deref(), Some("NO"));
        let partners = cell("partners").unwrap_or_default();
        assert!(
            partners.starts_with("Universitetet i Bergen | university | NO | University of Bergen\n"),
            "{partners}"
        );
        assert_eq!(partners.lines().count(), record.partners.len());
        assert_eq!(cell("started").as_deref(), Some(""));
    }
}
