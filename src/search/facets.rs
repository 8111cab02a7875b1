//! Facet values → record sets, and disjunctive counts.
//!
//! Small facets (country, focus area, the two kinds, status: at most 16 values
//! each) keep one bitset per value, so a count is one AND-and-popcount pass.
//! The partner facet can have thousands of values, too many bitsets for
//! 100 000 records, so it keeps sorted record lists per name and name lists
//! per record instead, and counts by walking the records in the set.
//!
//! Counting is disjunctive: a facet's values are counted within the records
//! that match everything *except* that facet's own selection, so each count
//! says what ticking that value would give.

use std::collections::HashMap;

use crate::i18n::UiLang;
use crate::model::{Country, FocusArea, PartnerKind, Partnership, PartnershipKind, Status};
use crate::query::{Facet, FacetValue, Query};
use crate::text::collate::{sort_key, SortKey};

use super::bitset::Bitset;
use super::csr::{to_u32, Csr};
use super::hash::FastHash;
use super::results::FacetCount;
use super::sort::ids_in_byte_order;

/// How a facet stores its value → records relation.
#[derive(Debug, Clone)]
enum Store {
    /// One bitset per value.
    Dense(Vec<Bitset>),
    /// Records per value and values per record.
    Sparse { records_of: Csr, values_of: Csr },
}

/// One facet's values and their records.
#[derive(Debug, Clone)]
pub(crate) struct FacetData {
    facet: Facet,
    /// Every value, sorted by [`FacetValue`]'s order, so lookups are binary searches.
    values: Vec<FacetValue>,
    store: Store,
}

impl FacetData {
    /// Reads `facet` from the records (the partner facet is read in steps by
    /// a [`PartnerFacet`] instead).
    pub(crate) fn new(facet: Facet, records: &[Partnership]) -> FacetData {
        let (values, store) = match facet {
            Facet::Country => {
                dense(records, Country::ALL.iter().copied().map(FacetValue::Country).collect(), |r, set| {
                    r.countries.iter().for_each(|&c| set(c as usize));
                })
            }
            Facet::FocusArea => {
                dense(records, FocusArea::ALL.iter().map(|&a| FacetValue::FocusArea(a)).collect(), |r, set| {
                    r.focus_areas.iter().for_each(|&a| set(a as usize));
                })
            }
            Facet::PartnershipKind => dense(
                records,
                PartnershipKind::ALL.iter().map(|&k| FacetValue::PartnershipKind(k)).collect(),
                |r, set| set(r.kind as usize),
            ),
            Facet::PartnerKind => {
                dense(records, PartnerKind::ALL.iter().map(|&k| FacetValue::PartnerKind(k)).collect(), |r, set| {
                    r.partners.iter().for_each(|p| set(p.kind as usize));
                })
            }
            Facet::Status => dense(records, Status::ALL.iter().map(|&s| FacetValue::Status(s)).collect(), |r, set| {
                set(r.status as usize)
            }),
            Facet::Partner => {
                let mut partners = PartnerFacet::default();
                partners.add(records);
                return partners.finish();
            }
        };
        FacetData { facet, values, store }
    }

    /// Whether the facet lists its values by count, so that it needs label ranks.
    pub(crate) fn needs_label_ranks(&self) -> bool {
        by_count(self.facet)
    }

    /// How many values the facet has.
    pub(crate) fn n_values(&self) -> usize {
        self.values.len()
    }

    /// The sort keys of the labels of values `from..to` in `lang`, each
    /// with its value id (for [`ranks_from_keys`]).
    pub(crate) fn label_keys(&self, from: usize, to: usize, lang: UiLang) -> impl Iterator<Item = (SortKey, u32)> + '_ {
        let values = self.values.get(from..to.min(self.values.len())).unwrap_or_default();
        values.iter().zip(from..).map(move |(v, i)| (sort_key(v.label(lang), lang), to_u32(i)))
    }

    /// The records having any of the query's chosen values of this facet, or
    /// `None` when none is chosen (the facet then filters nothing). A chosen
    /// value no record has adds no record.
    pub(crate) fn selection(&self, query: &Query, n: usize) -> Option<Bitset> {
        let mut chosen = query.selected_in(self.facet).peekable();
        chosen.peek()?;
        let mut set = Bitset::empty(n);
        for id in chosen.filter_map(|v| self.values.binary_search(v).ok()) {
            match &self.store {
                Store::Dense(bits) => {
                    if let Some(bits) = bits.get(id) {
                        set.or_with(bits);
                    }
                }
                Store::Sparse { records_of, .. } => records_of.row(id).iter().for_each(|&r| set.insert(r as usize)),
            }
        }
        Some(set)
    }

    /// The facet.
    pub(crate) fn facet(&self) -> Facet {
        self.facet
    }

    /// Calls `f` with each record having value `id`, in increasing order.
    pub(crate) fn for_each_record(&self, id: usize, mut f: impl FnMut(usize)) {
        match &self.store {
            Store::Dense(bits) => bits.get(id).iter().flat_map(|b| b.iter()).for_each(f),
            Store::Sparse { records_of, .. } => records_of.row(id).iter().for_each(|&r| f(r as usize)),
        }
    }

    /// How many records of `within` have each value, by value id.
    pub(crate) fn counts(&self, within: &Bitset) -> Vec<u32> {
        match &self.store {
            Store::Dense(bits) => bits.iter().map(|b| to_u32(b.count_and(within))).collect(),
            Store::Sparse { values_of, .. } => {
                let mut counts = vec![0u32; self.values.len()];
                for record in within.iter() {
                    for &v in values_of.row(record) {
                        if let Some(c) = counts.get_mut(v as usize) {
                            *c += 1;
                        }
                    }
                }
                counts
            }
        }
    }

    /// The values to show: every value with a count above zero, plus every
    /// chosen value even at zero. Country, status and the two kinds keep
    /// their enum order (a stable list is easier to scan); focus areas and
    /// partners go by count, highest first, then label A–Z (`label_rank`,
    /// from [`FacetData::label_ranks`] in the interface language).
    /// Chosen values that no record has come last, in the query's order.
    pub(crate) fn list(&self, counts: &[u32], query: &Query, label_rank: Option<&[u32]>) -> Vec<FacetCount> {
        // Look the chosen values up once, rather than asking of every value whether it is chosen.
        let mut chosen: Vec<usize> = Vec::new();
        let mut unknown: Vec<&FacetValue> = Vec::new();
        for value in query.selected_in(self.facet) {
            match self.values.binary_search(value) {
                Ok(id) => chosen.push(id),
                Err(_) => unknown.push(value),
            }
        }
        let count = |id: usize| counts.get(id).copied().unwrap_or(0);
        let mut ids: Vec<usize> = (0..self.values.len()).filter(|&id| count(id) > 0 || chosen.contains(&id)).collect();
        if let (true, Some(rank)) = (by_count(self.facet), label_rank) {
            ids = by_count_then_label(&ids, &count, rank);
        }
        let mut out: Vec<FacetCount> = ids
            .into_iter()
            .filter_map(|id| {
                let value = self.values.get(id)?;
                Some(FacetCount { value: value.clone(), count: count(id) as usize, selected: chosen.contains(&id) })
            })
            .collect();
        out.extend(unknown.into_iter().map(|value| FacetCount { value: value.clone(), count: 0, selected: true }));
        out
    }
}

/// `ids` ordered by count, highest first, then by label (`rank`, the
/// position of each id's label in A–Z order). The partner facet of a large
/// file has thousands of values, ordered again on every keystroke, so this
/// is a counting sort over the ids in label order (linear) where the counts
/// are small next to the number of values, and a sort of ready-made keys
/// otherwise (a few values with large counts, as the focus areas have).
fn by_count_then_label(ids: &[usize], count: &dyn Fn(usize) -> u32, rank: &[u32]) -> Vec<usize> {
    let max = ids.iter().map(|&id| count(id)).max().unwrap_or(0);
    if usize::try_from(max).map_or(true, |m| m > 4 * ids.len() + 64) {
        let rank = |id: usize| rank.get(id).copied().unwrap_or(u32::MAX);
        let mut keyed: Vec<(u64, usize)> =
            ids.iter().map(|&id| ((u64::from(u32::MAX - count(id)) << 32) | u64::from(rank(id)), id)).collect();
        keyed.sort_unstable_by_key(|&(key, _)| key);
        return keyed.into_iter().map(|(_, id)| id).collect();
    }
    // The ids in label order: those with a rank by it, any without one after them.
    let mut by_rank: Vec<Option<usize>> = vec![None; rank.len()];
    let mut unranked = Vec::new();
    for &id in ids {
        match rank.get(id).and_then(|&r| by_rank.get_mut(r as usize)) {
            Some(slot) => *slot = Some(id),
            None => unranked.push(id),
        }
    }
    let in_label_order: Vec<usize> = by_rank.into_iter().flatten().chain(unranked).collect();
    // A stable counting sort by count, highest first: where each count's ids start.
    let bucket = |id: usize| (max - count(id)) as usize;
    let mut starts = vec![0usize; max as usize + 1];
    for &id in &in_label_order {
        if let Some(n) = starts.get_mut(bucket(id)) {
            *n += 1;
        }
    }
    let mut at = 0;
    for start in &mut starts {
        let n = *start;
        *start = at;
        at += n;
    }
    let mut out = vec![0usize; in_label_order.len()];
    for &id in &in_label_order {
        if let Some(start) = starts.get_mut(bucket(id)) {
            if let Some(slot) = out.get_mut(*start) {
                *slot = id;
            }
            *start += 1;
        }
    }
    out
}

/// Each value's position when the labels are sorted alphabetically (the
/// tie-break between equal counts), by value id, from every value's key.
pub(crate) fn ranks_from_keys(keyed: Vec<(SortKey, u32)>) -> Vec<u32> {
    let order = ids_in_byte_order(keyed.iter().map(|(key, id)| (key.as_bytes(), *id)));
    let mut rank = vec![0; order.len()];
    for (r, &i) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i as usize) {
            *slot = to_u32(r);
        }
    }
    rank
}

/// A facet with one bitset per value, in one pass over the records:
/// `values_of(record, set)` calls `set(i)` for each value `i` the record has,
/// `i` being the variant's position in its enum, which is its position in
/// `values` (both follow the enum's declaration order).
fn dense(
    records: &[Partnership],
    values: Vec<FacetValue>,
    values_of: impl Fn(&Partnership, &mut dyn FnMut(usize)),
) -> (Vec<FacetValue>, Store) {
    let mut bits = vec![Bitset::empty(records.len()); values.len()];
    for (i, record) in records.iter().enumerate() {
        values_of(record, &mut |value| {
            if let Some(set) = bits.get_mut(value) {
                set.insert(i);
            }
        });
    }
    (values, Store::Dense(bits))
}

/// Whether the facet is listed by count rather than in a fixed order.
fn by_count(facet: Facet) -> bool {
    facet.spec().by_count
}

/// The partner facet (distinct partner names, `Partner::name`, sorted),
/// read a slice of records at a time: it is the one facet whose size grows
/// with the data.
#[derive(Debug, Default)]
pub(crate) struct PartnerFacet<'a> {
    /// Names numbered in first-seen order.
    first_seen: HashMap<&'a str, u32, FastHash>,
    names: Vec<&'a str>,
    /// Per record read so far, its partners' first-seen numbers.
    rows: Vec<Vec<u32>>,
    /// The first-seen numbers in name order, once [`PartnerFacet::sort`] ran.
    order: Option<Vec<u32>>,
}

impl<'a> PartnerFacet<'a> {
    /// Reads the next `records` (in order, each once).
    pub(crate) fn add(&mut self, records: &'a [Partnership]) {
        for record in records {
            let row = record
                .partners
                .iter()
                .map(|p| {
                    *self.first_seen.entry(p.name.as_str()).or_insert_with(|| {
                        self.names.push(p.name.as_str());
                        to_u32(self.names.len() - 1)
                    })
                })
                .collect();
            self.rows.push(row);
        }
    }

    /// Sorts the names, once every record is read (a step of its own: the
    /// longest part with many partners).
    pub(crate) fn sort(&mut self) {
        self.order = Some(ids_in_byte_order(self.names.iter().map(|name| name.as_bytes()).zip(0..)));
    }

    /// The facet, once every record is read: the names renumbered in sorted order.
    pub(crate) fn finish(mut self) -> FacetData {
        if self.order.is_none() {
            self.sort();
        }
        let PartnerFacet { names, rows, order, .. } = self;
        let order = order.unwrap_or_default();
        let mut sorted_id = vec![0u32; names.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(slot) = sorted_id.get_mut(old as usize) {
                *slot = to_u32(new);
            }
        }
        let mut pairs = Vec::new();
        let values_of = Csr::from_rows(rows.into_iter().enumerate().map(|(i, row)| {
            let mut ids: Vec<u32> = row.into_iter().filter_map(|id| sorted_id.get(id as usize).copied()).collect();
            ids.sort_unstable();
            ids.dedup();
            pairs.extend(ids.iter().map(|&id| (id, to_u32(i))));
            ids
        }));
        let records_of = Csr::from_pairs(names.len(), &pairs);
        let values =
            order.iter().filter_map(|&i| names.get(i as usize)).map(|&n| FacetValue::Partner(n.into())).collect();
        FacetData { facet: Facet::Partner, values, store: Store::Sparse { records_of, values_of } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_count_then_label_agrees_with_a_plain_sort() {
        // Small counts (the counting sort) and large ones (the keyed sort), ties, gaps in the ids.
        for (n, spread) in [(50usize, 3u32), (50, 1_000_000), (1, 5), (0, 1)] {
            let counts: Vec<u32> = (0..n as u32).map(|i| (i * 7919 + 13) % spread.max(1)).collect();
            let rank: Vec<u32> = (0..n as u32).map(|i| (i * 31 + 7) % n.max(1) as u32).collect();
            let ids: Vec<usize> = (0..n).filter(|i| i % 5 != 3).collect();
            let count = |id: usize| counts.get(id).copied().unwrap_or(0);
            let mut expected = ids.clone();
            expected.sort_by_key(|&id| (std::cmp::Reverse(count(id)), rank.get(id).copied().unwrap_or(u32::MAX)));
            assert_eq!(by_count_then_label(&ids, &count, &rank), expected, "{n} {spread}");
        }
    }

    #[test]
    fn enum_positions_are_value_positions() {
        // `dense` relies on `variant as usize` being the position in `ALL`.
        assert!(Country::ALL.iter().enumerate().all(|(i, &c)| c as usize == i));
        assert!(FocusArea::ALL.iter().enumerate().all(|(i, &v)| v as usize == i));
        assert!(PartnershipKind::ALL.iter().enumerate().all(|(i, &v)| v as usize == i));
        assert!(PartnerKind::ALL.iter().enumerate().all(|(i, &v)| v as usize == i));
        assert!(Status::ALL.iter().enumerate().all(|(i, &v)| v as usize == i));
    }

    #[test]
    fn partner_values_are_sorted_like_facet_values() {
        let names = ["b", "a", "B", "å"];
        let mut values: Vec<FacetValue> = names.iter().map(|n| FacetValue::Partner((*n).into())).collect();
        let mut by_str = names;
        values.sort();
        by_str.sort_unstable();
        let as_str: Vec<&str> = values.iter().map(FacetValue::code).collect();
        assert_eq!(as_str, by_str, "binary search on values needs the same order as on names");
    }
}
