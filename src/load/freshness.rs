//! How current a dataset's claims are: records marked `active` whose newest
//! dated source is older than three years, and records not checked against
//! their sources for a while. `validate` reports both; the loader itself
//! does not, because the widget never reads a clock for data rules.

use crate::i18n::{fill, UiLang};
use crate::model::{PartialDate, Partnership, Status};
use crate::text::json_string::quoted;

/// How old (in years) the newest source of an `active` record may be.
pub const ACTIVE_SOURCE_YEARS: u16 = 3;

/// A calendar day, as (year, month, day).
pub type Day = (u16, u8, u8);

/// The same day `years` years earlier (29 February becomes the 28th).
pub fn years_before((y, m, d): Day, years: u16) -> Day {
    let y = y.saturating_sub(years);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    (y, m, if m == 2 && d == 29 && !leap { 28 } else { d })
}

/// The newest `published` date among a record's sources, as its last day.
pub fn newest_source(record: &Partnership) -> Option<PartialDate> {
    record.sources.iter().filter_map(|s| s.published).max_by_key(|d| d.latest())
}

/// Records marked active with no source published in the last
/// [`ACTIVE_SOURCE_YEARS`] years before `today` (undated sources count as old).
pub fn stale_active(records: &[Partnership], today: Day) -> Vec<(usize, Option<PartialDate>)> {
    let since = years_before(today, ACTIVE_SOURCE_YEARS);
    records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == Status::Active)
        .map(|(i, r)| (i, newest_source(r)))
        .filter(|(_, newest)| newest.is_none_or(|d| d.latest() < since))
        .collect()
}

/// Records marked active whose `ended` lies wholly before `today`.
pub fn ended_but_active(records: &[Partnership], today: Day) -> Vec<(usize, PartialDate)> {
    records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == Status::Active)
        .filter_map(|(i, r)| Some((i, r.ended?)))
        .filter(|(_, ended)| ended.latest() < today)
        .collect()
}

/// [`stale_active`] and [`ended_but_active`] in `lang`'s words, as `validate`
/// and the validator page say them: (where: `record "x"`, why), in record order.
pub fn stale_active_warnings(records: &[Partnership], today: Day, lang: UiLang) -> Vec<(String, String)> {
    let t = lang.editor();
    let place = |i: usize| record_place(records, i, lang);
    let stale = stale_active(records, today).into_iter().map(|(i, newest)| {
        let newest =
            newest.map_or_else(|| t.no_dated_source.to_owned(), |d| fill(t.newest_source, &[("date", &d.to_string())]));
        (i, fill(t.stale_active, &[("newest", &newest), ("years", &ACTIVE_SOURCE_YEARS.to_string())]))
    });
    let ended = ended_but_active(records, today)
        .into_iter()
        .map(|(i, ended)| (i, fill(t.active_but_ended, &[("ended", &ended.to_string())])));
    let mut warnings: Vec<(usize, String)> = stale.chain(ended).collect();
    warnings.sort_by_key(|(i, _)| *i);
    warnings.into_iter().map(|(i, why)| (place(i), why)).collect()
}

/// `record "x"`, in `lang`'s words: a record by its id, which is unique among
/// the records that loaded (its position if there is none at `i`).
pub fn record_place(records: &[Partnership], i: usize, lang: UiLang) -> String {
    let which = records.get(i).map_or_else(|| i.to_string(), |r| quoted(r.id.as_str()));
    fill(lang.editor().place_record, &[("n", &which)])
}

/// Records whose `checked` date is more than `years` years before `today`,
/// or missing: the ones due for a new look at their sources.
pub fn due_for_check(records: &[Partnership], today: Day, years: u16) -> Vec<(usize, Option<PartialDate>)> {
    let since = years_before(today, years);
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (i, r.checked))
        .filter(|(_, checked)| checked.is_none_or(|d| d.latest() < since))
        .collect()
}

/// The calendar day `days` days after 1970-01-01 (for today's date from the
/// system clock; the proleptic Gregorian calendar, as in Howard Hinnant's
/// `civil_from_days`).
pub fn day_from_unix_days(days: i64) -> Day {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (u16::try_from(y).unwrap_or(0), u8::try_from(m).unwrap_or(1), u8::try_from(d).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    #[test]
    fn unix_days_to_calendar_days() {
        assert_eq!(day_from_unix_days(0), (1970, 1, 1));
        assert_eq!(day_from_unix_days(20_423), (2025, 12, 1));
        assert_eq!(day_from_unix_days(11_016), (2000, 2, 29));
        assert_eq!(years_before((2028, 2, 29), 3), (2025, 2, 28));
    }

    #[test]
    fn stale_and_due_records() {
        let data = load(
            r#"{"schema_version":1,"partnerships":[
              {"id":"old","title":{"en":"A"},"kind":"project","status":"active","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"checked":"2020-05-01",
               "sources":[{"title":"t","language":"en","published":"2022-06"}]},
              {"id":"fresh","title":{"en":"B"},"kind":"project","status":"active","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"checked":"2026-11-30",
               "sources":[{"title":"t","language":"en","published":"2024"},{"title":"u","language":"en"}]},
              {"id":"undated","title":{"en":"C"},"kind":"project","status":"active","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"sources":[{"title":"t","language":"en"}]},
              {"id":"ended","title":{"en":"D"},"kind":"project","status":"completed","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"checked":"2026-01-01"}
            ]}"#,
        )
        .unwrap();
        let today = (2026, 12, 1);
        let stale: Vec<usize> = stale_active(&data.records, today).into_iter().map(|(i, _)| i).collect();
        assert_eq!(stale, [0, 2]);
        // A source from 2024 keeps an active record fresh until the end of 2027.
        assert!(stale_active(&data.records, (2026, 12, 31)).iter().all(|(i, _)| *i != 1));
        let due: Vec<usize> = due_for_check(&data.records, today, 1).into_iter().map(|(i, _)| i).collect();
        assert_eq!(due, [0, 2]);
        assert_eq!(due_for_check(&data.records, today, 10).len(), 1);
    }

    #[test]
    fn an_active_record_that_has_ended_is_named() {
        let data = load(
            r#"{"schema_version":1,"partnerships":[
              {"id":"over","title":{"en":"A"},"kind":"project","status":"active","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"ended":"2025-06",
               "sources":[{"title":"t","language":"en","published":"2025-01"}]},
              {"id":"this-month","title":{"en":"B"},"kind":"project","status":"active","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"ended":"2026-12",
               "sources":[{"title":"t","language":"en","published":"2025-01"}]},
              {"id":"done","title":{"en":"C"},"kind":"project","status":"completed","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}],"ended":"2020"}
            ]}"#,
        )
        .unwrap();
        let today = (2026, 12, 7);
        let ended: Vec<usize> = ended_but_active(&data.records, today).into_iter().map(|(i, _)| i).collect();
        assert_eq!(ended, [0], "an end this month is not past yet; a completed record is fine");
        assert_eq!(
            stale_active_warnings(&data.records, today, UiLang::En),
            [(
                "record \"over\"".to_owned(),
                "status \"active\" but \"ended\" is 2025-06, in the past; set \"completed\" or correct the end"
                    .to_owned()
            )]
        );
    }
}
