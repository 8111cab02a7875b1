//! The layer rule of `ARCHITECTURE.md`, checked on the source text (as
//! rust-analyzer's `tidy` tests do): a plain `#[test]` that fails with the
//! file and line of every violation.
//!
//! - The browser crates (`web_sys`, `js_sys`, `wasm_bindgen`, `gloo`) are
//!   named only in `src/web/`; `yew` only in `src/ui/` and `src/web/`.
//! - Each layer imports (`crate::…`) only the layers listed before it in
//!   [`LAYERS`]: the pure layers never reach up into the view, the embedding,
//!   the browser or the components, and `web/` never names a component.
//! - The entry points (`lib.rs`, `main.rs`, `bin/`) name no browser crate.
//! - `lib.rs` denies `unwrap`, `expect`, indexing and `panic!` for the whole
//!   crate outside tests (no panic on untrusted input).
//! - HTML reaches the page only through `web/trusted_html.rs`, which takes
//!   `view::markup::SafeHtml` (only `view::markup`'s escaping writer makes
//!   one) and passes it through the Trusted Types policy: no other file, Rust
//!   or `static/` JavaScript, names an HTML sink (`innerHTML`, Yew's
//!   `from_html_unchecked`, …).

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A layer may import only layers before it.
const LAYERS: [&str; 13] =
    ["model", "i18n", "text", "sheet", "load", "query", "search", "export", "view", "embed", "synthetic", "web", "ui"];

/// External crates only some layers may name: (crate, layers allowed).
const GUARDED_CRATES: [(&str, &[&str]); 6] = [
    ("web_sys", &["web"]),
    ("js_sys", &["web"]),
    ("wasm_bindgen", &["web"]),
    ("wasm_bindgen_futures", &["web"]),
    ("gloo", &["web"]),
    ("yew", &["web", "ui"]),
];

#[test]
fn layers_depend_only_downwards() {
    let mut violations = Vec::new();
    for (relative, text) in sources() {
        violations.extend(check(&relative, &text).into_iter().map(|v| format!("src/{v}")));
    }
    assert!(violations.is_empty(), "layer rule broken (see ARCHITECTURE.md):\n{}", violations.join("\n"));
}

#[test]
fn the_whole_crate_is_denied_panics() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap_or_default();
    let deny = "#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]";
    assert!(lib.lines().any(|l| l.trim() == deny), "src/lib.rs must keep `{deny}`");
}

#[test]
fn the_checker_finds_violations_with_their_line() {
    let pure = "//! Docs may mention web_sys.\nuse crate::model::Partnership;\nuse yew::prelude::*;\nuse crate::{search::Index, ui::Widget};\n";
    assert_eq!(
        check("view/state.rs", pure),
        [
            "view/state.rs:3: layer `view` names `yew` (only web/, ui/ may)",
            "view/state.rs:4: layer `view` imports `ui`, a layer above it",
        ]
    );
    assert_eq!(
        check("web/mount.rs", "fn f() { crate::ui::render_embedded; }\n"),
        ["web/mount.rs:1: layer `web` imports `ui`, a layer above it"]
    );
    assert_eq!(
        check("main.rs", "use wasm_bindgen::prelude::*;\n"),
        ["main.rs:1: entry point names `wasm_bindgen` (only web/ may)"]
    );
    assert!(
        check("ui/card.rs", "use yew::prelude::*;\nuse crate::web::dom;\nuse crate::view::state::Action;\n").is_empty()
    );
    assert!(check("search/sort.rs", "let s = \"crate::ui is only text\"; // crate::web\n").is_empty());
}

/// The ways a string becomes markup in a page. Each is a Trusted Types sink,
/// and each would let data become markup if handed anything but `SafeHtml`.
const HTML_SINKS: [&str; 11] = [
    "from_html_unchecked",
    "inner_html",
    "innerHTML",
    "outer_html",
    "outerHTML",
    "insert_adjacent_html",
    "insertAdjacentHTML",
    "DOMParser",
    "createContextualFragment",
    "srcdoc",
    "document.write",
];

/// The one seam that places HTML: it takes only `view::markup::SafeHtml`.
const HTML_SEAM: &str = "web/trusted_html.rs";
/// Natively only, the string renderer of the prerendered view puts the same
/// `SafeHtml` into its string (no DOM, no Trusted Types there).
const STRING_SEAM: &str = "ui/prerender.rs";

#[test]
fn html_is_placed_only_through_the_trusted_types_seam() {
    let mut files = sources();
    let static_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
    for entry in fs::read_dir(&static_dir).expect("static/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "js" || e == "html") {
            let name = format!("../static/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or_default());
            files.push((name, fs::read_to_string(&path).expect("read")));
        }
    }
    let bad: Vec<String> = files
        .iter()
        .filter(|(relative, _)| relative != HTML_SEAM && relative != STRING_SEAM)
        .flat_map(|(r, t)| html_sinks(r, t))
        .collect();
    assert!(bad.is_empty(), "HTML placed outside {HTML_SEAM}:\n{}", bad.join("\n"));
    let ui = files.iter().find(|(r, _)| r == "ui.rs").map(|(_, t)| t.as_str()).unwrap_or_default();
    assert!(ui.contains("#[cfg(not(target_arch = \"wasm32\"))]\nmod prerender;"), "{STRING_SEAM} is native only");
    let seam = files.iter().find(|(r, _)| r == HTML_SEAM).map(|(_, t)| t.as_str()).unwrap_or_default();
    assert!(
        seam.contains("pub fn set_content(node: &NodeRef, html: &SafeHtml)"),
        "{HTML_SEAM} places only SafeHtml, what view::markup wrote"
    );
    assert_eq!(html_sinks("ui/x.rs", "let h = Html::from_html_unchecked(data.into());\n"), ["ui/x.rs:1"]);
    assert_eq!(html_sinks("x.js", "// innerHTML is never used\nel.innerHTML = s;\n"), ["x.js:2"]);
}

/// Each line (not a comment) that names an HTML sink, as `path:line`.
fn html_sinks(relative: &str, text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.trim_start();
            !(code.starts_with("//") || code.starts_with('*') || code.starts_with("/*") || code.starts_with("<!--"))
        })
        .filter(|(_, line)| HTML_SINKS.iter().any(|sink| line.contains(sink)))
        .map(|(i, _)| format!("{relative}:{}", i + 1))
        .collect()
}

/// Every Rust file under `src/`: its path relative to `src/` (with `/`) and its text.
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&src)
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(&src).unwrap_or(&file).to_string_lossy().replace('\\', "/");
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{relative}: {e}"));
            (relative, text)
        })
        .collect()
}

/// Every violation in one file, as `path:line: what`.
fn check(relative: &str, text: &str) -> Vec<String> {
    let layer = relative.split(['/', '.']).next().unwrap_or_default();
    let rank = LAYERS.iter().position(|l| *l == layer);
    let mut violations = Vec::new();
    for (n, line) in code_lines(text) {
        for word in identifiers(&line) {
            if let Some((name, allowed)) = GUARDED_CRATES.iter().find(|(name, _)| *name == word) {
                if !allowed.contains(&layer) {
                    let allowed: Vec<String> = allowed.iter().map(|l| format!("{l}/")).collect();
                    let who = if rank.is_some() { format!("layer `{layer}`") } else { "entry point".to_owned() };
                    violations.push(format!("{relative}:{n}: {who} names `{name}` (only {} may)", allowed.join(", ")));
                }
            }
        }
        let Some(rank) = rank else { continue };
        for target in crate_imports(&line) {
            let Some(target_rank) = LAYERS.iter().position(|l| *l == target) else { continue };
            if target_rank > rank {
                violations.push(format!("{relative}:{n}: layer `{layer}` imports `{target}`, a layer above it"));
            }
        }
    }
    violations.dedup();
    violations
}

/// Lines without comments and string literals, numbered from 1; a `use`
/// spread over several lines is joined onto its first line.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut open_use: Option<usize> = None;
    for (i, raw) in text.lines().enumerate() {
        let code = strip_strings_and_comments(raw);
        match open_use {
            Some(at) => {
                lines[at].1.push(' ');
                lines[at].1.push_str(&code);
                if code.contains(';') {
                    open_use = None;
                }
            }
            None => {
                let starts_use = code.trim_start().starts_with("use ") || code.trim_start().starts_with("pub use ");
                if starts_use && !code.contains(';') {
                    open_use = Some(lines.len());
                }
                lines.push((i + 1, code));
            }
        }
    }
    lines
}

fn strip_strings_and_comments(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (false, '/') if chars.peek() == Some(&'/') => break,
            (false, '"') => in_string = true,
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => in_string = false,
            (false, c) => out.push(c),
            (true, _) => {}
        }
    }
    out
}

fn identifiers(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| !w.is_empty())
}

/// The first path segment after every `crate::`, including each item of a
/// `crate::{a::…, b}` group.
fn crate_imports(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // e.g. `nordic_partnerships_crate::`
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push(first_segment(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            found.push(first_segment(&item));
        } else {
            found.push(first_segment(rest));
        }
    }
    found.retain(|s| !s.is_empty());
    found
}

fn first_segment(path: &str) -> String {
    path.trim().split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or_default().to_owned()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
