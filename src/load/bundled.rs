//! The dataset compiled into the widget, so one static folder is the whole
//! deployment. A test (and `./dev test`) fails if it has any problem.

use crate::load::{load, Dataset, LoadError};

/// The bundled JSON text, exactly as in `data/partnerships.json`.
pub const JSON: &str = include_str!("../../data/partnerships.json");

/// Reads the bundled data.
///
/// # Errors
///
/// Never for a build that passed its tests; the signature stays honest
/// because the same loader reads editors' files.
pub fn dataset() -> Result<Dataset, LoadError> {
    load(JSON)
}
