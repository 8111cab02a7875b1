//! Shrinks the widget's stylesheet before it is compiled into the wasm,
//! without changing what it means: comments go (they explain the CSS to its
//! readers, not to browsers), each run of whitespace becomes one space, the
//! spaces next to `{`, `}`, `;` and `,` go, and so does the last `;` of a
//! block. Quoted strings are copied as they are. Used by `build.rs`; tested
//! by `tests/css_min.rs`.

/// The stylesheet `css`, minified.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut space);
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '{' | '}' | ';' | ',' => {
                space = false;
                if out.ends_with(' ') {
                    out.pop();
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
            c => {
                flush_space(&mut out, &mut space);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the pending space, unless at the start or after a character that needs none.
fn flush_space(out: &mut String, space: &mut bool) {
    if std::mem::take(space) && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', ' ']) {
        out.push(' ');
    }
}
