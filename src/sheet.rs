//! The spreadsheet (CSV) form of schema version 1: its columns, and how a
//! list sits in one cell. Written by [`crate::export`] and meant to be read
//! back by the spreadsheet import, so both sides share this one description.
//!
//! - One row per partnership, one column per field ([`COLUMNS`]); a localised
//!   text has one column per data language (`title_en`, `title_nb`, …).
//! - Lists of codes (`countries`, `focus_areas`) are joined by `"; "`.
//! - Lists of things with several fields (`partners`, `funders`, `sources`)
//!   have one item per line within the cell, its fields separated by `" | "`
//!   in the order [`PARTNER_FIELDS`], [`FUNDER_FIELDS`] and [`SOURCE_FIELDS`]
//!   give; an empty field is a value not given. Inside such a field a `|`, a
//!   backslash or a line break is written `\|`, `\\`, `\n` (`\r`).
//! - A cell that a spreadsheet would run as a formula (it starts with `=`,
//!   `+`, `-`, `@`, a tab or a carriage return), or that starts with `'`, is
//!   written with one `'` in front; reading removes one leading `'`. So a
//!   hostile name in someone's data cannot become a formula on an editor's
//!   machine, and nothing is lost on the way back.

use std::borrow::Cow;

use crate::model::DataLang;

/// Every column, in order. The localised texts have one column per
/// [`DataLang`], in its order (see [`localized_column`]).
pub const COLUMNS: [&str; 26] = [
    "id",
    "title_en",
    "title_nb",
    "title_nn",
    "title_sv",
    "title_da",
    "title_fi",
    "title_is",
    "summary_en",
    "summary_nb",
    "summary_nn",
    "summary_sv",
    "summary_da",
    "summary_fi",
    "summary_is",
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

/// The fields of one partner within the `partners` cell.
pub const PARTNER_FIELDS: [&str; 4] = ["name", "kind", "country", "name_en"];
/// The fields of one funder within the `funders` cell.
pub const FUNDER_FIELDS: [&str; 3] = ["name", "country", "name_en"];
/// The fields of one source within the `sources` cell.
pub const SOURCE_FIELDS: [&str; 4] = ["title", "url", "published", "language"];

/// Separates the codes of a code list.
pub const CODE_SEPARATOR: &str = "; ";
/// Separates the items of a list of partners, funders or sources.
pub const ITEM_SEPARATOR: &str = "\n";
/// Separates the fields of one item.
pub const FIELD_SEPARATOR: &str = " | ";

/// The column of `field` (`"title"` or `"summary"`) in `lang`.
pub fn localized_column(field: &str, lang: DataLang) -> String {
    format!("{field}_{}", lang.code())
}

/// One field of an item, with `|`, `\` and line breaks escaped.
pub fn escape_field(text: &str) -> Cow<'_, str> {
    if !text.contains(['|', '\\', '\n', '\r']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// One item's fields: split at unescaped `|` (with the spaces around it), each
/// field unescaped and trimmed. A backslash before anything else is kept.
pub fn split_fields(item: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = item.chars();
    while let Some(c) = chars.next() {
        let Some(field) = fields.last_mut() else { break };
        match c {
            '\\' => match chars.next() {
                Some('n') => field.push('\n'),
                Some('r') => field.push('\r'),
                Some(next @ ('|' | '\\')) => field.push(next),
                Some(other) => {
                    field.push('\\');
                    field.push(other);
                }
                None => field.push('\\'),
            },
            '|' => fields.push(String::new()),
            c => field.push(c),
        }
    }
    fields.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// A cell value made safe to open in a spreadsheet (see the module's notes).
pub fn defuse(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The value of a cell [`defuse`] wrote.
pub fn undefuse(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_localised_columns_follow_the_data_languages() {
        for (i, lang) in DataLang::ALL.iter().enumerate() {
            assert_eq!(COLUMNS.get(1 + i).copied(), Some(localized_column("title", *lang).as_str()));
            assert_eq!(COLUMNS.get(8 + i).copied(), Some(localized_column("summary", *lang).as_str()));
        }
    }

    #[test]
    fn formulas_are_defused_and_restored() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("-2"), "'-2");
        assert_eq!(defuse("'s-Hertogenbosch"), "''s-Hertogenbosch");
        assert_eq!(defuse("Oslo"), "Oslo");
        for cell in ["=1+1", "'quoted", "Oslo", "@x", ""] {
            assert_eq!(undefuse(&defuse(cell)), cell);
        }
    }

    #[test]
    fn fields_split_at_unescaped_bars() {
        assert_eq!(split_fields("A | university | NO | "), ["A", "university", "NO", ""]);
        assert_eq!(split_fields(r"A \| B | x\\y | line\none"), ["A | B", r"x\y", "line\none"]);
    }

    proptest! {
        #[test]
        fn escaped_fields_split_back_unchanged(fields in prop::collection::vec("[ -~\\n\\rÅåÆæØø|\\\\]{0,12}", 1..5)) {
            // Fields are trimmed when read, as an editor's typing would be.
            let fields: Vec<String> = fields.iter().map(|f| f.trim().to_owned()).collect();
            let item = fields.iter().map(|f| escape_field(f)).collect::<Vec<_>>().join(FIELD_SEPARATOR);
            prop_assert!(!item.contains('\n'));
            prop_assert_eq!(split_fields(&item), fields);
        }
    }
}
