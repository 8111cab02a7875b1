//! Match ranges for highlighting, as byte ranges into the strings a card
//! shows, plus a splitter that turns a string and its ranges into plain-text
//! segments. The cards write segments as escaped text (a `<mark>` element
//! around the matched ones; see `view::markup`), so data can never inject markup.

use std::ops::Range;

use crate::i18n::reader_text::{self, partner_name};
use crate::i18n::{Label, UiLang};
use crate::model::{FocusArea, Partnership};

use super::text::{match_word, Term};
use super::tokens::{fold_word, original_len_of_folded_prefix, words};

/// A string a card shows, which match ranges refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The title a reader of the language sees ([`reader_text::title`]).
    Title,
    /// The summary likewise ([`reader_text::summary`]).
    Summary,
    /// Partner `i`'s name as shown ([`reader_text::partner_name`]).
    Partner(usize),
    /// `record.region`.
    Region,
    /// A focus area's label in the interface language: `area.label(lang)`.
    FocusArea(FocusArea),
}

impl Field {
    /// The string this field's ranges refer to, for `record` in `lang`.
    pub fn text(self, record: &Partnership, lang: UiLang) -> Option<&str> {
        match self {
            Field::Title => Some(reader_text::title(record, lang).text),
            Field::Summary => reader_text::summary(record, lang).map(|s| s.text),
            Field::Partner(i) => record.partners.get(i).map(|p| partner_name(p, lang)),
            Field::Region => record.region.as_deref(),
            Field::FocusArea(area) => Some(area.label(lang)),
        }
    }
}

/// Matches in one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMatch {
    /// Which string.
    pub field: Field,
    /// Byte ranges into [`Field::text`], increasing and not overlapping, each
    /// on character boundaries. A whole word for an exact or typo match; only
    /// the typed part for a prefix match (`Umeå` for `ume` → `Ume`).
    pub ranges: Vec<Range<usize>>,
}

/// Every field of one record with at least one match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Highlights {
    /// Fields with matches, in card order: title, summary, partners, region, focus areas.
    pub fields: Vec<FieldMatch>,
}

impl Highlights {
    /// The ranges in `field`; empty when nothing matched there.
    pub fn ranges(&self, field: Field) -> &[Range<usize>] {
        self.fields.iter().find(|f| f.field == field).map_or(&[], |f| f.ranges.as_slice())
    }
}

/// A piece of a string, matched or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text of the piece.
    pub text: &'a str,
    /// Whether it is a match to highlight.
    pub matched: bool,
}

/// Splits `text` into consecutive segments by `ranges`. Never panics: ranges
/// are sorted, clipped to the text, merged where they overlap, and dropped
/// where they do not fall on character boundaries.
///
/// ```
/// use nordic_partnerships::search::segments;
/// let parts: Vec<(&str, bool)> = segments("Umeå universitet", &[0..3]).iter().map(|s| (s.text, s.matched)).collect();
/// assert_eq!(parts, [("Ume", true), ("å universitet", false)]);
/// ```
pub fn segments<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<Segment<'a>> {
    let mut sorted: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| r.start.min(text.len())..r.end.min(text.len()))
        .filter(|r| r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .collect();
    sorted.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut out = Vec::with_capacity(merged.len() * 2 + 1);
    let mut at = 0;
    for r in merged {
        push_piece(&mut out, text, at..r.start, false);
        push_piece(&mut out, text, r.clone(), true);
        at = r.end;
    }
    push_piece(&mut out, text, at..text.len(), false);
    out
}

fn push_piece<'a>(out: &mut Vec<Segment<'a>>, text: &'a str, range: Range<usize>, matched: bool) {
    if let Some(piece) = text.get(range).filter(|p| !p.is_empty()) {
        out.push(Segment { text: piece, matched });
    }
}

/// Finds the terms in the displayed strings of `record`.
pub(crate) fn highlights(terms: &[Term], record: &Partnership, lang: UiLang) -> Highlights {
    let mut fields = Vec::new();
    if terms.is_empty() {
        return Highlights { fields };
    }
    let candidates = [Field::Title, Field::Summary]
        .into_iter()
        .chain((0..record.partners.len()).map(Field::Partner))
        .chain([Field::Region])
        .chain(record.focus_areas.iter().map(|&a| Field::FocusArea(a)));
    let mut folded = Vec::new();
    for field in candidates {
        let Some(text) = field.text(record, lang) else { continue };
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for (start, word) in words(text) {
            fold_word(word, &mut folded);
            let longest = terms
                .iter()
                .filter_map(|t| match_word(t, &folded))
                .map(|(_, n)| if n >= folded.len() { word.len() } else { original_len_of_folded_prefix(word, n) })
                .max();
            if let Some(len) = longest.filter(|&len| len > 0) {
                ranges.push(start..start + len);
            }
        }
        if !ranges.is_empty() {
            fields.push(FieldMatch { field, ranges });
        }
    }
    Highlights { fields }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init, reason = "one-range lists are the natural test input")]
mod tests {
    use super::*;

    fn parts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<(&'a str, bool)> {
        segments(text, ranges).into_iter().map(|s| (s.text, s.matched)).collect()
    }

    #[test]
    fn segments_cover_the_text_whatever_the_ranges() {
        assert_eq!(parts("abc", &[]), [("abc", false)]);
        assert_eq!(parts("abc", &[0..3]), [("abc", true)]);
        assert_eq!(
            parts("abcdef", &[4..5, 1..2]),
            [("a", false), ("b", true), ("cd", false), ("e", true), ("f", false)]
        );
        assert_eq!(parts("abcdef", &[1..4, 2..5]), [("a", false), ("bcde", true), ("f", false)]);
        assert_eq!(parts("abcdef", &[1..2, 2..3]), [("a", false), ("bc", true), ("def", false)]);
        assert_eq!(parts("å", &[0..1]), [("å", false)], "not on a character boundary: dropped");
        assert_eq!(parts("ab", &[5..9, 1..99]), [("a", false), ("b", true)]);
        #[allow(clippy::reversed_empty_ranges, reason = "a backwards range is the input under test")]
        let backwards = [2..1];
        assert_eq!(parts("ab", &backwards), [("ab", false)]);
        assert_eq!(parts("", &[0..1]), []);
    }
}
