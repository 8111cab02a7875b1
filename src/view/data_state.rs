//! The state of a mounted widget's data, which decides what it shows.

use std::rc::Rc;

use super::Failure;
use crate::load::Dataset;
use crate::search::Index;

/// Loading, ready, or failed.
#[derive(Debug, Clone, PartialEq)]
pub enum DataState {
    /// The data is on its way.
    Loading,
    /// The data is read: show its valid records. The index, when given, was
    /// built from exactly these records (the embedded widget builds it in
    /// slices while loading); without one the widget builds it at once.
    Ready(Rc<Dataset>, Option<SharedIndex>),
    /// Nothing could be read (the console has the details).
    Failed(Failure),
}

/// An index handed from the loader to the widget; two are equal when they
/// are the same index (comparing indexes by content would cost a rebuild's time).
#[derive(Debug, Clone)]
pub struct SharedIndex(pub Rc<Index>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
