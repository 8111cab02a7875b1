//! A spreadsheet (CSV in the form [`crate::sheet`] describes) read as
//! partnership data: each row becomes a schema-v1 record, written as JSON
//! and read by the same loader as any data file, so a bad value gets the same
//! message it would get in JSON; the message is then placed by row and
//! column ("row 5 (id "x"), column "partners", line 2, field "kind": …")
//! instead of line and field path. Problems only a sheet can have — a row
//! with too many cells, a cell line with too many fields, an unknown column,
//! an unclosed quote — are reported here, in the same terms.

use std::fmt;

use super::{load, Dataset, LoadError, Problem, Severity};
use crate::i18n::{fill, UiLang};
use crate::model::DataLang;
use crate::sheet::{split_fields, undefuse, COLUMNS, FUNDER_FIELDS, PARTNER_FIELDS, SOURCE_FIELDS};
use crate::text::json_string::{push_json_string, quoted};

/// A sheet read as data: the records and every problem, placed in the sheet.
#[derive(Debug)]
pub struct SheetData {
    /// The valid records and the loader's problems (placed by record).
    pub dataset: Dataset,
    /// Every problem in sheet terms, in row order.
    pub problems: Vec<SheetProblem>,
}

/// One problem, placed by row and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// Whether the row was left out.
    pub severity: Severity,
    /// The 1-based row (the header is row 1), or `None` for the sheet as a whole.
    pub row: Option<usize>,
    /// "row 5 (id "x"), column "partners", line 2, field "kind"": where, in words.
    pub place: String,
    /// Why, in the loader's words.
    pub why: String,
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            f.write_str(&self.why)
        } else {
            write!(f, "{}: {}", self.place, self.why)
        }
    }
}

/// Why a sheet could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// A quoted cell is never closed.
    UnclosedQuote {
        /// The 1-based line where the cell starts.
        line: usize,
    },
    /// The first row has no `id` column.
    NoIdColumn,
}

impl SheetError {
    /// Why the sheet cannot be read, in `lang`'s words.
    pub fn message(&self, lang: UiLang) -> String {
        let t = lang.editor();
        match self {
            SheetError::UnclosedQuote { line } => fill(t.sheet_unclosed_quote, &[("line", &line.to_string())]),
            SheetError::NoIdColumn => {
                fill(t.sheet_no_header, &[("columns", &COLUMNS.iter().take(4).copied().collect::<Vec<_>>().join(", "))])
            }
        }
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(UiLang::En))
    }
}

impl std::error::Error for SheetError {}

/// Whether a file called `name` is a spreadsheet saved as CSV (by its extension).
pub fn is_sheet_name(name: &str) -> bool {
    name.rsplit('.').next().is_some_and(|ext| ext.eq_ignore_ascii_case("csv"))
}

/// One row of cells and the line it starts on.
struct Row {
    line: usize,
    cells: Vec<String>,
}

/// Reads a CSV sheet: its records, with every problem placed by row and column.
///
/// # Errors
///
/// [`SheetError`] when it cannot be read at all (an unclosed quote, no header).
pub fn load_sheet(text: &str) -> Result<SheetData, SheetError> {
    load_sheet_in(text, UiLang::En)
}

/// [`load_sheet`] with its problems worded in `lang`.
///
/// # Errors
///
/// [`SheetError`] when it cannot be read at all (an unclosed quote, no header).
pub fn load_sheet_in(text: &str, lang: UiLang) -> Result<SheetData, SheetError> {
    let t = lang.editor();
    let rows = parse_csv(text.strip_prefix('\u{feff}').unwrap_or(text))?;
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or(SheetError::NoIdColumn)?;
    let columns: Vec<String> = header.cells.iter().map(|c| c.trim().to_owned()).collect();
    if columns.first().map(String::as_str) != Some("id") {
        return Err(SheetError::NoIdColumn);
    }
    let mut problems = Vec::new();
    for name in columns.iter().filter(|c| !COLUMNS.contains(&c.as_str())) {
        problems.push(SheetProblem {
            severity: Severity::Warning,
            row: None,
            place: fill(t.place_column, &[("name", &quoted(name))]),
            why: t.sheet_unknown_column.to_owned(),
        });
    }
    for (i, name) in columns.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        if let Some(first) = columns.get(..i).and_then(|before| before.iter().position(|c| c == name)) {
            problems.push(SheetProblem {
                severity: Severity::Warning,
                row: None,
                place: fill(t.place_column, &[("name", &quoted(name))]),
                why: fill(t.sheet_column_twice, &[("first", &column_letters(first)), ("second", &column_letters(i))]),
            });
        }
    }
    let mut json = String::from("{\"schema_version\": 1, \"partnerships\": [");
    let mut row_numbers = Vec::new();
    for (i, row) in rows.enumerate() {
        let number = i + 2;
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.cells.len() > columns.len() {
            problems.push(SheetProblem {
                severity: Severity::Warning,
                row: Some(number),
                place: fill(t.place_row, &[("n", &number.to_string())]),
                why: fill(
                    t.sheet_extra_cells,
                    &[("n", &row.cells.len().to_string()), ("columns", &columns.len().to_string())],
                ),
            });
        }
        if !row_numbers.is_empty() {
            json.push(',');
        }
        row_numbers.push((number, row.line));
        write_row(&mut json, &Cells { columns: &columns, cells: &row.cells }, number, &mut problems, lang);
    }
    json.push_str("]}");
    let dataset = load(&json).unwrap_or_else(|error: LoadError| {
        // The JSON is written here, so it always reads; should it not, say so rather than panic.
        problems.push(SheetProblem {
            severity: Severity::Error,
            row: None,
            place: String::new(),
            why: error.message(lang),
        });
        Dataset::default()
    });
    for problem in &dataset.problems {
        problems.push(placed(problem, &row_numbers, lang));
    }
    problems.sort_by_key(|p| p.row.unwrap_or(0));
    Ok(SheetData { dataset, problems })
}

/// A column's name as spreadsheets show it: 0 → `A`, 25 → `Z`, 26 → `AA`.
fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A loader problem placed in the sheet: its record is a row, its field path a column.
fn placed(problem: &Problem, rows: &[(usize, usize)], lang: UiLang) -> SheetProblem {
    let t = lang.editor();
    let row = problem.record.as_ref().and_then(|r| rows.get(r.index)).map(|&(number, _)| number);
    let mut place = String::new();
    if let (Some(row), Some(record)) = (row, &problem.record) {
        place = fill(t.place_row, &[("n", &row.to_string())]);
        if let Some(id) = &record.id {
            place.push_str(&fill(t.place_id, &[("id", &quoted(id))]));
        }
    }
    let column = column_of(&problem.path, lang);
    if !column.is_empty() {
        if !place.is_empty() {
            place.push_str(", ");
        }
        place.push_str(&column);
    }
    SheetProblem { severity: problem.severity, row, place, why: problem.why_in(lang) }
}

/// `partners[1].kind` → `column "partners", line 2, field "kind"`; `title.sv` → `column "title_sv"`.
fn column_of(path: &str, lang: UiLang) -> String {
    let t = lang.editor();
    if path.is_empty() {
        return String::new();
    }
    let (head, rest) = path.split_once('.').map_or((path, None), |(h, r)| (h, Some(r)));
    let (name, item) = match head.split_once('[') {
        Some((name, index)) => (name, index.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let mut out = match (name, rest) {
        ("title" | "summary", Some(code)) => return fill(t.place_column, &[("name", &format!("\"{name}_{code}\""))]),
        _ => fill(t.place_column, &[("name", &quoted(name))]),
    };
    if let Some(i) = item {
        let what = if matches!(name, "countries" | "focus_areas") { t.place_item } else { t.place_line };
        out.push_str(", ");
        out.push_str(&fill(what, &[("n", &(i + 1).to_string())]));
    }
    if let Some(field) = rest {
        out.push_str(", ");
        out.push_str(&fill(t.place_field, &[("field", &quoted(field))]));
    }
    out
}

/// One row's cells, found by column name.
struct Cells<'a> {
    columns: &'a [String],
    cells: &'a [String],
}

impl<'a> Cells<'a> {
    /// The cell of column `name`, trimmed and undefused; `None` if absent or empty.
    fn given(&self, name: &str) -> Option<&'a str> {
        let i = self.columns.iter().position(|c| c == name)?;
        Some(undefuse(self.cells.get(i)?.trim())).filter(|c| !c.is_empty())
    }
}

/// One row as a schema-v1 record; empty cells are values not given.
fn write_row(out: &mut String, cells: &Cells<'_>, row: usize, problems: &mut Vec<SheetProblem>, lang: UiLang) {
    let t = lang.editor();
    let given = |name: &str| cells.given(name);
    let mut fields: Vec<(&str, String)> = Vec::new();
    let text = |value: &str| {
        let mut s = String::new();
        push_json_string(&mut s, value);
        s
    };
    for name in ["id", "kind", "status", "started", "ended", "region", "checked"] {
        if let Some(value) = given(name) {
            fields.push((name, text(value)));
        }
    }
    for name in ["title", "summary"] {
        let entries: Vec<String> = DataLang::ALL
            .iter()
            .filter_map(|lang| {
                given(&format!("{name}_{}", lang.code())).map(|t| format!("\"{}\": {}", lang.code(), text(t)))
            })
            .collect();
        if !entries.is_empty() {
            fields.push((name, format!("{{{}}}", entries.join(", "))));
        }
    }
    for name in ["countries", "focus_areas"] {
        if let Some(value) = given(name) {
            let codes: Vec<String> = value.split(';').map(str::trim).filter(|c| !c.is_empty()).map(text).collect();
            fields.push((name, format!("[{}]", codes.join(", "))));
        }
    }
    for (name, names) in
        [("partners", &PARTNER_FIELDS[..]), ("funders", &FUNDER_FIELDS[..]), ("sources", &SOURCE_FIELDS[..])]
    {
        let Some(value) = given(name) else { continue };
        let mut items = Vec::new();
        for (line, item) in value.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
            let values = split_fields(item);
            if values.len() > names.len() {
                problems.push(SheetProblem {
                    severity: Severity::Warning,
                    row: Some(row),
                    place: [
                        fill(t.place_row, &[("n", &row.to_string())]),
                        fill(t.place_column, &[("name", &quoted(name))]),
                        fill(t.place_line, &[("n", &(line + 1).to_string())]),
                    ]
                    .join(", "),
                    why: fill(t.sheet_fields, &[("n", &values.len().to_string()), ("expected", &names.join(" | "))]),
                });
            }
            let members: Vec<String> = names
                .iter()
                .zip(&values)
                .filter(|(_, v)| !v.is_empty())
                .map(|(field, v)| format!("\"{field}\": {}", text(v)))
                .collect();
            items.push(format!("{{{}}}", members.join(", ")));
        }
        fields.push((name, format!("[{}]", items.join(", "))));
    }
    out.push('{');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(out, name);
        out.push_str(": ");
        out.push_str(value);
    }
    out.push('}');
}

/// RFC 4180: cells separated by commas, rows by line breaks; a quoted cell
/// may hold commas, line breaks and doubled quotes. Each row keeps its line.
fn parse_csv(text: &str) -> Result<Vec<Row>, SheetError> {
    let mut rows = Vec::new();
    let mut row = Row { line: 1, cells: Vec::new() };
    let mut cell = String::new();
    let (mut line, mut quoted, mut quote_line) = (1, false, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    cell.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                quoted = true;
                quote_line = line;
            }
            ',' => row.cells.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                line += 1;
                row.cells.push(std::mem::take(&mut cell));
                rows.push(std::mem::replace(&mut row, Row { line, cells: Vec::new() }));
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(SheetError::UnclosedQuote { line: quote_line });
    }
    if !cell.is_empty() || !row.cells.is_empty() {
        row.cells.push(cell);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_column_is_named_not_dropped_silently() {
        let csv = "id,title_en,kind,status,countries,partners,title_en\r\n\
                   ok-one,One,project,active,NO,\"UiO | university | NO |\",Another title\r\n";
        let sheet = load_sheet(csv).expect("readable");
        let messages: Vec<String> = sheet.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["column \"title_en\": is given twice (columns B and G); only the first is read"],
            "{messages:#?}"
        );
        assert_eq!(sheet.dataset.records.len(), 1);
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn bad_values_get_the_loaders_words_placed_by_row_and_column() {
        let csv = "id,title_en,kind,status,countries,partners\r\n\
                   ok-one,One,project,active,NO,\"UiO | university | NO |\"\r\n\
                   bad-two,Two,projekt,active,NO; XX,\"UiB | univ | NO\nHelse Bergen | hospital | NO | | extra\"\r\n";
        let sheet = load_sheet(csv).expect("readable");
        let messages: Vec<String> = sheet.problems.iter().map(ToString::to_string).collect();
        assert_eq!(sheet.dataset.records.len(), 1, "{messages:#?}");
        assert!(messages.contains(&"row 3, column \"partners\", line 2: has 5 fields; expected name | kind | country | name_en (the rest is ignored)".to_owned()), "{messages:#?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("row 3 (id \"bad-two\"), column \"kind\": unknown value \"projekt\"")),
            "{messages:#?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with("row 3 (id \"bad-two\"), column \"countries\", item 2:")),
            "{messages:#?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with(
                "row 3 (id \"bad-two\"), column \"partners\", line 1, field \"kind\": unknown value \"univ\""
            )),
            "{messages:#?}"
        );
    }

    #[test]
    fn quoted_cells_hold_commas_quotes_and_line_breaks() {
        let rows = parse_csv("a,\"b,\"\"c\"\"\nd\",e\nf").expect("parses");
        let cells: Vec<Vec<String>> = rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(cells, [vec!["a", "b,\"c\"\nd", "e"], vec!["f"]]);
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 3]);
        assert_eq!(load_sheet("id\n\"x").map(|_| ()), Err(SheetError::UnclosedQuote { line: 2 }));
        assert_eq!(load_sheet("name,id\n").map(|_| ()), Err(SheetError::NoIdColumn));
    }
}
