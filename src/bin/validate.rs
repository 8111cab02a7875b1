//! `cargo run --bin validate -- [--stale YEARS] FILE…`: prints every problem
//! of partnership data files (schema-v1 JSON, or a spreadsheet saved as CSV
//! in the documented columns) and exits non-zero if any file has an error.
//! `--convert SHEET.csv` writes the sheet's valid records as schema-v1 JSON to
//! standard output (its problems go to standard error).
//!
//! Besides the loader's problems it warns about records marked `active`
//! whose newest dated source is more than three years old; with
//! `--stale YEARS` it also lists the records whose `checked` date is more
//! than YEARS years old (or missing), the ones due for re-checking.
//!
//! Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage or I/O error.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use nordic_partnerships::export::to_json;
use nordic_partnerships::load::check::{check, with_freshness, Checked};
use nordic_partnerships::load::freshness::{self, day_from_unix_days, Day};
use nordic_partnerships::load::{is_sheet_name, load_sheet, Dataset};
use nordic_partnerships::model::Partnership;

const USAGE: &str = "usage: validate [--stale YEARS] FILE…\n\
       validate --convert SHEET.csv > partnerships.json\n\
Checks partnership data files (JSON, or CSV in the documented columns) against schema version 1.\n\
  --stale YEARS   also list records not checked against their sources for YEARS years\n\
  --convert       write a CSV sheet's valid records as schema-v1 JSON to standard output";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut stale_years: Option<u16> = None;
    let mut convert = false;
    let mut paths = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            "--stale" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => stale_years = Some(n),
                None => {
                    eprintln!("validate: --stale needs a whole number of years\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--convert" => convert = true,
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if convert {
        return match paths.as_slice() {
            [path] => convert_sheet(path),
            _ => {
                eprintln!("validate: --convert takes one CSV file\n{USAGE}");
                ExitCode::from(2)
            }
        };
    }
    let today = today();
    let mut worst = ExitCode::SUCCESS;
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: cannot read: {error}");
                return ExitCode::from(2);
            }
        };
        let read = if is_sheet_name(path) {
            load_sheet(&text).map_err(|e| e.to_string()).map(|sheet| {
                for problem in &sheet.problems {
                    println!("{path}: {}: {problem}", problem.severity.word());
                }
                with_freshness(sheet.dataset, today)
            })
        } else {
            check(&text, today).map_err(|e| e.to_string()).inspect(|checked| {
                for problem in &checked.dataset.problems {
                    // `file:line:` where the record starts, as compilers write it, so editors can jump there.
                    match problem.record.as_ref().and_then(|r| r.line) {
                        Some(line) => println!("{path}:{line}: {}: {problem}", problem.severity.word()),
                        None => println!("{path}: {}: {problem}", problem.severity.word()),
                    }
                }
            })
        };
        match read {
            Err(error) => {
                println!("{path}: error: {error}");
                worst = ExitCode::FAILURE;
            }
            Ok(checked) => {
                for (place, why) in &checked.freshness {
                    println!("{path}: warning: {place}: {why}");
                }
                // Every warning counted, also those past the listed ones.
                let n_warnings = checked.n_warnings();
                let Checked { dataset, .. } = checked;
                let n_rejected = dataset.n_rejected();
                println!(
                    "{path}: {} valid partnerships, {n_rejected} left out, {n_warnings} warnings",
                    dataset.records.len()
                );
                if let Some(years) = stale_years {
                    let due = freshness::due_for_check(&dataset.records, today, years);
                    for &(i, checked) in &due {
                        let when = checked.map_or_else(|| "never checked".to_owned(), |d| format!("last checked {d}"));
                        println!("{path}: due: {}: {when}", describe(&dataset.records, i));
                    }
                    println!("{path}: {} partnerships due for re-checking (not checked in {years} years)", due.len());
                }
                if n_rejected > 0 {
                    worst = ExitCode::FAILURE;
                }
            }
        }
    }
    worst
}

/// `--convert`: the sheet's valid records as JSON on standard output.
fn convert_sheet(path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    match load_sheet(&text) {
        Err(error) => {
            eprintln!("{path}: error: {error}");
            ExitCode::FAILURE
        }
        Ok(sheet) => {
            for problem in &sheet.problems {
                eprintln!("{path}: {}: {problem}", problem.severity.word());
            }
            let Dataset { records, .. } = &sheet.dataset;
            print!("{}", to_json(records));
            eprintln!("{path}: {} partnerships written, {} rows left out", records.len(), sheet.dataset.n_rejected());
            if sheet.dataset.n_rejected() > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// `record "x"`: by id, which is unique among the records that loaded.
fn describe(records: &[Partnership], i: usize) -> String {
    records.get(i).map_or_else(|| format!("record {i}"), |r| format!("record {:?}", r.id.as_str()))
}

fn today() -> Day {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    day_from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}
