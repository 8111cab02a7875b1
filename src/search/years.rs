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

/// The period of one record, as defined in the module documentation.
pub(crate) fn period(record: &Partnership, today_year: u16) -> Option<(u16, u16)> {
    let start = record.started?.year();
    let end = record.ended.map_or(today_year, |d| d.year());
    Some((start, end.max(start)))
}
