//! Messages for web editors in the browser console: the widget shows a short
//! notice, the console holds every detail.

use super::fetch::FetchError;
use crate::embed::options::OptionProblem;
use crate::load::{LoadError, Problem, Severity};

/// Logs every problem of a data file, errors as errors and warnings as warnings.
pub fn report_problems(source: &str, problems: &[Problem]) {
    for problem in problems {
        let line = format!("nordic-partnerships: {source}: {problem}");
        match problem.severity {
            Severity::Error => gloo::console::error!(line),
            Severity::Warning => gloo::console::warn!(line),
        }
    }
}

/// Logs why a data file could not be read at all.
pub fn report_error(source: &str, error: &LoadError) {
    gloo::console::error!(format!("nordic-partnerships: {source}: {error}"));
}

/// Logs why a data file could not be fetched.
pub fn report_fetch_error(url: &str, error: &FetchError) {
    gloo::console::error!(format!("nordic-partnerships: {url}: {error}"));
}

/// Logs settings that were ignored.
pub fn report_options(problems: &[OptionProblem]) {
    for problem in problems {
        gloo::console::warn!(format!("nordic-partnerships: {problem}"));
    }
}
