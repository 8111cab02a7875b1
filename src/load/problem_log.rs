//! The problems of one file, kept within a fixed amount of memory whatever
//! the file holds: the first few of each record and the first
//! [`MAX_LISTED_PROBLEMS`] of the file in full, every one counted. A file of
//! a million small broken records must give a message, not exhaust the
//! page's memory (which would abort the module and blank every widget on it).

use super::{Problem, ProblemKind, RecordRef, Severity};

/// The most problems of one file listed in full; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 1_000;

/// The most problems of one record listed in full; the rest are counted.
pub const MAX_LISTED_PER_RECORD: usize = 20;

/// How many problems a file has and what they did, counting those not listed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProblemCounts {
    /// Problems that left a record out (or made it unreadable).
    pub errors: usize,
    /// Problems that did not stop a record from being shown.
    pub warnings: usize,
    /// Records left out.
    pub rejected: usize,
    /// Records shown with a value left out.
    pub incomplete: usize,
}

/// Collects problems as a file is read, record by record.
#[derive(Debug, Default)]
pub(super) struct ProblemLog {
    listed: Vec<Problem>,
    counts: ProblemCounts,
    /// Problems not listed, for the closing summary: (errors, warnings).
    unlisted: (usize, usize),
    /// The record being read: how many of its problems were listed, how many were not.
    record_listed: usize,
    record_unlisted: (usize, usize),
    record_drops_value: bool,
}

impl ProblemLog {
    /// Records one problem (listed if there is room).
    pub(super) fn push(&mut self, problem: Problem) {
        let severity = problem.severity;
        count(&mut self.counts.errors, &mut self.counts.warnings, severity);
        self.record_drops_value |= problem.drops_value();
        let room_in_record = problem.record.is_none() || self.record_listed < MAX_LISTED_PER_RECORD;
        if room_in_record && self.listed.len() < MAX_LISTED_PROBLEMS {
            if problem.record.is_some() {
                self.record_listed += 1;
            }
            self.listed.push(problem);
        } else {
            let (errors, warnings) = if problem.record.is_some() && self.listed.len() < MAX_LISTED_PROBLEMS {
                &mut self.record_unlisted
            } else {
                &mut self.unlisted
            };
            count(errors, warnings, severity);
        }
    }

    /// Closes the record at `place`: counts it as left out or as shown with a
    /// value missing, and says how many of its problems were not listed.
    pub(super) fn end_record(&mut self, place: &RecordRef, rejected: bool) {
        if rejected {
            self.counts.rejected += 1;
        } else if self.record_drops_value {
            self.counts.incomplete += 1;
        }
        let unlisted = std::mem::take(&mut self.record_unlisted);
        if unlisted.0 + unlisted.1 > 0 {
            if self.listed.len() < MAX_LISTED_PROBLEMS {
                // The summary takes the record's last place, so it is never cut.
                self.listed.push(not_listed(Some(place.clone()), unlisted));
            } else {
                self.unlisted.0 += unlisted.0;
                self.unlisted.1 += unlisted.1;
            }
        }
        self.record_listed = 0;
        self.record_drops_value = false;
    }

    /// Problems of the file itself, listed before the records'.
    pub(super) fn prepend(&mut self, mut first: Vec<Problem>) {
        for problem in &first {
            count(&mut self.counts.errors, &mut self.counts.warnings, problem.severity);
        }
        first.append(&mut self.listed);
        self.listed = first;
    }

    /// The listed problems, closed by a count of the others, and the counts.
    pub(super) fn finish(mut self) -> (Vec<Problem>, ProblemCounts) {
        if self.unlisted.0 + self.unlisted.1 > 0 {
            self.listed.push(not_listed(None, self.unlisted));
        }
        (self.listed, self.counts)
    }
}

/// Counts one problem of `severity` among `errors` or `warnings`.
fn count(errors: &mut usize, warnings: &mut usize, severity: Severity) {
    match severity {
        Severity::Error => *errors += 1,
        Severity::Warning => *warnings += 1,
    }
}

/// How many `(errors, warnings)` of `record` (or of the file) are not listed.
fn not_listed(record: Option<RecordRef>, (errors, warnings): (usize, usize)) -> Problem {
    Problem {
        severity: if errors > 0 { Severity::Error } else { Severity::Warning },
        record,
        path: String::new(),
        kind: ProblemKind::NotListed { errors, warnings },
    }
}
