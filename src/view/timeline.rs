//! What the timeline shows: a bar per year of the partnerships active then
//! (among those matching every filter but the years), which bars the year
//! range holds, where its two handles stand, and how a key moves a handle.
//! A handle at the end of the axis means "no limit" on that side, as "Any
//! year" does in the selects.

use crate::i18n::{Texts, UiLang};
use crate::query::YearRange;
use crate::search::YearCounts;

/// One of the two handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handle {
    /// The first year of the range.
    From,
    /// The last year of the range.
    To,
}

/// One year's bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    /// The year.
    pub year: u16,
    /// Partnerships active that year.
    pub count: usize,
    /// Whether the year range holds it.
    pub in_range: bool,
}

/// The timeline of one set of results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// One bar per year of the axis, first to last.
    pub bars: Vec<Bar>,
    /// The tallest bar's count (at least 1, to scale by).
    pub max: usize,
    /// Where the handles stand: the range's years, or the axis's ends.
    pub from: u16,
    /// See `from`.
    pub to: u16,
    /// The chart in words, for screen readers.
    pub summary: String,
    /// "12 partnerships without a start date are not in the chart", if any.
    pub undated: Option<String>,
}

/// The timeline over the axis `bounds` (the selects' years) for `range`.
pub fn timeline(years: &YearCounts, range: YearRange, bounds: (u16, u16), lang: UiLang) -> Timeline {
    let texts = lang.texts();
    let (first, last) = (bounds.0.min(bounds.1), bounds.0.max(bounds.1));
    let (from, to) = handles(range, (first, last));
    let count = |year: u16| {
        year.checked_sub(years.first_year).and_then(|i| years.counts.get(usize::from(i))).copied().unwrap_or(0)
    };
    let bars: Vec<Bar> =
        (first..=last).map(|year| Bar { year, count: count(year), in_range: from <= year && year <= to }).collect();
    let peak = bars.iter().fold(None::<Bar>, |best, bar| match best {
        Some(best) if best.count >= bar.count => Some(best),
        _ => Some(*bar),
    });
    let summary = texts
        .timeline_summary
        .replace("{first}", &first.to_string())
        .replace("{last}", &last.to_string())
        .replace("{peak}", &peak.map(|b| b.year).unwrap_or(first).to_string())
        .replace("{n}", &peak.map(|b| b.count).unwrap_or(0).to_string());
    let undated = (years.undated > 0).then(|| lang.timeline_undated(years.undated));
    Timeline { max: bars.iter().map(|b| b.count).max().unwrap_or(0).max(1), bars, from, to, summary, undated }
}

/// The drawing's geometry, in viewBox units: a bar's year `i` spans
/// `i * width / n .. (i + 1) * width / n`; the tallest reaches `top`, all stand on `base`.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// The drawing's width.
    pub width: usize,
    /// Where the tallest bar's top is.
    pub top: usize,
    /// Where the bars stand.
    pub base: usize,
}

impl Timeline {
    /// The x of the left edge of the bar at `i` (or the right edge of the last one for `i = n`).
    pub fn x(&self, frame: Frame, i: usize) -> usize {
        i * frame.width / self.bars.len().max(1)
    }

    /// The x where each handle stands: the left edge of `from`'s bar, the right edge of `to`'s.
    pub fn handle_xs(&self, frame: Frame) -> (usize, usize) {
        let first = self.bars.first().map_or(self.from, |b| b.year);
        let index = |year: u16| usize::from(year.saturating_sub(first));
        (self.x(frame, index(self.from)), self.x(frame, index(self.to) + 1))
    }

    /// The bars as two SVG paths (inside the range, outside it), one
    /// rectangle per year with partnerships: two elements, however many years.
    pub fn bar_paths(&self, frame: Frame) -> (String, String) {
        let (mut inside, mut outside) = (String::new(), String::new());
        for (i, bar) in self.bars.iter().enumerate().filter(|(_, b)| b.count > 0) {
            let (x, right) = (self.x(frame, i), self.x(frame, i + 1));
            let gap = ((right - x) / 6).min(4);
            let height = (bar.count * (frame.base - frame.top)).div_ceil(self.max);
            let path = if bar.in_range { &mut inside } else { &mut outside };
            let width = (right - x - gap).max(1);
            path.push_str(&format!("M{} {}h{width}v{height}h-{width}z", x + gap / 2, frame.base - height));
        }
        (inside, outside)
    }

    /// The year of the bar at `fraction` (0.0 to 1.0) of the width.
    pub fn year_at(&self, fraction: f64) -> u16 {
        let n = self.bars.len();
        let i = (fraction * n as f64).floor() as usize;
        self.bars.get(i.min(n.saturating_sub(1))).map_or(self.from, |b| b.year)
    }

    /// The first and last year of the axis.
    pub fn bounds(&self) -> (u16, u16) {
        (self.bars.first().map_or(self.from, |b| b.year), self.bars.last().map_or(self.to, |b| b.year))
    }

    /// The handle nearer to `year` (the From handle when `year` is not past `to`).
    pub fn nearer_handle(&self, year: u16) -> Handle {
        if year.abs_diff(self.from) <= year.abs_diff(self.to) && year <= self.to {
            Handle::From
        } else {
            Handle::To
        }
    }
}

/// Where the handles stand for `range` on the axis `(first, last)`.
fn handles(range: YearRange, (first, last): (u16, u16)) -> (u16, u16) {
    let from = range.from().unwrap_or(first).clamp(first, last);
    let to = range.to().unwrap_or(last).clamp(from, last);
    (from, to)
}

/// The range after moving `handle` to `year`, kept within the axis and not
/// past the other handle; a handle at the axis's end leaves that side open.
pub fn move_handle(range: YearRange, handle: Handle, year: u16, bounds: (u16, u16)) -> YearRange {
    let (first, last) = bounds;
    let (from, to) = handles(range, bounds);
    let (from, to) = match handle {
        Handle::From => (year.clamp(first, to), to),
        Handle::To => (from, year.clamp(from, last)),
    };
    YearRange::new((from > first).then_some(from), (to < last).then_some(to))
}

/// The range after `key` on `handle` (arrows by a year, Page Up/Down by
/// five, Home/End to the handle's limits), or `None` for other keys.
pub fn key_step(range: YearRange, handle: Handle, key: &str, bounds: (u16, u16)) -> Option<YearRange> {
    let (from, to) = handles(range, bounds);
    let at = if handle == Handle::From { from } else { to };
    let year = match key {
        "ArrowLeft" | "ArrowDown" => at.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => at.saturating_add(1),
        "PageDown" => at.saturating_sub(5),
        "PageUp" => at.saturating_add(5),
        "Home" => 0,
        "End" => u16::MAX,
        _ => return None,
    };
    Some(move_handle(range, handle, year, bounds))
}

/// The handle's value in words: the year, or "Any year" at the axis's end.
pub fn handle_text(range: YearRange, handle: Handle, texts: &Texts) -> String {
    let year = if handle == Handle::From { range.from() } else { range.to() };
    year.map_or_else(|| texts.any_year.to_owned(), |y| y.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::UiLang;

    const BOUNDS: (u16, u16) = (2010, 2026);

    fn range(from: Option<u16>, to: Option<u16>) -> YearRange {
        YearRange::new(from, to)
    }

    #[test]
    fn handles_stop_at_the_axis_and_at_each_other_and_open_at_the_ends() {
        let open = YearRange::default();
        assert_eq!(key_step(open, Handle::From, "ArrowRight", BOUNDS), Some(range(Some(2011), None)));
        assert_eq!(key_step(open, Handle::From, "ArrowLeft", BOUNDS), Some(open), "already at the start");
        assert_eq!(key_step(open, Handle::To, "PageDown", BOUNDS), Some(range(None, Some(2021))));
        assert_eq!(
            key_step(range(Some(2015), Some(2018)), Handle::From, "End", BOUNDS),
            Some(range(Some(2018), Some(2018)))
        );
        assert_eq!(
            key_step(range(Some(2015), Some(2018)), Handle::To, "Home", BOUNDS),
            Some(range(Some(2015), Some(2015)))
        );
        assert_eq!(key_step(range(Some(2015), None), Handle::From, "Home", BOUNDS), Some(open));
        assert_eq!(
            key_step(range(Some(2011), None), Handle::From, "ArrowLeft", BOUNDS),
            Some(open),
            "the start is no limit"
        );
        assert_eq!(key_step(open, Handle::To, "Tab", BOUNDS), None);
        assert_eq!(move_handle(range(Some(2020), None), Handle::To, 2012, BOUNDS), range(Some(2020), Some(2020)));
    }

    #[test]
    fn bars_cover_the_axis_and_mark_the_range() {
        let years = YearCounts { first_year: 2012, counts: vec![1, 3, 2], undated: 4 };
        let texts = UiLang::En.texts();
        let t = timeline(&years, range(Some(2013), None), (2011, 2015), UiLang::En);
        let bars: Vec<(u16, usize, bool)> = t.bars.iter().map(|b| (b.year, b.count, b.in_range)).collect();
        assert_eq!(bars, [(2011, 0, false), (2012, 1, false), (2013, 3, true), (2014, 2, true), (2015, 0, true)]);
        assert_eq!((t.from, t.to, t.max), (2013, 2015, 3));
        assert_eq!(t.summary, "Partnerships active per year, 2011–2015; most in 2013: 3.");
        assert_eq!(t.undated.as_deref(), Some("4 partnerships without a start date are not in the chart."));
        assert_eq!(handle_text(range(Some(2013), None), Handle::To, texts), "Any year");
        let frame = Frame { width: 500, top: 10, base: 110 };
        let (inside, outside) = t.bar_paths(frame);
        assert_eq!(outside, "M102 76h96v34h-96z");
        assert_eq!(inside, "M202 10h96v100h-96zM302 43h96v67h-96z");
        assert_eq!(t.handle_xs(frame), (200, 500));
        assert_eq!((t.year_at(0.0), t.year_at(0.39), t.year_at(1.0)), (2011, 2012, 2015));
        assert_eq!((t.nearer_handle(2011), t.nearer_handle(2015)), (Handle::From, Handle::To));
    }
}
