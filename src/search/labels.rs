//! Focus-area labels as searchable words: every word of every area's label in
//! every interface language, mapped to the areas whose label has it.
//!
//! Labels are the same for every record with an area, so rather than adding
//! label words to each record's postings, a term that matches a label word
//! selects that area's records through the focus-area facet's sets.

use crate::i18n::{Label, UiLang};
use crate::model::FocusArea;

use super::text::{match_word, MatchKind, Term};
use super::tokens::{fold_word, words};

/// Areas as a bit mask: bit `i` is `FocusArea::ALL[i]`.
pub(crate) type AreaMask = u32;

/// The folded label words and the areas each belongs to.
#[derive(Debug, Clone)]
pub(crate) struct LabelWords {
    words: Vec<(Vec<char>, AreaMask)>,
}

impl LabelWords {
    /// Reads the labels of every area in every interface language.
    pub(crate) fn new() -> LabelWords {
        let mut out: Vec<(Vec<char>, AreaMask)> = Vec::new();
        let mut folded = Vec::new();
        for (i, &area) in FocusArea::ALL.iter().enumerate() {
            for lang in UiLang::ALL {
                for (_, word) in words(area.label(lang)) {
                    fold_word(word, &mut folded);
                    match out.iter_mut().find(|(w, _)| *w == folded) {
                        Some((_, mask)) => *mask |= 1 << i,
                        None => out.push((folded.clone(), 1 << i)),
                    }
                }
            }
        }
        LabelWords { words: out }
    }

    /// For each match quality, the areas a label word of which `term` matches;
    /// an area is listed under its best quality only.
    pub(crate) fn matches(&self, term: &Term) -> [(MatchKind, AreaMask); 3] {
        let mut by_kind = [(MatchKind::Exact, 0), (MatchKind::Prefix, 0), (MatchKind::Typo, 0)];
        for (word, mask) in &self.words {
            if let Some((kind, _)) = match_word(term, word) {
                for (k, m) in &mut by_kind {
                    if *k == kind {
                        *m |= mask;
                    }
                }
            }
        }
        let exact = by_kind[0].1;
        by_kind[1].1 &= !exact;
        by_kind[2].1 &= !(exact | by_kind[1].1);
        by_kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_of_any_language_finds_its_areas() {
        let labels = LabelWords::new();
        let term = |s: &str, prefix| Term { chars: crate::text::fold::fold(s).chars().collect(), prefix, typo: false };
        let bit = |a: FocusArea| 1 << FocusArea::ALL.iter().position(|&x| x == a).unwrap();
        assert_eq!(labels.matches(&term("kræft", false))[0].1, bit(FocusArea::Cancer));
        assert_eq!(labels.matches(&term("Syöpä", false))[0].1, bit(FocusArea::Cancer));
        let telemed = labels.matches(&term("telemed", true));
        assert_eq!(telemed[1].1, bit(FocusArea::DigitalHealth));
    }
}
