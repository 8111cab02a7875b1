//! The words of all records, folded and sorted, each with the records it
//! occurs in and the best field it occurs in there (an inverted index).
//!
//! A keystroke looks terms up here instead of reading records: exact terms by
//! binary search, the last term's prefix as a sorted range, typo-tolerant
//! terms by one pass over the (much smaller than the text) sorted word list
//! that shares work between words with a common start.

use std::collections::HashMap;

use super::csr::{to_u32, Csr};
use super::hash::FastHash;
use super::text::{FieldClass, MatchKind, Term};
use super::tokens::words;
use crate::text::fold::Folder;

/// Sorted folded words and their postings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// All words' characters, one after the other, in sorted word order.
    chars: Vec<char>,
    /// Word `i` is `chars[spans[i].0..spans[i].0 + spans[i].1]`.
    spans: Vec<(u32, u32)>,
    /// Row `i`: the records word `i` occurs in, increasing.
    records: Csr,
    /// Parallel to `records`' items: the best field of the word in that record.
    fields: Vec<FieldClass>,
}

impl Vocabulary {
    /// The folded word with id `id`.
    pub(crate) fn word(&self, id: usize) -> &[char] {
        match self.spans.get(id) {
            Some(&(start, len)) => self.chars.get(start as usize..(start + len) as usize).unwrap_or(&[]),
            None => &[],
        }
    }

    /// How many distinct words there are.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Calls `f(record, field)` for each record word `id` occurs in.
    pub(crate) fn for_each_posting(&self, id: usize, mut f: impl FnMut(usize, FieldClass)) {
        let range = self.records.row_range(id);
        let fields = self.fields.get(range).unwrap_or(&[]);
        for (&record, &field) in self.records.row(id).iter().zip(fields) {
            f(record as usize, field);
        }
    }

    /// Appends to `out` every word `term` matches, with how it matches.
    pub(crate) fn matches(&self, term: &Term, out: &mut Vec<(usize, MatchKind)>) {
        out.clear();
        if term.typo {
            self.typo_matches(term, out);
            return;
        }
        let t = term.chars.as_slice();
        let first = self.lower_bound(t);
        if !term.prefix {
            if self.word(first) == t {
                out.push((first, MatchKind::Exact));
            }
            return;
        }
        for id in first..self.len() {
            let word = self.word(id);
            if !word.starts_with(t) {
                break;
            }
            out.push((id, if word.len() == t.len() { MatchKind::Exact } else { MatchKind::Prefix }));
        }
    }

    /// The words a typo-tolerant term matches, by one pass over the sorted
    /// words that computes the edit-distance table of each word only past the
    /// prefix it shares with the previous word, and skips every word under a
    /// prefix already too far from the term (the classic trie walk, on a
    /// sorted list). Gives exactly what [`match_word`] gives word by word.
    fn typo_matches(&self, term: &Term, out: &mut Vec<(usize, MatchKind)>) {
        let t = term.chars.as_slice();
        let m = t.len();
        let width = m + 1;
        // Row `i` (word prefix of length `i`) of the optimal-string-alignment
        // table against every prefix of the term, capped at 2: only "0, 1 or
        // more" matters.
        let mut rows: Vec<u8> = (0..=m).map(|j| j.min(2) as u8).collect();
        let at = |rows: &[u8], i: usize| rows.get(i * width + m).copied().unwrap_or(2);
        // The previous word, and how many of its rows are filled.
        let mut prev: &[char] = &[];
        let mut filled = 0;
        let mut id = 0;
        'words: while id < self.len() {
            let word = self.word(id);
            let shared = word.iter().zip(prev).take_while(|(a, b)| a == b).count().min(filled);
            prev = word;
            filled = shared;
            // A prefix term matches when some start of the word is within one edit of it.
            let mut found = term.prefix && (1..=shared).any(|i| at(&rows, i) <= 1);
            if !found {
                for i in shared + 1..=word.len() {
                    let row_min = fill_row(&mut rows, width, t, word, i);
                    filled = i;
                    if term.prefix && at(&rows, i) <= 1 {
                        found = true;
                        break;
                    }
                    let prev_min = rows.get((i - 1) * width..i * width).and_then(|r| r.iter().min()).copied();
                    // Past this row every value stays 2 or more (a swap reaches back two rows).
                    let hopeless = row_min >= 2 && prev_min.is_some_and(|p| p >= 1);
                    let too_long = !term.prefix && i > m + 1;
                    if hopeless || too_long {
                        id = self.end_of_run(id, word.get(..i).unwrap_or(word));
                        continue 'words;
                    }
                }
            }
            let matched = if term.prefix { found } else { at(&rows, word.len()) <= 1 };
            let kind = if word == t {
                Some(MatchKind::Exact)
            } else if term.prefix && word.starts_with(t) {
                Some(MatchKind::Prefix)
            } else {
                matched.then_some(MatchKind::Typo)
            };
            if let Some(kind) = kind {
                out.push((id, kind));
            }
            id += 1;
        }
    }

    /// The id after the last word starting with `start`, given that word
    /// `from` does (words sharing a start are consecutive).
    fn end_of_run(&self, from: usize, start: &[char]) -> usize {
        // Most runs are short: gallop forward, then bisect the last step.
        let mut step = 1;
        while from + step < self.len() && self.word(from + step).starts_with(start) {
            step *= 2;
        }
        let (mut lo, mut hi) = (from + step / 2 + 1, (from + step).min(self.len()));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid).starts_with(start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The id of the first word not less than `t`.
    fn lower_bound(&self, t: &[char]) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid) < t {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// Collects words record by record, then sorts them into a [`Vocabulary`].
#[derive(Debug, Default)]
pub(crate) struct VocabularyBuilder<'a> {
    /// Raw word → id, so a word seen before is not folded again.
    raw: HashMap<&'a str, u32, FastHash>,
    /// Folded word → id.
    folded: HashMap<String, u32, FastHash>,
    /// The folded words by id, in first-seen order.
    words: Vec<String>,
    /// This record's (word, field) pairs.
    current: Vec<(u32, FieldClass)>,
    /// Every record's words, deduplicated, as (word, record) and fields alongside.
    postings: Vec<(u32, u32)>,
    posting_fields: Vec<FieldClass>,
    n_records: u32,
    scratch: String,
}

impl<'a> VocabularyBuilder<'a> {
    /// Adds the words of `text` to the current record.
    pub(crate) fn add_text(&mut self, text: &'a str, field: FieldClass) {
        for (_, raw) in words(text) {
            let id = match self.raw.get(raw) {
                Some(&id) => id,
                None => {
                    self.scratch.clear();
                    let mut folder = Folder::default();
                    for c in raw.chars() {
                        folder.push(c, &mut |f| self.scratch.push(f));
                    }
                    let id = match self.folded.get(&self.scratch) {
                        Some(&id) => id,
                        None => {
                            let id = to_u32(self.words.len());
                            self.words.push(self.scratch.clone());
                            self.folded.insert(self.scratch.clone(), id);
                            id
                        }
                    };
                    self.raw.insert(raw, id);
                    id
                }
            };
            self.current.push((id, field));
        }
    }

    /// Ends the current record; the next `add_text` starts the next one.
    pub(crate) fn end_record(&mut self) {
        // Best field first within each word, then keep one entry per word.
        self.current.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        self.current.dedup_by_key(|(id, _)| *id);
        for &(id, field) in &self.current {
            self.postings.push((id, self.n_records));
            self.posting_fields.push(field);
        }
        self.current.clear();
        self.n_records += 1;
    }

    /// Sorts the words and lays the postings out by word.
    pub(crate) fn finish(self) -> Vocabulary {
        let mut order: Vec<(&str, u32)> = self.words.iter().zip(0..).map(|(w, id)| (w.as_str(), id)).collect();
        order.sort();
        let mut new_id = vec![0u32; self.words.len()];
        let mut chars = Vec::new();
        let mut spans = Vec::with_capacity(self.words.len());
        for (new, &(word, old)) in order.iter().enumerate() {
            if let Some(slot) = new_id.get_mut(old as usize) {
                *slot = to_u32(new);
            }
            let start = chars.len();
            chars.extend(word.chars());
            spans.push((to_u32(start), to_u32(chars.len() - start)));
        }
        let new_id = |old: u32| new_id.get(old as usize).map_or(0, |&id| id as usize);
        // A counting sort by word; postings arrive record by record, so each
        // word's records stay increasing.
        let mut offsets = vec![0u32; self.words.len() + 1];
        for &(w, _) in &self.postings {
            if let Some(o) = offsets.get_mut(new_id(w) + 1) {
                *o += 1;
            }
        }
        let mut total = 0;
        for o in &mut offsets {
            total += *o;
            *o = total;
        }
        let mut next = offsets.clone();
        let mut items = vec![0u32; self.postings.len()];
        let mut fields = vec![FieldClass::Other; self.postings.len()];
        for (&(w, record), &field) in self.postings.iter().zip(&self.posting_fields) {
            if let Some(slot) = next.get_mut(new_id(w)) {
                if let (Some(item), Some(f)) = (items.get_mut(*slot as usize), fields.get_mut(*slot as usize)) {
                    *item = record;
                    *f = field;
                }
                *slot += 1;
            }
        }
        let records = Csr::from_parts(offsets, items);
        Vocabulary { chars, spans, records, fields }
    }
}

/// Computes row `i` of the capped edit-distance table of `word` against
/// `term` (rows `0..i` already filled) and returns the row's minimum.
fn fill_row(rows: &mut Vec<u8>, width: usize, term: &[char], word: &[char], i: usize) -> u8 {
    if rows.len() < (i + 1) * width {
        rows.resize((i + 1) * width, 2);
    }
    let get = |rows: &[u8], r: usize, j: usize| rows.get(r * width + j).copied().unwrap_or(2);
    let wc = word.get(i - 1).copied();
    let mut row_min = 2;
    for j in 0..width {
        let value = if j == 0 {
            i.min(2) as u8
        } else {
            let tc = term.get(j - 1).copied();
            let cost = u8::from(wc != tc);
            let mut v = (get(rows, i - 1, j) + 1).min(get(rows, i, j - 1) + 1).min(get(rows, i - 1, j - 1) + cost);
            // A swap of two neighbours costs one.
            if i > 1 && j > 1 && wc == term.get(j - 2).copied() && word.get(i - 2).copied() == tc {
                v = v.min(get(rows, i - 2, j - 2) + 1);
            }
            v.min(2)
        };
        if let Some(cell) = rows.get_mut(i * width + j) {
            *cell = value;
        }
        row_min = row_min.min(value);
    }
    row_min
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(records: &[&[(&'static str, FieldClass)]]) -> Vocabulary {
        let mut b = VocabularyBuilder::default();
        for record in records {
            for &(text, field) in *record {
                b.add_text(text, field);
            }
            b.end_record();
        }
        b.finish()
    }

    fn words_of(v: &Vocabulary, term: Term) -> Vec<(String, MatchKind)> {
        let mut out = Vec::new();
        v.matches(&term, &mut out);
        out.into_iter().map(|(id, kind)| (v.word(id).iter().collect(), kind)).collect()
    }

    #[test]
    fn words_sorted_with_best_field_per_record() {
        let v = vocabulary(&[
            &[("Helse Nord", FieldClass::Title), ("helse", FieldClass::Summary)],
            &[("Umeå helseklynge", FieldClass::Summary)],
        ]);
        let all: Vec<String> = (0..v.len()).map(|i| v.word(i).iter().collect()).collect();
        assert_eq!(all, ["helse", "helseklynge", "nord", "umea"]);
        let mut postings = Vec::new();
        v.for_each_posting(0, |r, f| postings.push((r, f)));
        assert_eq!(postings, [(0, FieldClass::Title)]);
        let term = |s: &str, prefix, typo| Term { chars: s.chars().collect(), prefix, typo };
        assert_eq!(words_of(&v, term("helse", false, false)), [("helse".into(), MatchKind::Exact)]);
        assert_eq!(
            words_of(&v, term("helse", true, false)),
            [("helse".into(), MatchKind::Exact), ("helseklynge".into(), MatchKind::Prefix)]
        );
        assert_eq!(words_of(&v, term("helsa", false, true)), [("helse".into(), MatchKind::Typo)]);
        assert_eq!(words_of(&v, term("zzz", true, false)), []);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::search::text::match_word;
    use proptest::prelude::*;

    /// A word near `term`: up to two random edits, then a random tail, so
    /// that many words share long starts with each other and with the term.
    fn near(term: &str, edits: &[(usize, usize, char)], tail: &str) -> String {
        let mut chars: Vec<char> = term.chars().collect();
        for &(kind, at, c) in edits {
            let at = at % (chars.len() + 1);
            match kind % 3 {
                0 => chars.insert(at, c),
                1 if at < chars.len() => {
                    chars.remove(at);
                }
                _ if at < chars.len() => chars[at] = c,
                _ => {}
            }
        }
        chars.into_iter().chain(tail.chars()).collect()
    }

    proptest! {
        /// The trie walk finds exactly the words `match_word` accepts one by one.
        #[test]
        fn typo_walk_equals_word_by_word(
            term in "[abcd]{5,7}",
            variants in prop::collection::vec(
                (prop::collection::vec((0usize..3, 0usize..9, prop::char::range('a', 'd')), 0..3), "[abcd]{0,3}"),
                0..40,
            ),
            others in prop::collection::vec("[abcd]{1,9}", 0..20),
            prefix: bool,
        ) {
            let mut b = VocabularyBuilder::default();
            let words: Vec<String> =
                variants.iter().map(|(edits, tail)| near(&term, edits, tail)).chain(others).collect();
            for w in &words {
                b.add_text(w, FieldClass::Title);
            }
            b.end_record();
            let v = b.finish();
            let term = Term { chars: term.chars().collect(), prefix, typo: true };
            let mut walked = Vec::new();
            v.matches(&term, &mut walked);
            let one_by_one: Vec<(usize, MatchKind)> =
                (0..v.len()).filter_map(|id| match_word(&term, v.word(id)).map(|(kind, _)| (id, kind))).collect();
            prop_assert_eq!(walked, one_by_one);
        }
    }
}
