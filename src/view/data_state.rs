//! The state of a mounted widget's data, which decides what it shows.

use std::rc::Rc;

use super::Failure;
use crate::load::Dataset;

/// Loading, ready, or failed.
#[derive(Debug, Clone, PartialEq)]
pub enum DataState {
    /// The data is on its way.
    Loading,
    /// The data is read: show its valid records.
    Ready(Rc<Dataset>),
    /// Nothing could be read (the console has the details).
    Failed(Failure),
}
