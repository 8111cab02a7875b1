//! JSON text → [`Dataset`]: every valid record, and every problem found.
//!
//! The file is parsed once into a JSON tree (so syntax errors keep serde_json's
//! line and column), then each record is read on its own: a bad record is left
//! out with all its problems listed, and never hides the records after it.
//! Like rust-analyzer's core, this returns data plus problems, not `Result`,
//! for everything below the top level. Nothing here panics on any input.

#[cfg(feature = "bundled-data")]
pub mod bundled;
pub mod freshness;
mod problem;
mod record;

use std::collections::HashMap;

use serde_json::{Map, Value};

pub use problem::{LoadError, Problem, ProblemKind, RecordRef, Severity};

use crate::model::{Partnership, SCHEMA_VERSION};

/// The largest file the widget reads (20 MiB), so a wrong link to a huge
/// file gives a message instead of a frozen tab.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// The most partnerships the widget reads from one file; later ones are
/// reported and left out, so a runaway export cannot exhaust the page.
pub const MAX_RECORDS: usize = 50_000;

/// Fields of the file's top level.
const TOP_LEVEL_FIELDS: [&str; 2] = ["schema_version", "partnerships"];

/// The records that passed validation and the problems of those that did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    /// Valid records, in file order.
    pub records: Vec<Partnership>,
    /// Errors (records left out) and warnings (ignored fields), in file order.
    pub problems: Vec<Problem>,
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
        let rejected = self.rejected_indexes();
        let mut indexes: Vec<usize> = self
            .problems
            .iter()
            .filter(|p| p.drops_value())
            .filter_map(|p| p.record.as_ref().map(|r| r.index))
            .filter(|i| rejected.binary_search(i).is_err())
            .collect();
        indexes.dedup();
        indexes.len()
    }

    /// How many records were left out because of errors.
    pub fn n_rejected(&self) -> usize {
        self.rejected_indexes().len()
    }

    /// The file positions of the records left out, ascending (problems come in file order).
    fn rejected_indexes(&self) -> Vec<usize> {
        let mut indexes: Vec<usize> = self.errors().filter_map(|p| p.record.as_ref().map(|r| r.index)).collect();
        indexes.dedup();
        indexes
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
    if text.len() > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len(), limit: MAX_INPUT_BYTES });
    }
    let root: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: without_position(&e.to_string()),
    })?;
    let Value::Object(root) = root else {
        return Err(LoadError::NotAnObject { found: json_type(&root) });
    };
    let mut problems = Vec::new();
    check_version(&root, &mut problems)?;
    let list = match root.get("partnerships") {
        Some(Value::Array(list)) => list,
        None | Some(Value::Null) => return Err(LoadError::NoPartnershipList { found: None }),
        Some(other) => return Err(LoadError::NoPartnershipList { found: Some(json_type(other)) }),
    };
    for key in root.keys().filter(|k| !TOP_LEVEL_FIELDS.contains(&k.as_str())) {
        problems.push(Problem {
            severity: Severity::Warning,
            record: None,
            path: key.clone(),
            kind: ProblemKind::UnknownField,
        });
    }

    if list.len() > MAX_RECORDS {
        problems.push(Problem {
            severity: Severity::Warning,
            record: None,
            path: "partnerships".to_owned(),
            kind: ProblemKind::TooManyRecords { found: list.len(), limit: MAX_RECORDS },
        });
    }
    let list = list.get(..MAX_RECORDS).unwrap_or(list);
    let mut records = Vec::with_capacity(list.len());
    let mut first_use: HashMap<String, usize> = HashMap::with_capacity(list.len());
    for (index, value) in list.iter().enumerate() {
        let Some(record) = record::read(index, value, &mut problems) else {
            continue;
        };
        match first_use.get(record.id.as_str()) {
            Some(&first_index) => problems.push(Problem {
                severity: Severity::Error,
                record: Some(RecordRef { index, id: Some(record.id.to_string()) }),
                path: "id".to_owned(),
                kind: ProblemKind::DuplicateId { first_index },
            }),
            None => {
                first_use.insert(record.id.to_string(), index);
                records.push(record);
            }
        }
    }
    Ok(Dataset { records, problems })
}

fn check_version(root: &Map<String, Value>, problems: &mut Vec<Problem>) -> Result<(), LoadError> {
    match root.get("schema_version") {
        None => {
            problems.push(Problem {
                severity: Severity::Warning,
                record: None,
                path: "schema_version".to_owned(),
                kind: ProblemKind::MissingVersion,
            });
            Ok(())
        }
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => Ok(()),
        Some(other) => Err(LoadError::UnsupportedVersion { found: other.to_string() }),
    }
}

/// serde_json appends " at line L column C"; the position is kept separately.
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

/// The JSON type of a value, worded for messages.
pub(crate) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
