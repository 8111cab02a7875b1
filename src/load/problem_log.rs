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
        let is_error = problem.severity == Severity::Error;
        if is_error {
            self.counts.errors += 1;
        } else {
            self.counts.warnings += 1;
        }
        self.record_drops_value |= problem.drops_value();
        let room_in_record = problem.record.is_none() || self.record_listed < MAX_LISTED_PER_RECORD;
        if room_in_record && self.listed.len() < MAX_LISTED_PROBLEMS {
            if problem.record.is_some() {
                self.record_listed += 1;
            }
            self.listed.push(problem);
        } else {
            let count = if problem.record.is_some() && self.listed.len() < MAX_LISTED_PROBLEMS {
                &mut self.record_unlisted
            } else {
                &mut self.unlisted
            };
            if is_error {
                count.0 += 1;
            } else {
                count.1 += 1;
            }
        }
    }

    /// Closes the record at `place`: counts it as left out or as shown with a
    /// value missing, and says how many of its problems were not listed.
    pub(super) fn end_record(&mut self, place: Option<&RecordRef>, rejected: bool) {
        if rejected {
            self.counts.rejected += 1;
        } else if self.record_drops_value {
            self.counts.incomplete += 1;
        }
        let (errors, warnings) = std::mem::take(&mut self.record_unlisted);
        if errors + warnings > 0 {
            let summary = place.cloned().map(|record| Problem {
                severity: if errors > 0 { Severity::Error } else { Severity::Warning },
                record: Some(record),
                path: String::new(),
                kind: ProblemKind::NotListed { errors, warnings },
            });
            match summary {
                // The summary takes the record's last place, so it is never cut.
                Some(summary) if self.listed.len() < MAX_LISTED_PROBLEMS => self.listed.push(summary),
                _ => {
                    self.unlisted.0 += errors;
                    self.unlisted.1 += warnings;
                }
            }
        }
        self.record_listed = 0;
        self.record_drops_value = false;
    }

    /// Problems of the file itself, listed before the records'.
    pub(super) fn prepend(&mut self, mut first: Vec<Problem>) {
        for problem in &first {
            match problem.severity {
                Severity::Error => self.counts.errors += 1,
                Severity::Warning => self.counts.warnings += 1,
            }
        }
        first.append(&mut self.listed);
        self.listed = first;
    }

    /// The listed problems, closed by a count of the others, and the counts.
    pub(super) fn finish(mut self) -> (Vec<Problem>, ProblemCounts) {
        let (errors, warnings) = self.unlisted;
        if errors + warnings > 0 {
            self.listed.push(Problem {
                severity: if errors > 0 { Severity::Error } else { Severity::Warning },
                record: None,
                path: String::new(),
                kind: ProblemKind::NotListed { errors, warnings },
            });
        }
        (self.listed, self.counts)
    }
}
