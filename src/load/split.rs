//! The outer structure of a data file — the top-level object and its
//! `partnerships` list — read one piece at a time, so a loader can stop
//! between records. Each value (a record, another field) is read by
//! [`super::syntax`]; the few characters between them (braces, brackets,
//! commas, colons) are checked here, with the same (serde_json's) wording
//! and line/column rules, so every syntax error reads as a parse of the
//! whole file would report it.

use std::borrow::Cow;

use super::json::Json;
use super::syntax::{
    self, SyntaxError, EOF_LIST, EOF_OBJECT, EOF_VALUE, EXPECTED_COLON, EXPECTED_VALUE, KEY_MUST_BE_A_STRING,
    LIST_COMMA_OR_END, OBJECT_COMMA_OR_END, TRAILING_CHARACTERS, TRAILING_COMMA,
};
use super::LoadError;

/// One piece of the file.
#[derive(Debug)]
pub(super) enum Piece<'t> {
    /// A top-level field other than a `partnerships` list: its name, its
    /// value, the value as written, and the 1-based line of its name.
    Field(String, Json<'t>, &'t str, usize),
    /// `"partnerships": [` — the records follow; the line of its name.
    ListStart(usize),
    /// One item of the list, and the 1-based line it starts on.
    Record(Json<'t>, usize),
    /// An item of the list that is valid JSON but beyond what the parser
    /// takes: nested deeper than its limit, or a number beyond f64.
    Unreadable {
        /// 1-based line in the file.
        line: usize,
        /// 1-based column (in bytes, as serde_json counts).
        column: usize,
        /// What the reader said.
        message: String,
    },
    /// The list's `]`.
    ListEnd,
}

/// Where the reader stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the opening `{`.
    Start,
    /// After `{`: a key or `}`.
    FirstKey,
    /// After a field's value: `,` or `}`.
    AfterField,
    /// After `[`: an item or `]`.
    FirstItem,
    /// After an item: `,` or `]`.
    AfterItem,
    /// After the closing `}`: only whitespace may follow.
    End,
    Done,
}

/// Reads a file's outer structure piece by piece.
#[derive(Debug)]
pub(super) struct Splitter<'t> {
    text: &'t str,
    pos: usize,
    /// Line and column, kept as the reader goes so no position is ever
    /// counted from the start of the file again (which made a file of many
    /// refused items quadratic).
    lines: LineCounter<'t>,
    at: At,
    /// The first item handed on as unreadable: if the file turns out not to
    /// be JSON, that is the error a whole-file parse names (it stops there).
    first_unreadable: Option<LoadError>,
}

impl<'t> Splitter<'t> {
    pub(super) fn new(text: &'t str) -> Splitter<'t> {
        Splitter { text, pos: 0, lines: LineCounter::new(text), at: At::Start, first_unreadable: None }
    }

    /// Whether the text starts (after whitespace) with `{`; other files are
    /// judged as a whole by the caller.
    pub(super) fn is_object(&self) -> bool {
        self.text.trim_start().starts_with('{')
    }

    /// The next piece, `None` at the end of a well-formed file.
    pub(super) fn next_piece(&mut self) -> Result<Option<Piece<'t>>, LoadError> {
        self.next_piece_here().map_err(|e| self.first_unreadable.clone().unwrap_or(e))
    }

    fn next_piece_here(&mut self) -> Result<Option<Piece<'t>>, LoadError> {
        loop {
            match self.at {
                At::Start => {
                    self.expect(b'{', EXPECTED_VALUE)?;
                    self.at = At::FirstKey;
                }
                At::FirstKey => {
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        self.at = At::End;
                    } else {
                        return self.field().map(Some);
                    }
                }
                At::AfterField => match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        match self.peek() {
                            Some(b'}') => return Err(self.error_here(TRAILING_COMMA)),
                            None => return Err(self.error_here(EOF_VALUE)),
                            Some(_) => return self.field().map(Some),
                        }
                    }
                    Some(b'}') => {
                        self.pos += 1;
                        self.at = At::End;
                    }
                    Some(_) => return Err(self.error_here(OBJECT_COMMA_OR_END)),
                    None => return Err(self.error_here(EOF_OBJECT)),
                },
                At::FirstItem => {
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        self.at = At::AfterField;
                        return Ok(Some(Piece::ListEnd));
                    }
                    return self.item().map(Some);
                }
                At::AfterItem => match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if self.peek() == Some(b']') {
                            return Err(self.error_here(TRAILING_COMMA));
                        }
                        return self.item().map(Some);
                    }
                    Some(b']') => {
                        self.pos += 1;
                        self.at = At::AfterField;
                        return Ok(Some(Piece::ListEnd));
                    }
                    Some(_) => return Err(self.error_here(LIST_COMMA_OR_END)),
                    None => return Err(self.error_here(EOF_LIST)),
                },
                At::End => {
                    if self.peek().is_some() {
                        return Err(self.error_here(TRAILING_CHARACTERS));
                    }
                    self.at = At::Done;
                }
                At::Done => return Ok(None),
            }
        }
    }

    /// A key, its colon and its value (or the start of the list).
    fn field(&mut self) -> Result<Piece<'t>, LoadError> {
        match self.peek() {
            Some(b'"') => {}
            Some(_) => return Err(self.error_here(KEY_MUST_BE_A_STRING)),
            None => return Err(self.error_here(EOF_OBJECT)),
        }
        let (line, _) = self.lines.at(self.pos);
        let key = self.key()?;
        self.expect(b':', EXPECTED_COLON)?;
        if key == "partnerships" && self.peek() == Some(b'[') {
            self.pos += 1;
            self.at = At::FirstItem;
            return Ok(Piece::ListStart(line));
        }
        self.peek();
        let from = self.pos;
        let value = self.value()?;
        let raw = self.text.get(from..self.pos).unwrap_or_default();
        self.at = At::AfterField;
        Ok(Piece::Field(key.into_owned(), value, raw, line))
    }

    fn item(&mut self) -> Result<Piece<'t>, LoadError> {
        let (line, _) = self.lines.at(self.pos);
        let piece = match syntax::value_at(self.text, self.pos) {
            Some(Ok((value, end))) => {
                self.pos = end;
                Piece::Record(value, line)
            }
            Some(Err(e)) if e.is_beyond_reader() => {
                // Skipping checks the syntax without building values, so it has
                // neither limit; the item is left out, the file read on.
                let (line, column) = self.lines.at(e.at);
                let message = e.message.to_owned();
                match syntax::skip_at(self.text, self.pos) {
                    Ok(end) => {
                        self.pos = end;
                        if self.first_unreadable.is_none() {
                            self.first_unreadable = Some(LoadError::Syntax { line, column, message: message.clone() });
                        }
                        Piece::Unreadable { line, column, message }
                    }
                    // Not valid JSON after all: the file is unreadable, and (as a
                    // whole-file parse does) the first error found is the one named.
                    Err(_) => return Err(LoadError::Syntax { line, column, message }),
                }
            }
            Some(Err(e)) => return Err(self.syntax_error(e)),
            None => return Err(self.error_here(EOF_VALUE)),
        };
        self.at = At::AfterItem;
        Ok(piece)
    }

    /// One JSON value from the current position.
    fn value(&mut self) -> Result<Json<'t>, LoadError> {
        match syntax::value_at(self.text, self.pos) {
            Some(Ok((value, end))) => {
                self.pos = end;
                Ok(value)
            }
            Some(Err(e)) => Err(self.syntax_error(e)),
            None => Err(self.error_here(EOF_VALUE)),
        }
    }

    /// A key: a string at the current position (checked by the caller).
    fn key(&mut self) -> Result<Cow<'t, str>, LoadError> {
        match syntax::string_at(self.text, self.pos) {
            Ok((key, end)) => {
                self.pos = end;
                Ok(key)
            }
            Err(e) => Err(self.syntax_error(e)),
        }
    }

    /// Skips whitespace and takes `byte`, or fails with `message`.
    fn expect(&mut self, byte: u8, message: &str) -> Result<(), LoadError> {
        match self.peek() {
            Some(b) if b == byte => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.error_here(message)),
            None => Err(self.error_here(match self.at {
                At::Start => EOF_VALUE,
                _ => EOF_OBJECT,
            })),
        }
    }

    /// Skips whitespace and looks at the next byte.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    /// An error at the current position, placed as serde_json places its
    /// own: on the offending character, or after the last one at the end.
    fn error_here(&mut self, message: &str) -> LoadError {
        let (line, column) = self.lines.at(self.pos);
        let column = if self.pos < self.text.len() { column + 1 } else { column };
        LoadError::Syntax { line, column, message: message.to_owned() }
    }

    /// The reader's error, placed by the line counter.
    pub(super) fn syntax_error(&mut self, e: SyntaxError) -> LoadError {
        let (line, column) = self.lines.at(e.at);
        LoadError::Syntax { line, column, message: e.message.to_owned() }
    }
}

/// The 1-based line of byte `at` and the bytes before it on its line, as
/// serde_json counts a position (a [`SyntaxError`]'s `at`), for a one-off.
#[cfg(test)]
pub(super) fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    LineCounter::new(text).at(at)
}

/// The line and column of positions that only move forward: each byte of
/// the file is looked at once, however many positions are asked for.
#[derive(Debug)]
struct LineCounter<'t> {
    text: &'t [u8],
    /// The furthest position counted so far,
    offset: usize,
    /// its 1-based line,
    line: usize,
    /// and where that line starts.
    line_start: usize,
    /// Bytes looked at, for the test that reading stays linear.
    scanned: usize,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> LineCounter<'t> {
        LineCounter::new_bytes(text.as_bytes())
    }

    /// The 1-based line of byte `offset`, and how many bytes precede it on
    /// that line (serde_json counts columns in bytes). The reader never asks
    /// for a position before one it has asked for; if it did, the answer
    /// would still be right, counted from the start.
    fn at(&mut self, offset: usize) -> (usize, usize) {
        if offset < self.offset {
            *self = LineCounter { scanned: self.scanned, ..LineCounter::new_bytes(self.text) };
        }
        let end = offset.min(self.text.len());
        let from = self.offset.min(end);
        let bytes = self.text.get(from..end).unwrap_or_default();
        self.scanned += bytes.len();
        for (i, _) in bytes.iter().enumerate().filter(|(_, &b)| b == b'\n') {
            self.line += 1;
            self.line_start = from + i + 1;
        }
        self.offset = end;
        (self.line, offset - self.line_start)
    }

    fn new_bytes(text: &'t [u8]) -> LineCounter<'t> {
        LineCounter { text, offset: 0, line: 1, line_start: 0, scanned: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each byte is counted for positions once, however many items ask for
    /// their line: a file of refused items is read in time linear in its size.
    #[test]
    fn positions_cost_one_pass_over_the_file() {
        for (items, newline_every) in [(170_000, 0), (200_000, 7)] {
            let mut text = String::from("{\"partnerships\":[");
            for i in 0..items {
                if i > 0 {
                    text.push(',');
                }
                if newline_every > 0 && i % newline_every == 0 {
                    text.push('\n');
                }
                text.push_str("1e400");
            }
            text.push_str("]}");
            let mut splitter = Splitter::new(&text);
            let mut n_unreadable = 0;
            let mut last = (0, 0);
            while let Some(piece) = splitter.next_piece().unwrap() {
                if let Piece::Unreadable { line, column, .. } = piece {
                    n_unreadable += 1;
                    last = (line, column);
                }
            }
            assert_eq!(n_unreadable, items);
            assert!(splitter.lines.scanned <= text.len(), "{} bytes scanned of {}", splitter.lines.scanned, text.len());
            let expected =
                serde_json::from_str::<serde_json::Value>(text.rsplit_once(',').unwrap().1.trim_end_matches("]}"))
                    .unwrap_err();
            let lines = text.matches('\n').count() + 1;
            assert_eq!(last.0, lines);
            assert_eq!(
                last.1,
                text.rfind("1e400").unwrap() - text.rfind('\n').map_or(0, |i| i + 1) + expected.column()
            );
        }
    }

    /// Every syntax error is placed and worded as serde_json's parse of the
    /// whole file into a `Value` (the loader's reference) places and words it.
    #[test]
    fn errors_match_serde_json() {
        let cases = [
            "{",
            "{\"a\"",
            "{\"a\" 1}",
            "{\"a\": 1",
            "{\"a\": 1 \"b\": 2}",
            "{\"a\": 1,}",
            "{1: 2}",
            "{\"partnerships\": [1 2]}",
            "{\"partnerships\": [1,]}",
            "{\"partnerships\": [1",
            "{\"partnerships\": [\n  {\"id\": tru}\n]}",
            "{\"partnerships\": []} x",
            "{\"partnerships\": [], }",
            "{\n  \"schema_version\": 1,\n  \"partnerships\": [,]\n}",
            "{\"partnerships\": [\"å\" ,, ]}",
            "{\"partnerships\": [\n    2019-01\"\n]}",
            "{\"schema_version\": 1x}",
            "{\"schema_version\": 1,\n",
        ];
        for text in cases {
            let (line, column, message) = super::super::syntax::tests::serde_json_error(text).unwrap();
            let mut splitter = Splitter::new(text);
            let found = loop {
                match splitter.next_piece() {
                    Ok(Some(_)) => {}
                    Ok(None) => panic!("{text:?} read without an error"),
                    Err(e) => break e,
                }
            };
            let expected = LoadError::Syntax { line, column, message };
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn pieces_in_order() {
        let text = " { \"x\": {\"y\": [1]}, \"partnerships\" : [ {\"id\": \"a\"} ,\n\n 2 ], \"schema_version\": 1 } ";
        let mut splitter = Splitter::new(text);
        let mut pieces = Vec::new();
        while let Some(piece) = splitter.next_piece().unwrap() {
            pieces.push(match piece {
                Piece::Field(key, _, raw, _) => format!("{key}={raw}"),
                Piece::ListStart(_) => "[".to_owned(),
                Piece::Record(value, line) => {
                    format!("{} {:?} line {line}", value.type_name(), value.get("id").and_then(Json::as_str))
                }
                Piece::Unreadable { line, column, message } => format!("{line}:{column} {message}"),
                Piece::ListEnd => "]".to_owned(),
            });
        }
        assert_eq!(
            pieces,
            [r#"x={"y": [1]}"#, "[", r#"an object Some("a") line 1"#, "a number None line 3", "]", "schema_version=1"]
        );
    }
}
