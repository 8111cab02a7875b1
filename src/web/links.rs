//! Link addresses as the browser will follow them.

/// The address as the browser's WHATWG parser normalises it, if that parser
/// agrees it is http or https (a second opinion after
/// [`crate::model::safe_url`], so a difference between the two parsers can
/// never produce a script link).
#[cfg(target_arch = "wasm32")]
pub fn safe_href(url: &str) -> Option<String> {
    let parsed = web_sys::Url::new(url).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:").then(|| parsed.href())
}

/// Natively (the prerendered view, built from the checked bundled data) there
/// is no browser to ask: the address as [`crate::model::safe_url`] accepted
/// it. The browser normalises the same address when it follows it.
#[cfg(not(target_arch = "wasm32"))]
pub fn safe_href(url: &str) -> Option<String> {
    crate::model::safe_url::is_http_url(url).then(|| url.to_owned())
}
