//! Fetching an editor's own JSON: every way it can fail becomes a
//! [`FetchError`] with the details an editor needs (address, status, type).

use std::fmt;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::load::MAX_INPUT_BYTES;
use crate::view::Failure;

/// Why the file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The request failed before an answer came (offline, CORS, CSP, bad URL).
    Network(String),
    /// The server answered with an error status.
    Http {
        /// The status code.
        status: u16,
        /// The status text.
        text: String,
    },
    /// The answer is not JSON.
    ContentType(String),
    /// The answer is over [`MAX_INPUT_BYTES`].
    TooLarge(usize),
}

impl FetchError {
    /// The visitor-facing kind of failure.
    pub fn failure(&self) -> Failure {
        match self {
            FetchError::Network(_) => Failure::Network,
            FetchError::Http { status, .. } => Failure::Http(*status),
            FetchError::ContentType(_) => Failure::ContentType,
            FetchError::TooLarge(_) => Failure::TooLarge,
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network(detail) => write!(f, "the request failed ({detail}); check the address and CORS"),
            FetchError::Http { status, text } => write!(f, "the server answered HTTP {status} {text}"),
            FetchError::ContentType(found) => {
                write!(f, "the server sent {found:?}, not JSON; serve the file as application/json")
            }
            FetchError::TooLarge(bytes) => {
                write!(f, "the file has {bytes} bytes; the widget reads at most {MAX_INPUT_BYTES}")
            }
        }
    }
}

/// Whether a `Content-Type` may hold JSON. HTML (an error or login page
/// answered with 200) is the common mistake this catches; `text/plain` and a
/// missing type are accepted because many static hosts send them for `.json`.
pub fn is_json_type(content_type: Option<&str>) -> bool {
    let Some(content_type) = content_type else { return true };
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(essence.as_str(), "" | "application/json" | "text/json" | "text/plain" | "application/octet-stream")
        || essence.ends_with("+json")
}

/// Fetches `url` (resolved against the page) and returns its text.
///
/// # Errors
///
/// See [`FetchError`].
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| FetchError::Network(describe(&e)))?;
    let response: Response = response.dyn_into().map_err(|e| FetchError::Network(describe(&e)))?;
    if !response.ok() {
        return Err(FetchError::Http { status: response.status(), text: response.status_text() });
    }
    let headers = response.headers();
    let content_type = headers.get("content-type").ok().flatten();
    if !is_json_type(content_type.as_deref()) {
        return Err(FetchError::ContentType(content_type.unwrap_or_default()));
    }
    let declared = headers.get("content-length").ok().flatten().and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&n| n > MAX_INPUT_BYTES) {
        return Err(FetchError::TooLarge(bytes));
    }
    let body = response.text().map_err(|e| FetchError::Network(describe(&e)))?;
    let text = JsFuture::from(body).await.map_err(|e| FetchError::Network(describe(&e)))?;
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_INPUT_BYTES {
        return Err(FetchError::TooLarge(text.len()));
    }
    Ok(text)
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_types_pass_and_html_does_not() {
        for ok in [
            None,
            Some("application/json"),
            Some("application/json; charset=utf-8"),
            Some("text/plain"),
            Some("application/ld+json"),
            Some("APPLICATION/JSON"),
        ] {
            assert!(is_json_type(ok), "{ok:?}");
        }
        for bad in [Some("text/html"), Some("text/html; charset=utf-8"), Some("image/png"), Some("application/xml")] {
            assert!(!is_json_type(bad), "{bad:?}");
        }
    }
}
