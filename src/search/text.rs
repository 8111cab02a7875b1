//! Query terms and the rule for when a term matches a word, plus the ranking
//! weights. [`match_word`] is the rule: highlighting calls it, and the index
//! lookups give the same answers faster (a property test checks they agree),
//! so what is highlighted is exactly what matched.
//!
//! The rules, all on folded text (see [`crate::text::fold`]):
//! - every term must match some word of the record (AND);
//! - a term matches a word that is equal to it;
//! - the last term also matches as a prefix while it is being typed, that is
//!   when the text does not end with a space or other separator;
//! - a term of [`MIN_TYPO_CHARS`] or more folded letters (no digits) also
//!   matches with one typo: one letter inserted, deleted, replaced, or two
//!   neighbours swapped (optimal-string-alignment distance 1); for the last
//!   term, that is one typo in some prefix of the word.

use super::tokens::{fold_word, words};

/// The shortest term, in folded letters, for which one typo is tolerated.
pub const MIN_TYPO_CHARS: usize = 5;
/// Terms after this many are ignored, to bound the work per keystroke.
pub const MAX_TERMS: usize = 16;
/// A term is cut to this many folded characters.
pub const MAX_TERM_CHARS: usize = 64;

/// Ranking weights. A term's score in a record is its best field weight
/// times its best match quality; a record's score is the sum over terms.
/// Every weight is at least 1, and the products fit in a `u8`.
pub mod weights {
    /// A match in a title (any language).
    pub const TITLE: u8 = 8;
    /// A match in a partner's name or English name.
    pub const PARTNER: u8 = 4;
    /// A match in a summary (any language).
    pub const SUMMARY: u8 = 2;
    /// A match in the region or a focus-area label (any interface language).
    pub const OTHER: u8 = 1;
    /// The term equals the word.
    pub const EXACT: u8 = 3;
    /// The term is a prefix of the word (last term only).
    pub const PREFIX: u8 = 2;
    /// The term matches with one typo.
    pub const TYPO: u8 = 1;
}

/// Which field of a record a word came from, for ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum FieldClass {
    Other,
    Summary,
    Partner,
    Title,
}

impl FieldClass {
    pub(crate) fn weight(self) -> u8 {
        match self {
            FieldClass::Title => weights::TITLE,
            FieldClass::Partner => weights::PARTNER,
            FieldClass::Summary => weights::SUMMARY,
            FieldClass::Other => weights::OTHER,
        }
    }
}

/// How a term matched a word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MatchKind {
    Exact,
    Prefix,
    Typo,
}

impl MatchKind {
    pub(crate) fn weight(self) -> u8 {
        match self {
            MatchKind::Exact => weights::EXACT,
            MatchKind::Prefix => weights::PREFIX,
            MatchKind::Typo => weights::TYPO,
        }
    }
}

/// One folded query term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) chars: Vec<char>,
    /// Matches as a prefix (the last term, still being typed).
    pub(crate) prefix: bool,
    /// One typo is tolerated.
    pub(crate) typo: bool,
}

/// Splits and folds the search box's text into terms.
pub(crate) fn terms(text: &str) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    let mut chars = Vec::new();
    let mut last_end = 0;
    for (start, word) in words(text).take(MAX_TERMS) {
        fold_word(word, &mut chars);
        chars.truncate(MAX_TERM_CHARS);
        if chars.is_empty() {
            continue;
        }
        let typo = chars.len() >= MIN_TYPO_CHARS && chars.iter().all(|c| c.is_alphabetic());
        out.push(Term { chars: chars.clone(), prefix: false, typo });
        last_end = start + word.len();
    }
    // The last word is still being typed when nothing follows it.
    if let (Some(last), true) = (out.last_mut(), last_end == text.len()) {
        last.prefix = true;
    }
    out
}

/// How `term` matches the folded `word`, and how many of the word's folded
/// characters the match covers (all of them, except for prefix matches).
pub(crate) fn match_word(term: &Term, word: &[char]) -> Option<(MatchKind, usize)> {
    let t = term.chars.as_slice();
    if word == t {
        return Some((MatchKind::Exact, word.len()));
    }
    if term.prefix && word.starts_with(t) {
        return Some((MatchKind::Prefix, t.len()));
    }
    if !term.typo {
        return None;
    }
    if within_one_edit(t, word) {
        return Some((MatchKind::Typo, word.len()));
    }
    if term.prefix {
        // One typo in a prefix of the word: the prefix is one shorter, as long, or one longer than the term.
        for k in [t.len(), t.len() - 1, t.len() + 1] {
            if let Some(start) = word.get(..k) {
                if k < word.len() && within_one_edit(t, start) {
                    return Some((MatchKind::Typo, k));
                }
            }
        }
    }
    None
}

/// Whether `a` and `b` are at most one edit apart: one insertion, deletion,
/// substitution, or swap of two neighbours. Linear time.
pub(crate) fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (a.get(common..).unwrap_or(&[]), b.get(common..).unwrap_or(&[]));
    match a_rest.len().cmp(&b_rest.len()) {
        std::cmp::Ordering::Equal => {
            // Identical, one substitution, or a swap of the first two differing letters.
            a_rest.is_empty()
                || a_rest.get(1..) == b_rest.get(1..)
                || (a_rest.len() >= 2
                    && a_rest.first() == b_rest.get(1)
                    && a_rest.get(1) == b_rest.first()
                    && a_rest.get(2..) == b_rest.get(2..))
        }
        std::cmp::Ordering::Less => a_rest == b_rest.get(1..).unwrap_or(&[]),
        std::cmp::Ordering::Greater => a_rest.get(1..).unwrap_or(&[]) == b_rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn terms_fold_and_only_the_last_one_being_typed_is_a_prefix() {
        let t = terms("Umeå  Høgsk");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0], Term { chars: chars("umea"), prefix: false, typo: false });
        assert_eq!(t[1], Term { chars: chars("hogsk"), prefix: true, typo: true });
        assert!(!terms("health ").last().unwrap().prefix, "a trailing space ends the word");
        assert!(!terms("12345").last().unwrap().typo, "numbers get no typos");
        assert!(terms(" -- ").is_empty());
        assert_eq!(terms(&"a ".repeat(100)).len(), MAX_TERMS);
        assert_eq!(terms(&"x".repeat(100))[0].chars.len(), MAX_TERM_CHARS);
    }

    #[test]
    fn one_edit() {
        for (a, b, want) in [
            ("health", "health", true),
            ("helth", "health", true),
            ("healht", "health", true),
            ("hxalth", "health", true),
            ("healthy", "health", true),
            ("hlaeth", "health", false),
            ("hea", "health", false),
            ("", "a", true),
            ("ab", "ba", true),
            ("abc", "cab", false),
        ] {
            assert_eq!(within_one_edit(&chars(a), &chars(b)), want, "{a} {b}");
            assert_eq!(within_one_edit(&chars(b), &chars(a)), want, "{b} {a}");
        }
    }

    #[test]
    fn match_rules() {
        let exact = Term { chars: chars("helse"), prefix: false, typo: true };
        let typing = Term { chars: chars("helse"), prefix: true, typo: true };
        let short = Term { chars: chars("oslo"), prefix: false, typo: false };
        for (term, word, want) in [
            (&exact, "helse", Some((MatchKind::Exact, 5))),
            (&exact, "helsa", Some((MatchKind::Typo, 5))),
            (&exact, "helseklynge", None),
            (&typing, "helseklynge", Some((MatchKind::Prefix, 5))),
            (&typing, "hellseklynge", Some((MatchKind::Typo, 6))),
            (&typing, "hlseklynge", Some((MatchKind::Typo, 4))),
            (&typing, "hexseklynge", Some((MatchKind::Typo, 5))),
            (&short, "osla", None),
            (&short, "oslo", Some((MatchKind::Exact, 4))),
        ] {
            assert_eq!(match_word(term, &chars(word)), want, "{term:?} {word}");
        }
    }
}
