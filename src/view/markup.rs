//! HTML written as a string, for parts of the page that are rebuilt whole
//! (the cards): the browser parses one string per card far faster than it
//! takes hundreds of single DOM calls from WebAssembly.
//!
//! Safety by construction: tag and attribute *names* are `&'static str`, so
//! only this crate's code can choose them; every attribute value and every
//! piece of text goes through [`escape`], so data can never become markup.

use std::fmt::Write as _;
use std::rc::Rc;

/// An HTML fragment being written.
#[derive(Debug, Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    /// An empty fragment with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Markup {
        Markup { html: String::with_capacity(capacity) }
    }

    /// `<tag name="value" …>`; attributes whose value is `None` are left out.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, Option<&str>)]) -> &mut Markup {
        self.html.push('<');
        self.html.push_str(tag);
        for (name, value) in attributes {
            if let Some(value) = value {
                self.html.push(' ');
                self.html.push_str(name);
                self.html.push_str("=\"");
                escape(&mut self.html, value);
                self.html.push('"');
            }
        }
        self.html.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(&mut self.html, text);
        self
    }

    /// A number as text.
    pub fn number(&mut self, n: usize) -> &mut Markup {
        let _ = write!(self.html, "{n}");
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, Option<&str>)],
        text: &str,
    ) -> &mut Markup {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// The HTML written so far.
    pub fn as_str(&self) -> &str {
        &self.html
    }

    /// The finished fragment.
    pub fn into_string(self) -> String {
        self.html
    }

    /// The finished fragment as [`SafeHtml`], the only form the page takes as HTML.
    pub fn finish(self) -> SafeHtml {
        SafeHtml(self.html.into())
    }
}

/// HTML that [`Markup`] wrote, so every value and text in it is escaped.
/// Nothing else can become one (its field is private), and the web layer
/// places only this as HTML — through the Trusted Types policy where the
/// page has them (`web::trusted_html`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeHtml(Rc<str>);

impl SafeHtml {
    /// The HTML text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Appends `text` with the five characters that can end text or a quoted
/// attribute value, or start a tag or a character reference, replaced by
/// references. The same escaping serves text and double-quoted values.
pub fn escape(out: &mut String, text: &str) {
    // Byte by byte: the five are ASCII, so every cut falls between characters.
    let mut from = 0;
    for (i, byte) in text.bytes().enumerate() {
        let reference = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(text.get(from..i).unwrap_or_default());
        out.push_str(reference);
        from = i + 1;
    }
    out.push_str(text.get(from..).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_values_are_escaped() {
        let mut m = Markup::default();
        m.open("a", &[("href", Some("https://x.no/?a=1&b=\"2\"")), ("title", None)])
            .text("<script>alert('x')</script> & more")
            .close("a");
        assert_eq!(
            m.as_str(),
            "<a href=\"https://x.no/?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</a>"
        );
    }

    #[test]
    fn nordic_letters_and_other_text_pass_through() {
        let mut m = Markup::default();
        m.element("p", &[("lang", Some("sv"))], "Umeå · Øresund – Þingvellir").number(42);
        assert_eq!(m.as_str(), "<p lang=\"sv\">Umeå · Øresund – Þingvellir</p>42");
    }

    proptest::proptest! {
        /// Whatever the text, escaped it holds no character that could start
        /// a tag or end a quoted value, and unescaping gives it back.
        #[test]
        fn escaped_text_is_inert_and_lossless(text in "\\PC*") {
            let mut out = String::new();
            escape(&mut out, &text);
            proptest::prop_assert!(!out.contains(['<', '>', '"', '\'']));
            let back = out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            proptest::prop_assert_eq!(back, text);
        }
    }
}
