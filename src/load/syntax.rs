//! JSON text → [`Json`]: the loader's own reader of JSON syntax.
//!
//! It reads exactly what serde_json reads, and refuses what it refuses with
//! the same words at the same place (a property test compares the two on
//! broken files), so editors' messages and their translations are
//! serde_json's. It exists because the widget's wasm carried serde_json and
//! serde's visitor machinery for this one job: 18 KB gzipped of code against
//! the few KB this reader takes (measured 2026-12-07, `tools/budget.mjs`).
//!
//! It is iterative (a stack of open lists and objects, not recursion), so a
//! hostile file of a million `[` cannot overflow the stack; nesting is
//! limited as serde_json limits it, and skipping a value checks its syntax
//! without that limit.

use std::borrow::Cow;

use super::json::{Json, Object};

/// A syntax error: serde_json's wording, and the byte offset whose line and
/// column serde_json would report (the line counts `\n`s before it; the
/// column is the number of bytes before it on its line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SyntaxError {
    pub(super) at: usize,
    pub(super) message: &'static str,
}

impl SyntaxError {
    /// Whether the text is valid JSON that the reader will not build: nested
    /// deeper than its limit, or a number beyond f64.
    pub(super) fn is_beyond_reader(&self) -> bool {
        self.message == RECURSION_LIMIT || self.message == NUMBER_OUT_OF_RANGE
    }
}

pub(super) const EOF_VALUE: &str = "EOF while parsing a value";
pub(super) const EOF_LIST: &str = "EOF while parsing a list";
pub(super) const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
pub(super) const EXPECTED_VALUE: &str = "expected value";
const EXPECTED_IDENT: &str = "expected ident";
pub(super) const EXPECTED_COLON: &str = "expected `:`";
pub(super) const LIST_COMMA_OR_END: &str = "expected `,` or `]`";
pub(super) const OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
pub(super) const KEY_MUST_BE_A_STRING: &str = "key must be a string";
pub(super) const TRAILING_COMMA: &str = "trailing comma";
pub(super) const TRAILING_CHARACTERS: &str = "trailing characters";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const INVALID_ESCAPE: &str = "invalid escape";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// serde_json's nesting limit: a list or object may open 127 deep.
const DEPTH_LIMIT: usize = 128;

/// Reads the value that starts at byte `start` (after any whitespace) and
/// returns it with the offset just past it; what follows is the caller's.
/// `None` when only whitespace is left.
pub(super) fn value_at(text: &str, start: usize) -> Option<Result<(Json<'_>, usize), SyntaxError>> {
    let mut reader = Reader { text, index: start, check_only: false };
    reader.whitespace()?;
    Some(reader.value().map(|value| (value, reader.index)))
}

/// Checks the syntax of the value at byte `start` without the nesting limit
/// and without judging numbers' range (as serde_json skips a value), and
/// returns the offset just past it.
pub(super) fn skip_at(text: &str, start: usize) -> Result<usize, SyntaxError> {
    let mut reader = Reader { text, index: start, check_only: true };
    reader.value().map(|_| reader.index)
}

/// Reads a whole text as one value, with nothing but whitespace after it.
pub(super) fn document(text: &str) -> Result<Json<'_>, SyntaxError> {
    let mut reader = Reader { text, index: 0, check_only: false };
    let value = reader.value()?;
    match reader.whitespace() {
        Some(_) => Err(reader.peek_error(TRAILING_CHARACTERS)),
        None => Ok(value),
    }
}

/// Reads a string whose opening quote is at `start`; the string and the
/// offset past its closing quote.
pub(super) fn string_at(text: &str, start: usize) -> Result<(Cow<'_, str>, usize), SyntaxError> {
    let mut reader = Reader { text, index: start + 1, check_only: false };
    reader.string().map(|s| (s, reader.index))
}

/// A list or object being read.
enum Open<'t> {
    List(Vec<Json<'t>>),
    /// The fields so far and the key whose value is being read.
    Object(Vec<(Cow<'t, str>, Json<'t>)>, Cow<'t, str>),
}

struct Reader<'t> {
    text: &'t str,
    index: usize,
    check_only: bool,
}

impl<'t> Reader<'t> {
    fn bytes(&self) -> &'t [u8] {
        self.text.as_bytes()
    }

    /// An error about the byte just taken (serde_json's `error`).
    fn error(&self, message: &'static str) -> SyntaxError {
        SyntaxError { at: self.index, message }
    }

    /// An error about the byte looked at and not taken (`peek_error`).
    fn peek_error(&self, message: &'static str) -> SyntaxError {
        SyntaxError { at: (self.index + 1).min(self.bytes().len()), message }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.index += 1;
        Some(b)
    }

    /// Skips whitespace; the next byte, not taken.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Json<'t>, SyntaxError> {
        let mut open: Vec<Open<'t>> = Vec::new();
        'value: loop {
            let Some(peek) = self.whitespace() else { return Err(self.peek_error(EOF_VALUE)) };
            let mut value = match peek {
                b'[' | b'{' => {
                    if !self.check_only && open.len() + 1 >= DEPTH_LIMIT {
                        return Err(self.peek_error(RECURSION_LIMIT));
                    }
                    self.index += 1;
                    match (peek, self.whitespace()) {
                        (b'[', Some(b']')) => {
                            self.index += 1;
                            Json::Array(Vec::new())
                        }
                        (b'[', Some(_)) => {
                            open.push(Open::List(Vec::new()));
                            continue 'value;
                        }
                        (b'[', None) => return Err(self.peek_error(EOF_LIST)),
                        (_, Some(b'}')) => {
                            self.index += 1;
                            Json::Object(Object::default())
                        }
                        (_, Some(b'"')) => {
                            let key = self.key()?;
                            open.push(Open::Object(Vec::new(), key));
                            continue 'value;
                        }
                        (_, Some(_)) => return Err(self.peek_error(KEY_MUST_BE_A_STRING)),
                        (_, None) => return Err(self.peek_error(EOF_OBJECT)),
                    }
                }
                _ => self.scalar(peek)?,
            };
            // The value ends what it was in: place it, and close what ends with it.
            loop {
                match open.last_mut() {
                    None => return Ok(value),
                    Some(Open::List(items)) => {
                        // Skipping keeps nothing: a value 100 000 deep is not built
                        // (nor dropped, which recurses).
                        if !self.check_only {
                            items.push(value);
                        }
                        match self.whitespace() {
                            Some(b']') => {
                                self.index += 1;
                                value = Json::Array(std::mem::take(items));
                                open.pop();
                            }
                            Some(b',') => {
                                self.index += 1;
                                match self.whitespace() {
                                    Some(b']') => return Err(self.peek_error(TRAILING_COMMA)),
                                    Some(_) => continue 'value,
                                    None => return Err(self.peek_error(EOF_VALUE)),
                                }
                            }
                            Some(_) => return Err(self.peek_error(LIST_COMMA_OR_END)),
                            None => return Err(self.peek_error(EOF_LIST)),
                        }
                    }
                    Some(Open::Object(fields, key)) => {
                        if !self.check_only {
                            fields.push((std::mem::take(key), value));
                        }
                        match self.whitespace() {
                            Some(b'}') => {
                                self.index += 1;
                                value = Json::Object(Object::from_fields(std::mem::take(fields)));
                                open.pop();
                            }
                            Some(b',') => {
                                self.index += 1;
                                match self.whitespace() {
                                    Some(b'"') => {
                                        *key = self.key()?;
                                        continue 'value;
                                    }
                                    Some(b'}') => return Err(self.peek_error(TRAILING_COMMA)),
                                    Some(_) => return Err(self.peek_error(KEY_MUST_BE_A_STRING)),
                                    None => return Err(self.peek_error(EOF_VALUE)),
                                }
                            }
                            Some(_) => return Err(self.peek_error(OBJECT_COMMA_OR_END)),
                            None => return Err(self.peek_error(EOF_OBJECT)),
                        }
                    }
                }
            }
        }
    }

    /// A key (its opening quote next) and the colon after it.
    fn key(&mut self) -> Result<Cow<'t, str>, SyntaxError> {
        self.index += 1;
        let key = self.string()?;
        match self.whitespace() {
            Some(b':') => {
                self.index += 1;
                Ok(key)
            }
            Some(_) => Err(self.peek_error(EXPECTED_COLON)),
            None => Err(self.peek_error(EOF_OBJECT)),
        }
    }

    /// A value that is not a list or an object, starting with `peek`.
    fn scalar(&mut self, peek: u8) -> Result<Json<'t>, SyntaxError> {
        self.index += 1;
        match peek {
            b'n' => self.ident(b"ull").map(|()| Json::Null),
            b't' => self.ident(b"rue").map(|()| Json::Bool(true)),
            b'f' => self.ident(b"alse").map(|()| Json::Bool(false)),
            b'-' => self.number(false),
            b'0'..=b'9' => {
                self.index -= 1;
                self.number(true)
            }
            b'"' => self.string().map(Json::String),
            _ => {
                self.index -= 1;
                Err(self.peek_error(EXPECTED_VALUE))
            }
        }
    }

    fn ident(&mut self, rest: &[u8]) -> Result<(), SyntaxError> {
        for &expected in rest {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(b) if b != expected => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// A number after its sign. Its value is kept only when it is a whole
    /// number from 0 to `u64::MAX` without fraction or exponent; the rest is
    /// checked as serde_json checks it, range included.
    fn number(&mut self, positive: bool) -> Result<Json<'t>, SyntaxError> {
        let mut significand: u64 = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(b'0') => {
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(INVALID_NUMBER));
                }
                0
            }
            Some(c @ b'1'..=b'9') => u64::from(c - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        // Digits beyond u64 are counted as a power of ten, as serde_json does.
        let mut exponent: i32 = 0;
        let mut whole = true;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.index += 1;
            match significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0'))) {
                Some(s) if whole => significand = s,
                _ => {
                    whole = false;
                    exponent = exponent.saturating_add(1);
                }
            }
        }
        if self.peek_or_null() == b'.' {
            self.index += 1;
            whole = false;
            let mut digits = false;
            while let c @ b'0'..=b'9' = self.peek_or_null() {
                self.index += 1;
                digits = true;
                if let Some(s) = significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0'))) {
                    significand = s;
                    exponent -= 1;
                } else {
                    // Further digits are dropped (serde_json's decimal overflow).
                    while self.peek_or_null().is_ascii_digit() {
                        self.index += 1;
                    }
                }
            }
            if !digits {
                return Err(self.peek_error(if self.peek().is_some() { INVALID_NUMBER } else { EOF_VALUE }));
            }
        }
        if let b'e' | b'E' = self.peek_or_null() {
            self.index += 1;
            whole = false;
            let positive_exp = match self.peek_or_null() {
                b'+' => {
                    self.index += 1;
                    true
                }
                b'-' => {
                    self.index += 1;
                    false
                }
                _ => true,
            };
            let mut exp: i32 = match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
                Some(_) => return Err(self.error(INVALID_NUMBER)),
            };
            while let c @ b'0'..=b'9' = self.peek_or_null() {
                self.index += 1;
                match exp.checked_mul(10).and_then(|e| e.checked_add(i32::from(c - b'0'))) {
                    Some(e) => exp = e,
                    None => {
                        // serde_json: an exponent beyond i32 is out of range when
                        // it grows the number, and makes it zero otherwise.
                        if significand != 0 && positive_exp && !self.check_only {
                            return Err(self.error(NUMBER_OUT_OF_RANGE));
                        }
                        while self.peek_or_null().is_ascii_digit() {
                            self.index += 1;
                        }
                        return Ok(Json::Number(None));
                    }
                }
            }
            exponent = if positive_exp { exponent.saturating_add(exp) } else { exponent.saturating_sub(exp) };
        }
        if !self.check_only && overflows(significand, exponent) {
            return Err(self.error(NUMBER_OUT_OF_RANGE));
        }
        Ok(Json::Number((whole && positive).then_some(significand)))
    }

    /// A string after its opening quote, borrowed from the text when it has
    /// no escape.
    fn string(&mut self) -> Result<Cow<'t, str>, SyntaxError> {
        let mut owned: Option<String> = None;
        let mut start = self.index;
        loop {
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.index += 1;
            }
            let run = self.text.get(start..self.index).unwrap_or_default();
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(b'"') => {
                    return Ok(match owned {
                        None => Cow::Borrowed(run),
                        Some(mut s) => {
                            s.push_str(run);
                            Cow::Owned(s)
                        }
                    })
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(run);
                    self.escape(s)?;
                    start = self.index;
                }
                Some(_) => return Err(self.error(CONTROL_CHARACTER)),
            }
        }
    }

    /// An escape after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let c = match self.next() {
            None => return Err(self.error(EOF_STRING)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(out),
            Some(_) => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(c);
        Ok(())
    }

    /// `\uXXXX`, and a second one when the first is a leading surrogate.
    fn unicode_escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let first = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&first) {
            return Err(self.error(LONE_SURROGATE));
        }
        let code = if (0xD800..=0xDBFF).contains(&first) {
            for expected in [b'\\', b'u'] {
                match self.next() {
                    None => return Err(self.error(EOF_STRING)),
                    Some(b) if b != expected => return Err(self.error(END_OF_HEX_ESCAPE)),
                    Some(_) => {}
                }
            }
            let second = self.hex4()?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return Err(self.error(LONE_SURROGATE));
            }
            0x1_0000 + ((u32::from(first) - 0xD800) << 10 | (u32::from(second) - 0xDC00))
        } else {
            u32::from(first)
        };
        // Every value left is a scalar value; the fallback cannot be reached.
        out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let Some(digits) = self.bytes().get(self.index..self.index + 4) else {
            self.index = self.bytes().len();
            return Err(self.error(EOF_STRING));
        };
        self.index += 4;
        let mut n: u16 = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error(INVALID_ESCAPE)),
            };
            n = n << 4 | u16::from(v);
        }
        Ok(n)
    }
}

/// Whether `significand × 10^exponent` is beyond f64, computed as serde_json
/// computes it (a product with an exact power of ten): for the powers up to
/// 10^22, which f64 holds exactly, bit for bit the same; above, the power is
/// built by multiplying, which can differ from serde_json's correctly rounded
/// table only for numbers within a few units of the last place of f64::MAX.
fn overflows(significand: u64, exponent: i32) -> bool {
    if significand == 0 || exponent <= 0 {
        return false;
    }
    if exponent > 308 {
        return true;
    }
    let mut f = significand as f64;
    let mut e = exponent;
    while e > 22 {
        f *= 1e22;
        e -= 22;
    }
    // 10^e for e ≤ 22 is exact in f64, and so is every step that builds it.
    let mut power = 1.0;
    for _ in 0..e {
        power *= 10.0;
    }
    f *= power;
    f.is_infinite()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::load::json::tests::{arbitrary_json, same};
    use proptest::prelude::*;

    /// serde_json's verdict on a whole text, as (line, column, message).
    pub(in crate::load) fn serde_json_error(text: &str) -> Option<(usize, usize, String)> {
        let e = serde_json::from_str::<serde_json::Value>(text).err()?;
        let message = e.to_string();
        let message = message.rfind(" at line ").map_or(message.as_str(), |at| &message[..at]).to_owned();
        Some((e.line(), e.column(), message))
    }

    fn our_error(text: &str) -> Option<(usize, usize, String)> {
        let e = document(text).err()?;
        let (line, column) = crate::load::split::line_and_column(text, e.at);
        Some((line, column, e.message.to_owned()))
    }

    fn agrees(text: &str) -> Result<(), String> {
        match (document(text), serde_json::from_str::<serde_json::Value>(text)) {
            (Ok(ours), Ok(theirs)) if same(&ours, &theirs) => Ok(()),
            (Ok(ours), Ok(theirs)) => Err(format!("{text:?}: {ours:?} vs {theirs:?}")),
            _ if our_error(text) == serde_json_error(text) => Ok(()),
            _ => Err(format!("{text:?}: ours {:?}, serde_json {:?}", our_error(text), serde_json_error(text))),
        }
    }

    /// Every message, at its place, as serde_json words and places it.
    #[test]
    fn every_error_as_serde_json_reports_it() {
        let cases = [
            "",
            " ",
            "n",
            "nul",
            "nulx",
            "tru",
            "fals",
            "x",
            "]",
            "}",
            ",",
            "-",
            "-x",
            "- 1",
            "01",
            "-01",
            "1.",
            "1.x",
            "1.e3",
            "1e",
            "1e+",
            "1ex",
            "1e-x",
            "1x",
            "1 2",
            "\"",
            "\"abc",
            "\"a\\",
            "\"a\\x\"",
            "\"a\\u12\"",
            "\"\\u12G4\"",
            "\"\\uDC00\"",
            "\"\\uD800\"",
            "\"\\uD800x\"",
            "\"\\uD800\\x\"",
            "\"\\uD800\\u0041\"",
            "\"\\uD800\\uDC00\"",
            "\"\\u00e5\\n\\t\\/\\b\\f\\r\\\"\\\\\"",
            "\"tab\there\"",
            "\"nl\nhere\"",
            "[",
            "[1",
            "[1,",
            "[1,]",
            "[1 2]",
            "[,]",
            "[]]",
            "{",
            "{\"a\"",
            "{\"a\" 1}",
            "{\"a\":",
            "{\"a\": 1",
            "{\"a\": 1,",
            "{\"a\": 1,}",
            "{\"a\": 1 \"b\": 2}",
            "{1: 2}",
            "{\"a\": 1, 2: 3}",
            "{\"a\":1}x",
            "[1]\n\n  x",
            "{\n  \"a\": [\n    1,\n    tru\n  ]\n}",
            "1e309",
            "1.8e308",
            "1.7e308",
            "-1e400",
            "1e-400",
            "0e99999999999",
            "1e99999999999",
            "1e-99999999999",
            "123456789012345678901234567890",
            "123456789012345678901234567890e290",
            "1234567890123456789012.5e300",
            "0.000000000000000000000000000001e330",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-0",
            "\"Umeå ☃ 𝄞\"",
            "\u{feff}1",
            "[1, \"å\" ,, ]",
        ];
        for text in cases {
            agrees(text).unwrap();
        }
    }

    /// serde_json allows lists and objects 127 deep; so does this reader, and
    /// a hostile depth neither overflows the stack nor passes.
    #[test]
    fn nesting_is_limited_as_serde_json_limits_it() {
        for depth in [126, 127, 128, 129] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
                agrees(&text).unwrap();
            }
        }
        let hostile = "[".repeat(1_000_000);
        assert_eq!(document(&hostile).unwrap_err().message, RECURSION_LIMIT);
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(skip_at(&deep, 0), Ok(deep.len()));
        assert_eq!(skip_at(&hostile, 0).unwrap_err().message, EOF_LIST);
        assert_eq!(skip_at("1e999", 0), Ok(5));
    }

    #[test]
    fn a_value_ends_where_it_ends() {
        assert_eq!(value_at(" [1, 2] , 3", 0).map(|r| r.map(|(_, end)| end)), Some(Ok(7)));
        assert_eq!(value_at("xx 2019-01", 3).map(|r| r.map(|(_, end)| end)), Some(Ok(7)));
        assert!(value_at("{} \n ", 2).is_none());
        assert_eq!(string_at("\"a\\\"b\": 1", 0).map(|(s, end)| (s.into_owned(), end)), Ok(("a\"b".to_owned(), 6)));
    }

    /// A valid text with one edit: a byte removed, doubled, or replaced by
    /// one of JSON's own characters.
    fn edited() -> impl Strategy<Value = String> {
        let text = prop_oneof![
            arbitrary_json().prop_map(|v| v.to_string()),
            arbitrary_json().prop_map(|v| serde_json::to_string_pretty(&v).unwrap_or_default()),
        ];
        (text, any::<prop::sample::Index>(), 0..4usize, prop::sample::select(&b"{}[],:\"\\ \n0-.eE+tnu1"[..])).prop_map(
            |(text, at, how, byte)| {
                let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
                let i = boundaries[at.index(boundaries.len())];
                let mut out = text.into_bytes();
                let next = out[i..].iter().skip(1).position(|&b| b & 0xC0 != 0x80).map_or(out.len(), |n| i + 1 + n);
                match how {
                    0 if i < out.len() => drop(out.drain(i..next)),
                    1 => out.insert(i, byte),
                    2 if i < out.len() => {
                        out.drain(i..next);
                        out.insert(i, byte);
                    }
                    _ => out.truncate(i),
                }
                String::from_utf8(out).unwrap_or_default()
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// On valid text the same value, on broken text the same words at the
        /// same line and column as serde_json.
        #[test]
        fn reads_and_refuses_as_serde_json_does(text in edited()) {
            prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
        }

        #[test]
        fn numbers_as_serde_json_reads_them(
            sign in prop::sample::select(&["", "-"][..]),
            int in "(0|[1-9][0-9]{0,25})",
            frac in prop::option::of("[0-9]{1,25}"),
            exp in prop::option::of((prop::sample::select(&["e", "E", "e+", "e-"][..]), 0u32..400)),
        ) {
            let mut text = format!("{sign}{int}");
            if let Some(frac) = frac { text = format!("{text}.{frac}"); }
            if let Some((e, n)) = exp { text = format!("{text}{e}{n}"); }
            prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
        }
    }
}
