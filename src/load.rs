//! JSON text → [`Dataset`]: every valid record, and every problem found.
//!
//! The whole file is checked and split into records first (so syntax errors
//! keep their line and column, worded and placed as serde_json words and
//! places them: see `load/syntax.rs`), then each record is parsed and read on
//! its own — all at once ([`load`]) or a few at a time ([`Loader`]): a bad
//! record is left out with all its problems listed, and never hides the
//! records after it.
//! Like rust-analyzer's core, this returns data plus problems, not `Result`,
//! for everything below the top level. Nothing here panics on any input.

#[cfg(feature = "bundled-data")]
pub mod bundled;
pub mod check;
pub mod freshness;
mod json;
mod problem;
mod problem_log;
mod record;
mod sheet_import;
mod split;
mod syntax;

use std::collections::{BTreeSet, HashMap};

pub use problem::{LoadError, Problem, ProblemKind, RecordRef, Severity};
pub use problem_log::{ProblemCounts, MAX_LISTED_PER_RECORD, MAX_LISTED_PROBLEMS};
pub use sheet_import::{is_sheet_name, load_sheet, load_sheet_in, SheetData, SheetError, SheetProblem};

use json::Json;
use problem_log::ProblemLog;
use split::{Piece, Splitter};

use crate::model::{Partnership, SCHEMA_VERSION};

/// The largest file the widget reads (64 MiB: 100 000 full records fit), so a wrong link to a huge
/// file gives a message instead of a frozen tab.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The most partnerships the widget reads from one file; later ones are
/// reported and left out, so a runaway export cannot exhaust the page.
pub const MAX_RECORDS: usize = 100_000;

/// The records that passed validation and the problems of those that did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    /// Valid records, in file order.
    pub records: Vec<Partnership>,
    /// Errors (records left out) and warnings (ignored fields), in file
    /// order: at most [`MAX_LISTED_PER_RECORD`] of a record and
    /// [`MAX_LISTED_PROBLEMS`] in all, each cut closed by a count of the rest
    /// ([`ProblemKind::NotListed`]).
    pub problems: Vec<Problem>,
    /// Every problem counted, listed or not.
    pub counts: ProblemCounts,
}

impl Dataset {
    /// Problems that left a record out.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    /// Problems that did not stop a record from being shown.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }

    /// How many records are shown with a value left out.
    pub fn n_incomplete(&self) -> usize {
        self.counts.incomplete
    }

    /// How many records were left out because of errors.
    pub fn n_rejected(&self) -> usize {
        self.counts.rejected
    }
}

/// Reads a data file in schema version 1.
///
/// # Errors
///
/// Only when nothing can be read at all: the text is too large or not JSON,
/// or it lacks the `partnerships` list, or it declares another schema version.
/// Problems inside records are reported in [`Dataset::problems`] instead.
pub fn load(text: &str) -> Result<Dataset, LoadError> {
    let mut loader = Loader::new(text)?;
    while !loader.read(usize::MAX)? {}
    Ok(loader.finish())
}

/// Reads a file a few records at a time, so that a caller on a page's only
/// thread can let the browser paint between steps; [`load`] takes every step
/// at once. The result, and every error, is the same.
///
/// ```
/// use nordic_partnerships::load::{load, Loader};
/// let text = r#"{"schema_version": 1, "partnerships": []}"#;
/// let mut loader = Loader::new(text)?;
/// while !loader.read(32)? {
///     // a browser would let the page paint here
/// }
/// assert_eq!(loader.finish(), load(text)?);
/// # Ok::<(), nordic_partnerships::load::LoadError>(())
/// ```
#[derive(Debug)]
pub struct Loader<'t> {
    split: Splitter<'t>,
    /// `schema_version`: its value and the value as written.
    version: Option<(Json<'t>, &'t str)>,
    list: ListField,
    /// Top-level fields that are not part of the schema, in name order.
    unknown: BTreeSet<String>,
    /// Items of the list seen so far, read or not.
    n_listed: usize,
    records: Vec<Partnership>,
    /// Problems of records, in file order.
    problems: ProblemLog,
    /// Problems of the file itself (listed first).
    file_problems: Vec<Problem>,
    /// The line of the `partnerships` field whose value `list` holds.
    first_list_line: Option<usize>,
    /// The line of the first `schema_version` field.
    first_version_line: Option<usize>,
    first_use: HashMap<String, usize>,
    /// The first `partnerships` list has ended: items of a later one are skipped.
    list_done: bool,
    done: bool,
}

/// What the `partnerships` field holds, as far as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListField {
    Missing,
    List,
    /// Something else, worded for messages.
    Other(&'static str),
}

impl<'t> Loader<'t> {
    /// Checks the size and the first character; the rest is read by [`Loader::read`].
    ///
    /// # Errors
    ///
    /// When the file is too large, or is not a JSON object (a syntax error or
    /// another JSON type, judged on the whole text).
    pub fn new(text: &'t str) -> Result<Loader<'t>, LoadError> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(LoadError::TooLarge { bytes: text.len(), limit: MAX_INPUT_BYTES });
        }
        let mut split = Splitter::new(text);
        if !split.is_object() {
            // A wrong file, judged as a whole (parsed as the loader's reference parses).
            return Err(match syntax::document(text) {
                Err(e) => split.syntax_error(e),
                Ok(value) => LoadError::NotAnObject { found: value.type_name() },
            });
        }
        Ok(Loader {
            split,
            version: None,
            list: ListField::Missing,
            unknown: BTreeSet::new(),
            n_listed: 0,
            records: Vec::new(),
            problems: ProblemLog::default(),
            file_problems: Vec::new(),
            first_list_line: None,
            first_version_line: None,
            first_use: HashMap::new(),
            list_done: false,
            done: false,
        })
    }

    /// Reads up to `n` more records (and whatever lies between them);
    /// `Ok(true)` once the whole file is read.
    ///
    /// # Errors
    ///
    /// As [`load`]: a syntax error anywhere, a missing list or another schema
    /// version make the whole file unreadable.
    pub fn read(&mut self, n: usize) -> Result<bool, LoadError> {
        let mut taken = 0;
        while !self.done && taken < n {
            match self.split.next_piece()? {
                Some(Piece::Record(value, line)) => {
                    taken += 1;
                    self.record(&value, line);
                }
                Some(Piece::Unreadable { line, column, message }) => {
                    taken += 1;
                    if self.list_done {
                        continue;
                    }
                    if let Some(index) = self.next_index() {
                        // The message places it.
                        let place = RecordRef { index, id: None, line: None };
                        self.problems.push(Problem {
                            severity: Severity::Error,
                            record: Some(place.clone()),
                            path: String::new(),
                            kind: ProblemKind::Unreadable { line, column, message },
                        });
                        self.problems.end_record(&place, true);
                    }
                }
                // The first list is read; a later one is checked as JSON and its records skipped, with a word.
                Some(Piece::ListStart(line)) => self.partnerships_field(line, ListField::List),
                Some(Piece::ListEnd) => self.list_done = true,
                Some(Piece::Field(key, value, raw, line)) => match key.as_str() {
                    // Checked at the end: a syntax error anywhere comes first, as in a whole-file parse.
                    "schema_version" => {
                        match self.first_version_line {
                            Some(first_line) => self.repeated_field("schema_version", first_line, line, false),
                            None => self.first_version_line = Some(line),
                        }
                        self.version = Some((value, raw));
                    }
                    "partnerships" => {
                        let found = match value {
                            Json::Null => ListField::Missing,
                            other => ListField::Other(other.type_name()),
                        };
                        self.partnerships_field(line, found);
                    }
                    _ => {
                        self.unknown.insert(key);
                    }
                },
                None => {
                    self.done = true;
                    check_version(self.version.as_ref(), &mut Vec::new())?;
                    match self.list {
                        ListField::List => {}
                        ListField::Missing => return Err(LoadError::NoPartnershipList { found: None }),
                        ListField::Other(found) => return Err(LoadError::NoPartnershipList { found: Some(found) }),
                    }
                }
            }
        }
        Ok(self.done)
    }

    /// The records read and every problem found: the file's own first, then
    /// the records', in file order.
    pub fn finish(mut self) -> Dataset {
        let mut problems = std::mem::take(&mut self.file_problems);
        // Checked when read; here only its warning is wanted.
        let _ = check_version(self.version.as_ref(), &mut problems);
        for key in self.unknown {
            problems.push(Problem {
                severity: Severity::Warning,
                record: None,
                path: key,
                kind: ProblemKind::UnknownField,
            });
        }
        if self.n_listed > MAX_RECORDS {
            problems.push(Problem {
                severity: Severity::Warning,
                record: None,
                path: "partnerships".to_owned(),
                kind: ProblemKind::TooManyRecords { found: self.n_listed, limit: MAX_RECORDS },
            });
        }
        self.problems.prepend(problems);
        let (problems, counts) = self.problems.finish();
        Dataset { records: self.records, problems, counts }
    }

    /// A `partnerships` field at `line` holding `found`: the first list
    /// given is the one read; before one, the last value counts (as in a
    /// whole-file parse); a repeat is named either way.
    fn partnerships_field(&mut self, line: usize, found: ListField) {
        let first_is_list = self.list == ListField::List;
        if let Some(first_line) = self.first_list_line {
            self.repeated_field("partnerships", first_line, line, first_is_list);
        }
        if !first_is_list {
            self.first_list_line = Some(line);
            self.list = found;
        }
    }

    /// A warning for a top-level field given a second time.
    fn repeated_field(&mut self, key: &str, first_line: usize, line: usize, first_is_list: bool) {
        self.file_problems.push(Problem {
            severity: Severity::Warning,
            record: None,
            path: key.to_owned(),
            kind: ProblemKind::RepeatedField { first_line, line, first_is_list },
        });
    }

    /// Counts the next item of the list; its position, unless it is past
    /// [`MAX_RECORDS`] (then it is only counted, for the warning).
    fn next_index(&mut self) -> Option<usize> {
        self.n_listed += 1;
        Some(self.n_listed - 1).filter(|&index| index < MAX_RECORDS)
    }

    /// Reads the next item of the list.
    fn record(&mut self, value: &Json<'_>, line: usize) {
        if self.list_done {
            return;
        }
        let Some(index) = self.next_index() else {
            return;
        };
        let id = value.get("id").and_then(Json::as_str).map(problem::clip);
        let place = RecordRef { index, id, line: Some(line) };
        let Some(record) = record::read(&place, value, &mut self.problems) else {
            self.problems.end_record(&place, true);
            return;
        };
        match self.first_use.get(record.id.as_str()) {
            Some(&first_index) => {
                self.problems.push(Problem {
                    severity: Severity::Error,
                    record: Some(place.clone()),
                    path: "id".to_owned(),
                    kind: ProblemKind::DuplicateId { first_index },
                });
                self.problems.end_record(&place, true);
            }
            None => {
                self.problems.end_record(&place, false);
                self.first_use.insert(record.id.to_string(), index);
                self.records.push(record);
            }
        }
    }
}

fn check_version(version: Option<&(Json<'_>, &str)>, problems: &mut Vec<Problem>) -> Result<(), LoadError> {
    match version {
        None => {
            problems.push(Problem {
                severity: Severity::Warning,
                record: None,
                path: "schema_version".to_owned(),
                kind: ProblemKind::MissingVersion,
            });
            Ok(())
        }
        Some((Json::Number(n), _)) if *n == Some(SCHEMA_VERSION) => Ok(()),
        Some((_, raw)) => Err(LoadError::UnsupportedVersion { found: (*raw).to_owned() }),
    }
}
