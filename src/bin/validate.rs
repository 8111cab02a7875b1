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
use nordic_partnerships::i18n::fill;
use nordic_partnerships::load::check::{with_freshness_in, Checked};
use nordic_partnerships::load::freshness::{self, day_from_unix_days, Day};
use nordic_partnerships::load::{is_sheet_name, load, load_sheet_in, Dataset, Severity};
use nordic_partnerships::UiLang;

const USAGE: &str = "usage: validate [--lang TAG] [--stale YEARS] FILE…\n\
       validate [--lang TAG] --convert SHEET.csv > partnerships.json\n\
Checks partnership data files (JSON, or CSV in the documented columns) against schema version 1.\n\
  --lang TAG      the language of the messages: en, nb, nn, sv, da, fi or is\n\
                  (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG; else English)\n\
  --stale YEARS   also list records not checked against their sources for YEARS years\n\
  --convert       write a CSV sheet's valid records as schema-v1 JSON to standard output";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut stale_years: Option<u16> = None;
    let mut convert = false;
    let mut lang = UiLang::from_environment(|name| std::env::var(name).ok());
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
            "--lang" => match args.next().as_deref().and_then(UiLang::from_tag) {
                Some(chosen) => lang = chosen,
                None => {
                    eprintln!("validate: --lang needs one of {}\n{USAGE}", UiLang::tags_list());
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
    if convert {
        return match paths.as_slice() {
            [path] => convert_sheet(path, lang),
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
        let t = lang.editor();
        let read = if is_sheet_name(path) {
            load_sheet_in(&text, lang).map_err(|e| e.message(lang)).map(|sheet| {
                for problem in &sheet.problems {
                    println!("{path}: {}: {problem}", problem.severity.word_in(lang));
                }
                with_freshness_in(sheet.dataset, today, lang)
            })
        } else {
            load(&text).map_err(|e| e.message(lang)).map(|dataset| {
                for problem in &dataset.problems {
                    let (level, message) = (problem.severity.word_in(lang), problem.message(lang));
                    // `file:line:` where the record starts, as compilers write it, so editors can jump there.
                    match problem.record.as_ref().and_then(|r| r.line) {
                        Some(line) => println!("{path}:{line}: {level}: {message}"),
                        None => println!("{path}: {level}: {message}"),
                    }
                }
                with_freshness_in(dataset, today, lang)
            })
        };
        match read {
            Err(error) => {
                println!("{path}: {}: {error}", t.error);
                worst = ExitCode::FAILURE;
            }
            Ok(checked) => {
                for (place, why) in &checked.freshness {
                    println!("{path}: {}: {place}: {why}", t.warning);
                }
                // Every warning counted, also those past the listed ones.
                let n_warnings = checked.n_warnings();
                let Checked { dataset, .. } = checked;
                let n_rejected = dataset.n_rejected();
                println!("{path}: {}", lang.check_summary(dataset.records.len(), n_rejected, n_warnings));
                if let Some(years) = stale_years {
                    let due = freshness::due_for_check(&dataset.records, today, years);
                    for &(i, checked) in &due {
                        let when = checked.map_or_else(
                            || t.never_checked.to_owned(),
                            |d| fill(t.last_checked, &[("date", &d.to_string())]),
                        );
                        println!("{path}: due: {}: {when}", freshness::record_place(&dataset.records, i, lang));
                    }
                    let summary = fill(t.due_summary, &[("n", &due.len().to_string()), ("years", &years.to_string())]);
                    println!("{path}: {summary}");
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
fn convert_sheet(path: &str, lang: UiLang) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    match load_sheet_in(&text, lang) {
        Err(error) => {
            eprintln!("{path}: {}: {}", lang.editor().error, error.message(lang));
            ExitCode::FAILURE
        }
        Ok(sheet) => {
            for problem in &sheet.problems {
                eprintln!("{path}: {}: {problem}", problem.severity.word_in(lang));
            }
            let Dataset { records, .. } = &sheet.dataset;
            print!("{}", to_json(records));
            let n_warnings = sheet.problems.iter().filter(|p| p.severity == Severity::Warning).count();
            eprintln!("{path}: {}", lang.check_summary(records.len(), sheet.dataset.n_rejected(), n_warnings));
            if sheet.dataset.n_rejected() > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn today() -> Day {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    day_from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}
