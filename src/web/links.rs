//! Link addresses as the browser will follow them.

/// The address as the browser's WHATWG parser normalises it, if that parser
/// agrees it is http or https (a second opinion after
/// [`crate::model::safe_url`], so a difference between the two parsers can
/// never produce a script link).
pub fn safe_href(url: &str) -> Option<String> {
    let parsed = web_sys::Url::new(url).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:").then(|| parsed.href())
}
