//! Messages for web editors in the browser console: the widget shows a short
//! notice, the console holds every detail.

use super::fetch::FetchError;
use crate::embed::options::OptionProblem;
use crate::load::{LoadError, Problem, Severity};

/// The most problems of one file a widget writes to the console; a file
/// with thousands of bad records must not flood it (`validate` lists all).
pub const MAX_CONSOLE_PROBLEMS: usize = 50;

/// Logs the first [`MAX_CONSOLE_PROBLEMS`] problems of a data file, errors as
/// errors and warnings as warnings, then how many more there are.
pub fn report_problems(source: &str, problems: &[Problem]) {
    for problem in problems.iter().take(MAX_CONSOLE_PROBLEMS) {
        let line = format!("nordic-partnerships: {source}: {problem}");
        match problem.severity {
            Severity::Error => gloo::console::error!(line),
            Severity::Warning => gloo::console::warn!(line),
        }
    }
    if let Some(more) = problems.len().checked_sub(MAX_CONSOLE_PROBLEMS).filter(|&n| n > 0) {
        gloo::console::warn!(format!(
            "nordic-partnerships: {source}: … and {more} more problems (run the validator for the full list: \
             cargo run --bin validate -- FILE)"
        ));
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

/// Logs that a widget has no data at all: a build without the compiled-in data
/// was mounted without `embed.js` telling it where `partnerships.json` is.
pub fn report_missing_data() {
    gloo::console::error!("nordic-partnerships: no data address: load the widget through embed.js, or give data-src");
}
