//! Why a widget has no data to show, in words for visitors; the details
//! (address, status, line and column) go to the console for editors.

use crate::i18n::Texts;

/// What went wrong with a widget's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The request failed (offline, blocked by CORS or CSP, bad address).
    Network,
    /// The server answered with this HTTP status.
    Http(u16),
    /// The answer is not JSON (often an HTML error or login page).
    ContentType,
    /// The file is not valid JSON, or not in the schema's shape.
    Invalid,
    /// The file is over the size cap.
    TooLarge,
    /// The file did not match its published fingerprint (integrity hash).
    Integrity,
    /// The page holding the widget does not allow data from that address.
    NotAllowed,
    /// The widget itself failed.
    Internal,
}

impl Failure {
    /// The visitor-facing sentence.
    pub fn message(self, texts: &Texts) -> String {
        match self {
            Failure::Network => texts.error_network.to_owned(),
            Failure::Http(status) => texts.error_http.replace("{status}", &status.to_string()),
            Failure::ContentType => texts.error_content_type.to_owned(),
            Failure::Invalid => texts.error_json.to_owned(),
            Failure::TooLarge => texts.error_too_large.to_owned(),
            Failure::Integrity => texts.error_integrity.to_owned(),
            Failure::NotAllowed => texts.error_not_allowed.to_owned(),
            Failure::Internal => texts.error_internal.to_owned(),
        }
    }
}
