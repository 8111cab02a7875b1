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
//! The three record orders of a language are computed once, when the index
//! gets that language ([`super::LanguageBuilder`]), so a keystroke only
//! filters a ready-made order (large result sets) or sorts by a precomputed
//! rank (small ones).

use crate::i18n::{reader_text, UiLang};
use crate::model::Partnership;
use crate::query::SortOrder;
use crate::text::collate::{sort_key, SortKey};

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

/// The title, newest and oldest orders of all records, in one interface language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Orders([Order; 3]);

impl Orders {
    /// The title order from each record's title key (`keys[record]`, see
    /// [`title_key`]); [`Orders::add_dates`] completes the orders.
    pub(crate) fn by_title(keys: &[SortKey]) -> Orders {
        let title = Order::from_sorted(ids_in_byte_order(keys.iter().map(SortKey::as_bytes).zip(0..)));
        Orders([title, Order::default(), Order::default()])
    }

    /// Adds the newest and oldest orders (ties by title) from `records`'
    /// start dates.
    pub(crate) fn add_dates(&mut self, records: &[Partnership]) {
        let Orders([title, newest, oldest]) = self;
        // Start dates as one number each, unknown starts at 0.
        let start: Vec<u32> = records
            .iter()
            .map(|r| {
                r.started.map_or(0, |date| {
                    let (y, m, d) = date.earliest();
                    (u32::from(y) << 9) | (u32::from(m) << 5) | u32::from(d)
                })
            })
            .collect();
        // Unknown starts (0) go last in both orders; ties by title.
        let start_of = |i: u32| start.get(i as usize).copied().unwrap_or(0);
        let rank_of = |i: u32| title.rank.get(i as usize).copied().unwrap_or(u32::MAX);
        let ids = 0..to_u32(records.len());
        let by_newest = ids_by_key(ids.clone().map(|i| ((u64::from(!start_of(i)) << 32) | u64::from(rank_of(i)), i)));
        let by_oldest =
            ids_by_key(ids.map(|i| ((u64::from(start_of(i).wrapping_sub(1)) << 32) | u64::from(rank_of(i)), i)));
        *newest = Order::from_sorted(by_newest);
        *oldest = Order::from_sorted(by_oldest);
    }
}

/// The records of `result` as `sort` says, in the language of `orders`
/// (without them, as without a sort: by score or in data order). `scores`
/// holds each record's text score when there is text.
pub(crate) fn hits(orders: Option<&Orders>, result: &Bitset, scores: Option<&[u16]>, sort: SortOrder) -> Vec<Hit> {
    let score = |r: usize| scores.and_then(|s| s.get(r)).map_or(0, |&s| u32::from(s));
    let order = match (sort, orders) {
        (SortOrder::Relevance, _) | (_, None) => None,
        (SortOrder::Title, Some(Orders([title, _, _]))) => Some(title),
        (SortOrder::Newest, Some(Orders([_, newest, _]))) => Some(newest),
        (SortOrder::Oldest, Some(Orders([_, _, oldest]))) => Some(oldest),
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

/// The ids of `items` ordered by their keys (ties by id): each key computed
/// once, rather than a key function called in every comparison.
fn ids_by_key<K: Ord>(items: impl Iterator<Item = (K, u32)>) -> Vec<u32> {
    let mut keyed: Vec<(K, u32)> = items.collect();
    // Stable sort on purpose (the ids are distinct, so the order is the same): the wasm's
    // std is built for size, where `sort_unstable` is a heapsort, about twice the comparisons.
    keyed.sort();
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// The ids of `items` ordered by their bytes (ties by id).
pub(crate) fn ids_in_byte_order<'k>(items: impl Iterator<Item = (&'k [u8], u32)>) -> Vec<u32> {
    ids_by_key(items.map(|(bytes, id)| ((byte_prefix(bytes), bytes), id)))
}

/// The first 16 bytes of `bytes` (8 letters of a sort key) as one number
/// (zero-padded), which orders as the bytes do as far as it reaches: sorting
/// by (prefix, bytes) settles most comparisons without a `memcmp`, which is a
/// byte loop in wasm.
fn byte_prefix(bytes: &[u8]) -> u128 {
    let mut head = [0u8; 16];
    let n = bytes.len().min(16);
    if let (Some(to), Some(from)) = (head.get_mut(..n), bytes.get(..n)) {
        to.copy_from_slice(from);
    }
    u128::from_be_bytes(head)
}

/// The key `record` sorts by in the title order of `lang`.
pub(crate) fn title_key(record: &Partnership, lang: UiLang) -> SortKey {
    sort_key(display_title(record, lang), lang)
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

#[cfg(test)]
mod tests {
    use super::byte_prefix;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn prefix_order_never_contradicts_byte_order(
            a in proptest::collection::vec(any::<u8>(), 0..12),
            b in proptest::collection::vec(any::<u8>(), 0..12),
        ) {
            if a < b {
                prop_assert!(byte_prefix(&a) <= byte_prefix(&b));
            }
        }
    }
}
