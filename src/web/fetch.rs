//! Fetching an editor's own JSON: every way it can fail becomes a
//! [`FetchError`] with the details an editor needs (address, status, type).

use crate::text::json_string::quoted;
use std::cell::RefCell;
use std::fmt;

use js_sys::Promise;
#[cfg(feature = "embed")]
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, RequestInit, Response};

use super::session::CancelToken;
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
    /// The answer is over [`MAX_INPUT_BYTES`] (at least this many bytes).
    TooLarge(usize),
    /// The address resolves to a scheme other than http(s); nothing was requested.
    NotHttp(String),
    /// The file is not UTF-8 text (valid up to this byte).
    NotUtf8(usize),
    /// The answer did not match the published Subresource Integrity hash.
    Integrity(String),
    /// The page holding the widget does not allow data from this address (nothing was requested).
    NotAllowed(String),
    /// The widget was removed while its file downloaded: the download was stopped.
    Aborted,
}

impl FetchError {
    /// The visitor-facing kind of failure.
    pub fn failure(&self) -> Failure {
        match self {
            FetchError::Network(_) => Failure::Network,
            FetchError::Http { status, .. } => Failure::Http(*status),
            FetchError::ContentType(_) => Failure::ContentType,
            FetchError::TooLarge(_) => Failure::TooLarge,
            FetchError::NotHttp(_) => Failure::Network,
            FetchError::NotUtf8(_) => Failure::Invalid,
            FetchError::Integrity(_) => Failure::Integrity,
            FetchError::NotAllowed(_) => Failure::NotAllowed,
            FetchError::Aborted => Failure::Network,
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network(detail) => write!(f, "the request failed ({detail}); check the address and CORS"),
            FetchError::Http { status, text } => write!(f, "the server answered HTTP {status} {text}"),
            FetchError::ContentType(found) => {
                write!(f, "the server sent {}, not JSON; serve the file as application/json", quoted(found))
            }
            FetchError::TooLarge(bytes) => {
                write!(f, "the file has more than {MAX_INPUT_BYTES} bytes (at least {bytes}); the download was stopped")
            }
            FetchError::NotHttp(scheme) => {
                write!(
                    f,
                    "the address uses {}; only http(s) and relative addresses are fetched, so nothing was requested",
                    quoted(scheme)
                )
            }
            FetchError::NotUtf8(at) => {
                write!(f, "the file is not UTF-8 text (invalid byte at offset {at}); save it as UTF-8")
            }
            FetchError::Integrity(hash) => write!(
                f,
                "the file does not match its published hash {hash}; it was changed after the release was sealed \
                 (publish the release folder as built, or build it again)"
            ),
            FetchError::NotAllowed(address) => write!(
                f,
                "frame.html shows data only from its own origin and the origins listed in frame-sources.json \
                 beside it; {} is not among them, so nothing was requested",
                quoted(address)
            ),
            FetchError::Aborted => f.write_str("the widget was removed, so its download was stopped"),
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

/// A download `embed.js` started, and the integrity it asked the browser to check.
struct Prefetched {
    address: String,
    integrity: Option<String>,
    response: Promise,
}

thread_local! {
    /// Downloads `embed.js` started before the wasm was ready, by absolute
    /// address and integrity: each is taken by the first widget that asks
    /// for the same file under the same check.
    static PREFETCHED: RefCell<Vec<Prefetched>> = const { RefCell::new(Vec::new()) };
}

/// JS: `prefetched(address, integrity, response)` — `embed.js` starts the
/// data downloads of the placeholders already on the page while the wasm
/// compiles, and hands each answer over here (`response` is the promise
/// `fetch(address, { integrity })` returned), so the data does not wait for
/// the code.
#[cfg_attr(feature = "embed", wasm_bindgen(js_name = prefetched))]
pub fn add_prefetched(address: String, integrity: Option<String>, response: Promise) {
    PREFETCHED.with(|p| p.borrow_mut().push(Prefetched { address, integrity, response }));
}

/// The download of `address` started with exactly `integrity` (a download
/// without a check never stands in for one with it, nor the other way).
fn take_prefetched(address: &str, integrity: Option<&str>) -> Option<Promise> {
    PREFETCHED.with(|p| {
        let mut p = p.borrow_mut();
        let at = p.iter().position(|d| d.address == address && d.integrity.as_deref() == integrity)?;
        Some(p.swap_remove(at).response)
    })
}

/// Fetches `url` (resolved against the page) and returns its text; with
/// `integrity`, only an answer matching that Subresource Integrity hash.
///
/// Only `http:` and `https:` addresses are requested (the settings already
/// refuse other schemes; this asks the browser's own URL parser too). The
/// body is read as it streams and the read stops at [`MAX_INPUT_BYTES`], so
/// a huge file, chunked or compressed (the count is of the decoded bytes),
/// is never held in memory whole.
///
/// # Errors
///
/// See [`FetchError`].
pub async fn fetch_text(url: &str, integrity: Option<&str>, session: &CancelToken) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let base = window.location().href().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base).map_err(|e| FetchError::Network(describe(&e)))?;
    if !matches!(resolved.protocol().as_str(), "http:" | "https:") {
        return Err(FetchError::NotHttp(resolved.protocol()));
    }
    // A download embed.js started with the same check is the same request.
    let request = take_prefetched(&resolved.href(), integrity).unwrap_or_else(|| {
        let init = RequestInit::new();
        if let Some(hash) = integrity {
            // The browser refuses an answer that does not match (a failed request).
            init.set_integrity(hash);
        }
        init.set_signal(session.signal().as_ref());
        window.fetch_with_str_and_init(&resolved.href(), &init)
    });
    let answer = JsFuture::from(request).await;
    if session.check().is_err() {
        return Err(FetchError::Aborted);
    }
    let response = match answer {
        Ok(response) => response,
        Err(e) => {
            let error = FetchError::Network(describe(&e));
            return Err(match integrity {
                Some(hash) => integrity_or(&window, &resolved.href(), hash, error).await,
                None => error,
            });
        }
    };
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
    let bytes = read_capped(&response, MAX_INPUT_BYTES, declared.unwrap_or(0), session).await?;
    String::from_utf8(bytes).map_err(|e| FetchError::NotUtf8(e.utf8_error().valid_up_to()))
}

/// Why a request with an integrity check failed. Browsers report a
/// mismatch as a plain network error, so the same address is asked again
/// without the check (from the HTTP cache where it can be): an answer then
/// means the file was there and did not match. Only after a failure, so a
/// good load pays nothing.
async fn integrity_or(window: &web_sys::Window, address: &str, hash: &str, error: FetchError) -> FetchError {
    let init = RequestInit::new();
    init.set_cache(web_sys::RequestCache::ForceCache);
    match JsFuture::from(window.fetch_with_str_and_init(address, &init)).await {
        Ok(response) if response.dyn_ref::<Response>().is_some_and(Response::ok) => {
            FetchError::Integrity(hash.to_owned())
        }
        _ => error,
    }
}

/// Reads the body chunk by chunk, cancelling the download once it passes `limit`.
/// `expected` is the declared length, if any: the buffer is made that size
/// at once, so a large file is not copied (and briefly held twice) as the
/// buffer doubles.
async fn read_capped(
    response: &Response,
    limit: usize,
    expected: usize,
    session: &CancelToken,
) -> Result<Vec<u8>, FetchError> {
    let Some(body) = response.body() else { return Ok(Vec::new()) };
    let reader: ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|e| FetchError::Network(describe(&e)))?;
    let mut bytes: Vec<u8> = Vec::with_capacity(expected.min(limit));
    loop {
        let chunk = JsFuture::from(reader.read()).await;
        if session.check().is_err() {
            // A download embed.js started carries no signal of ours: stop it
            // here. (Ours is already stopped, and its cancel rejects: that
            // rejection is taken here, not left unhandled on the page.)
            let cancelled = JsFuture::from(reader.cancel());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = cancelled.await;
            });
            return Err(FetchError::Aborted);
        }
        let chunk = chunk.map_err(|e| FetchError::Network(describe(&e)))?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let Some(array) = value.dyn_ref::<js_sys::Uint8Array>() else { continue };
        let n = array.length() as usize;
        if bytes.len() + n > limit {
            // Stop the download; the answer is "too large" whatever the cancel does.
            let _ = reader.cancel();
            return Err(FetchError::TooLarge(bytes.len() + n));
        }
        let start = bytes.len();
        bytes.resize(start + n, 0);
        if let Some(slot) = bytes.get_mut(start..) {
            array.copy_to(slot);
        }
    }
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
