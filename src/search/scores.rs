//! Evaluating the text terms against the index: which records match every
//! term, and each record's score (per term, the best field weight times match
//! quality; summed over terms).

use super::bitset::Bitset;
use super::facets::FacetData;
use super::labels::LabelWords;
use super::text::{FieldClass, Term};
use super::vocabulary::Vocabulary;

/// The records matching all `terms`, and each record's score (meaningful
/// only for records in the set). `focus` is the focus-area facet, whose value `i` is area bit `i`
/// of the label words.
pub(crate) fn text_matches(
    vocabulary: &Vocabulary,
    labels: &LabelWords,
    focus: Option<&FacetData>,
    terms: &[Term],
    n: usize,
) -> (Bitset, Vec<u16>) {
    let mut all_terms: Option<Bitset> = None;
    let mut total = vec![0u16; n];
    // This term's best score per record; reset to zero after each term.
    let mut best = vec![0u8; n];
    let mut words = Vec::new();
    for term in terms {
        let mut hit = Bitset::empty(n);
        let mut note = |record: usize, score: u8| {
            // Records already ruled out by an earlier term need no work.
            if all_terms.as_ref().is_some_and(|a| !a.contains(record)) {
                return;
            }
            if let Some(b) = best.get_mut(record) {
                *b = (*b).max(score);
            }
            hit.insert(record);
        };
        vocabulary.matches(term, &mut words);
        for &(id, kind) in &words {
            let quality = kind.weight();
            vocabulary.for_each_posting(id, |record, field| note(record, field.weight() * quality));
        }
        if let Some(focus) = focus {
            for (kind, mask) in labels.matches(term) {
                let score = FieldClass::Other.weight() * kind.weight();
                for area in (0..32).filter(|i| mask & (1 << i) != 0) {
                    focus.for_each_record(area, |record| note(record, score));
                }
            }
        }
        for record in hit.iter() {
            if let (Some(t), Some(b)) = (total.get_mut(record), best.get_mut(record)) {
                *t = t.saturating_add(u16::from(*b));
                *b = 0;
            }
        }
        match &mut all_terms {
            Some(all) => all.and_with(&hit),
            None => all_terms = Some(hit),
        }
        if all_terms.as_ref().is_some_and(Bitset::is_empty) {
            break;
        }
    }
    (all_terms.unwrap_or_else(|| Bitset::full(n)), total)
}
