//! `cargo run --bin validate -- FILE…`: prints every problem of partnership
//! data files and exits non-zero if any file has an error.
//!
//! Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage or I/O error.

use std::process::ExitCode;

use nordic_partnerships::load::{load, Severity};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: validate FILE…\nChecks partnership data files against schema version 1.");
        return ExitCode::from(2);
    }
    let mut worst = ExitCode::SUCCESS;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: cannot read: {error}");
                return ExitCode::from(2);
            }
        };
        match load(&text) {
            Err(error) => {
                println!("{path}: error: {error}");
                worst = ExitCode::FAILURE;
            }
            Ok(dataset) => {
                for problem in &dataset.problems {
                    let level = match problem.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    };
                    println!("{path}: {level}: {problem}");
                }
                let n_rejected = dataset.n_rejected();
                let n_warnings = dataset.warnings().count();
                println!(
                    "{path}: {} valid partnerships, {n_rejected} left out, {n_warnings} warnings",
                    dataset.records.len()
                );
                if n_rejected > 0 {
                    worst = ExitCode::FAILURE;
                }
            }
        }
    }
    worst
}
