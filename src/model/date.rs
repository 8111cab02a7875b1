//! Dates as precise as the sources: a year, a month or a day.

use std::fmt;

/// The years a partnership date may fall in. Anything outside is taken for a
/// typo (`1019`, `9999`) and left out with a warning, so one slip cannot
/// stretch the year range to thousands of choices.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// A date given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; only real dates parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// Parses the three accepted forms; anything else (other separators,
    /// missing zero padding, 2023-02-29) gives `None`.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() || year < 1000 {
            return None;
        }
        let year = u16::try_from(year).ok()?;
        let month = month.map(u8::try_from).transpose().ok()?;
        let day = day.map(u8::try_from).transpose().ok()?;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d < 1 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), when given.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when given.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// The first day this date can mean, as (year, month, day).
    pub fn earliest(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean, as (year, month, day).
    pub fn latest(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (self.year, month, self.day.unwrap_or_else(|| days_in_month(self.year, month)))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms_and_prints_them_back() {
        for ok in ["2019", "2019-01", "2020-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(PartialDate::parse(ok).map(|d| d.to_string()), Some(ok.to_owned()));
        }
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "",
            "19",
            "2019-1",
            "2019-13",
            "2019-00",
            "2019-02-30",
            "2023-02-29",
            "1900-02-29",
            "2019-04-31",
            "2019/01",
            "2019-01-01-01",
            "0999",
            "+201",
            "2019-01-1",
            "２０１９",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn earliest_and_latest_cover_the_period() {
        let year = PartialDate::parse("2024").unwrap();
        assert_eq!((year.earliest(), year.latest()), ((2024, 1, 1), (2024, 12, 31)));
        let feb = PartialDate::parse("2024-02").unwrap();
        assert_eq!(feb.latest(), (2024, 2, 29));
    }
}
