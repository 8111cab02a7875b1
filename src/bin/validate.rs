//! `cargo run --bin validate -- [--stale YEARS] FILE…`: prints every problem
//! of partnership data files and exits non-zero if any file has an error.
//!
//! Besides the loader's problems it warns about records marked `active`
//! whose newest dated source is more than three years old; with
//! `--stale YEARS` it also lists the records whose `checked` date is more
//! than YEARS years old (or missing), the ones due for re-checking.
//!
//! Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage or I/O error.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use nordic_partnerships::load::freshness::{self, day_from_unix_days, Day, ACTIVE_SOURCE_YEARS};
use nordic_partnerships::load::{load, Severity};
use nordic_partnerships::model::Partnership;

const USAGE: &str = "usage: validate [--stale YEARS] FILE…\n\
Checks partnership data files against schema version 1.\n\
  --stale YEARS   also list records not checked against their sources for YEARS years";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut stale_years: Option<u16> = None;
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
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
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
                let stale = freshness::stale_active(&dataset.records, today);
                for &(i, newest) in &stale {
                    let newest = newest.map_or_else(
                        || "no source has a date".to_owned(),
                        |d| format!("the newest source is from {d}"),
                    );
                    println!(
                        "{path}: warning: {}: status \"active\" but {newest} (more than {ACTIVE_SOURCE_YEARS} years ago); \
                         find a newer source or set \"unknown\" with \"as of YEAR\" in the summary",
                        describe(&dataset.records, i)
                    );
                }
                let n_rejected = dataset.n_rejected();
                let n_warnings = dataset.warnings().count() + stale.len();
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

/// `record "x"`: by id, which is unique among the records that loaded.
fn describe(records: &[Partnership], i: usize) -> String {
    records.get(i).map_or_else(|| format!("record {i}"), |r| format!("record {:?}", r.id.as_str()))
}

fn today() -> Day {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    day_from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}
