//! Each record's period in years, and the year-range filter.
//!
//! A period runs from the year of `started` to the year of `ended`; with no
//! `ended` it is taken to run to `today_year` (open, or end not known), and it
//! never ends before it starts (so a planned partnership starting next year
//! covers just that year). A record overlaps a range when its period shares
//! at least one year with it. A record with no `started` has no known period:
//! it matches only while no year range is set, because claiming it overlaps
//! any particular year would be a guess.

use crate::model::Partnership;
use crate::query::YearRange;

use super::bitset::Bitset;

/// Every record's period, as (first year, last year), both included.
#[derive(Debug, Clone, Default)]
pub(crate) struct Periods {
    periods: Vec<Option<(u16, u16)>>,
}

impl Periods {
    /// Reads the periods, with open ones running to `today_year`.
    pub(crate) fn new(records: &[Partnership], today_year: u16) -> Periods {
        Periods { periods: records.iter().map(|r| period(r, today_year)).collect() }
    }

    /// The records whose period overlaps `range`.
    pub(crate) fn overlapping(&self, range: YearRange) -> Bitset {
        let mut set = Bitset::empty(self.periods.len());
        for (i, p) in self.periods.iter().enumerate() {
            if let Some((start, end)) = *p {
                if range.to().is_none_or(|to| start <= to) && range.from().is_none_or(|from| end >= from) {
                    set.insert(i);
                }
            }
        }
        set
    }
}

impl Periods {
    /// How many of the records in `set` are active in each year, and how
    /// many have no known period. Counted with a difference array, so the
    /// cost grows with the records, not with the years they span.
    pub(crate) fn active_per_year(&self, set: &Bitset) -> YearCounts {
        let known = || self.periods.iter().flatten();
        let (Some(first), Some(last)) = (known().map(|p| p.0).min(), known().map(|p| p.1).max()) else {
            return YearCounts { first_year: 0, counts: Vec::new(), undated: set.count() };
        };
        let mut steps = vec![0i64; usize::from(last - first) + 2];
        let mut undated = 0;
        for i in set.iter() {
            match self.periods.get(i).copied().flatten() {
                Some((start, end)) => {
                    if let Some(up) = steps.get_mut(usize::from(start - first)) {
                        *up += 1;
                    }
                    if let Some(down) = steps.get_mut(usize::from(end - first) + 1) {
                        *down -= 1;
                    }
                }
                None => undated += 1,
            }
        }
        let mut running = 0i64;
        let counts = steps
            .iter()
            .take(steps.len() - 1)
            .map(|step| {
                running += step;
                usize::try_from(running).unwrap_or(0)
            })
            .collect();
        YearCounts { first_year: first, counts, undated }
    }
}

/// Partnerships active per year (see `Periods::active_per_year`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct YearCounts {
    /// The year of `counts[0]`: the earliest start in the data.
    pub first_year: u16,
    /// One count per year from `first_year` to the last year any period
    /// reaches (open periods run to the index's current year).
    pub counts: Vec<usize>,
    /// Matching records with no start date, so in no year.
    pub undated: usize,
}

impl YearCounts {
    /// Each year with its count.
    pub fn years(&self) -> impl Iterator<Item = (u16, usize)> + '_ {
        (self.first_year..).zip(self.counts.iter().copied())
    }
}

/// The period of one record, as defined in the module documentation.
pub(crate) fn period(record: &Partnership, today_year: u16) -> Option<(u16, u16)> {
    let start = record.started?.year();
    let end = record.ended.map_or(today_year, |d| d.year());
    Some((start, end.max(start)))
}
