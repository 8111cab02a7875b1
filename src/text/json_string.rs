//! Text written as a JSON string, for the files the widget writes (the
//! exported view, a spreadsheet turned into schema-v1 JSON).

/// Appends `text` to `out` as a JSON string: quoted, with quotes,
/// backslashes and control characters escaped.
pub fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `text` as a JSON string, to quote a value back in a message: the same
/// escapes the editor would write in the file (and no `{:?}`, whose escaping
/// brings Unicode tables into the wasm).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_json_string(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn control_characters_and_quotes_are_escaped() {
        let mut out = String::new();
        push_json_string(&mut out, "a\"b\\c\u{1}\n");
        assert_eq!(out, r#""a\"b\\c\u0001\n""#);
    }

    proptest! {
        #[test]
        fn any_text_reads_back_unchanged(text in "\\PC*|[\\x00-\\x20\"\\\\]*") {
            let mut out = String::new();
            push_json_string(&mut out, &text);
            prop_assert_eq!(serde_json::from_str::<String>(&out).ok(), Some(text));
        }
    }
}
