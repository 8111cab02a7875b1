//! Result order. Every order is total, so results never shuffle between
//! keystrokes:
//!
//! - **Relevance**, with text: score, highest first; equal scores in data
//!   order. Without text: data order (the editors' order).
//! - **Newest** / **Oldest**: by the first day `started` can mean, latest /
//!   earliest first; records with no `started` last; ties by title A–Z.
//! - **Title**: A–Z in the interface language's alphabet ([`crate::text::collate`]),
//!   of the title a reader of that language sees (that language, else
//!   English, else the first given; the id if there is no title).
//!
//! The three record orders are computed for each interface language when the
//! index is built ([`OrdersBuilder`]), so a keystroke only filters a ready-made order (large
//! result sets) or sorts by a precomputed rank (small ones).

use std::cmp::Reverse;

use crate::i18n::{reader_text, UiLang};
use crate::model::Partnership;
use crate::query::SortOrder;
use crate::text::collate::{same_rules, sort_key, SortKey};

use super::bitset::Bitset;
use super::csr::to_u32;
use super::results::Hit;

/// One precomputed order of all records.
#[derive(Debug, Clone, Default)]
struct Order {
    /// Record indexes, first to last.
    records: Vec<u32>,
    /// Each record's position in `records`.
    rank: Vec<u32>,
}

impl Order {
    fn from_sorted(records: Vec<u32>) -> Order {
        let mut rank = vec![0; records.len()];
        for (position, &r) in records.iter().enumerate() {
            if let Some(slot) = rank.get_mut(r as usize) {
                *slot = to_u32(position);
            }
        }
        Order { records, rank }
    }
}

/// The title, newest and oldest orders for each interface language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Orders {
    /// Indexed by the language's position in `UiLang::ALL`.
    by_lang: Vec<[Order; 3]>,
}

impl Orders {
    /// Orders the records of `result` as `sort` says. `scores` holds each
    /// record's text score when there is text.
    pub(crate) fn hits(&self, result: &Bitset, scores: Option<&[u16]>, sort: SortOrder, lang: UiLang) -> Vec<Hit> {
        let score = |r: usize| scores.and_then(|s| s.get(r)).map_or(0, |&s| u32::from(s));
        let lang_orders = UiLang::ALL.iter().position(|&l| l == lang).and_then(|i| self.by_lang.get(i));
        let order = match (sort, lang_orders) {
            (SortOrder::Relevance, _) | (_, None) => None,
            (SortOrder::Title, Some([title, _, _])) => Some(title),
            (SortOrder::Newest, Some([_, newest, _])) => Some(newest),
            (SortOrder::Oldest, Some([_, _, oldest])) => Some(oldest),
        };
        let Some(order) = order else {
            return match scores {
                Some(scores) => by_score(result, scores),
                None => result.iter().map(|record| Hit { record, score: 0 }).collect(),
            };
        };
        let n_result = result.count();
        // Walking a ready order costs one test per record; sorting costs
        // n log n in the results. Walk when the results are a good part of all.
        if n_result.saturating_mul(16) >= order.records.len() {
            order
                .records
                .iter()
                .map(|&r| r as usize)
                .filter(|&r| result.contains(r))
                .map(|record| Hit { record, score: score(record) })
                .collect()
        } else {
            let mut hits: Vec<Hit> = result.iter().map(|record| Hit { record, score: score(record) }).collect();
            hits.sort_unstable_by_key(|h| order.rank.get(h.record).copied().unwrap_or(u32::MAX));
            hits
        }
    }
}

/// Builds [`Orders`] in steps: sort keys a few records at a time
/// ([`OrdersBuilder::add_keys`]), then one language at a time
/// ([`OrdersBuilder::sort`]).
#[derive(Debug, Default)]
pub(crate) struct OrdersBuilder {
    /// Start dates as one number each, unknown starts at 0.
    start: Vec<u32>,
    /// One key per record and distinct (rules, displayed title): languages
    /// with the same rules showing the same title share it.
    keys: Vec<SortKey>,
    /// Per language (by position in `UiLang::ALL`), each record's key.
    key_of: Vec<Vec<u32>>,
    by_lang: Vec<[Order; 3]>,
}

impl OrdersBuilder {
    pub(crate) fn new(records: &[Partnership]) -> OrdersBuilder {
        let start = records
            .iter()
            .map(|r| {
                r.started.map_or(0, |date| {
                    let (y, m, d) = date.earliest();
                    (u32::from(y) << 9) | (u32::from(m) << 5) | u32::from(d)
                })
            })
            .collect();
        OrdersBuilder {
            start,
            keys: Vec::with_capacity(records.len() * 3),
            key_of: vec![Vec::with_capacity(records.len()); UiLang::ALL.len()],
            by_lang: Vec::with_capacity(UiLang::ALL.len()),
        }
    }

    /// Computes the sort keys of the next `records` (in order, each once).
    pub(crate) fn add_keys(&mut self, records: &[Partnership]) {
        for record in records {
            for (l, &lang) in UiLang::ALL.iter().enumerate() {
                let title = display_title(record, lang);
                let shared =
                    UiLang::ALL.iter().zip(&self.key_of).take(l).find(|(&other, _)| {
                        same_rules(lang, other) && std::ptr::eq(display_title(record, other), title)
                    });
                let id = match shared.and_then(|(_, ids)| ids.last()) {
                    Some(&id) => id,
                    None => {
                        self.keys.push(sort_key(title, lang));
                        to_u32(self.keys.len() - 1)
                    }
                };
                if let Some(ids) = self.key_of.get_mut(l) {
                    ids.push(id);
                }
            }
        }
    }

    /// Sorts every record for the language at position `l` of `UiLang::ALL`
    /// (languages in order, after every key is added).
    pub(crate) fn sort(&mut self, l: usize) {
        let Some(ids) = self.key_of.get(l) else { return };
        // Sorting (key bytes, record) pairs keeps each comparison one memcmp.
        let mut pairs: Vec<(&[u8], u32)> = ids
            .iter()
            .zip(0..)
            .map(|(&k, i)| (self.keys.get(k as usize).map_or(&[][..], SortKey::as_bytes), i))
            .collect();
        pairs.sort_unstable();
        let title = Order::from_sorted(pairs.into_iter().map(|(_, i)| i).collect());
        let all: Vec<u32> = (0..to_u32(ids.len())).collect();
        let start = &self.start;
        // Unknown starts (0) go last in both orders.
        let start_of = |i: u32| start.get(i as usize).copied().unwrap_or(0);
        let rank_of = |i: u32| title.rank.get(i as usize).copied().unwrap_or(u32::MAX);
        let mut newest = all.clone();
        newest.sort_unstable_by_key(|&i| (Reverse(start_of(i)), rank_of(i)));
        let mut oldest = all;
        oldest.sort_unstable_by_key(|&i| (start_of(i).wrapping_sub(1), rank_of(i)));
        self.by_lang.push([title, Order::from_sorted(newest), Order::from_sorted(oldest)]);
    }

    pub(crate) fn finish(self) -> Orders {
        Orders { by_lang: self.by_lang }
    }
}

/// The title a reader of `lang` sees, as on the cards.
pub(crate) fn display_title(record: &Partnership, lang: UiLang) -> &str {
    reader_text::title(record, lang).text
}

/// Score, highest first, data order within a score: a counting sort, since
/// scores are small integers.
fn by_score(result: &Bitset, scores: &[u16]) -> Vec<Hit> {
    let score = |r: usize| scores.get(r).copied().unwrap_or(0);
    let max = result.iter().map(score).max().unwrap_or(0) as usize;
    let mut starts = vec![0usize; max + 2];
    for r in result.iter() {
        if let Some(c) = starts.get_mut(max - score(r) as usize + 1) {
            *c += 1;
        }
    }
    let mut running = 0;
    for s in &mut starts {
        running += *s;
        *s = running;
    }
    let mut hits = vec![Hit { record: 0, score: 0 }; starts.last().copied().unwrap_or(0)];
    for record in result.iter() {
        let s = score(record);
        if let Some(slot) = starts.get_mut(max - s as usize) {
            if let Some(hit) = hits.get_mut(*slot) {
                *hit = Hit { record, score: u32::from(s) };
            }
            *slot += 1;
        }
    }
    hits
}
