//! Record identifiers: the key of a card (and of a record in the data).

use std::fmt;

/// A validated kebab-case identifier such as `umu-region-vasterbotten`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId(String);

impl RecordId {
    /// The longest id accepted, so ids stay readable in URLs.
    pub const MAX_LEN: usize = 100;

    /// Accepts lowercase ASCII letters and digits in groups joined by single
    /// hyphens, at most [`RecordId::MAX_LEN`] characters.
    pub fn parse(text: &str) -> Option<RecordId> {
        let well_formed = !text.is_empty()
            && text.len() <= RecordId::MAX_LEN
            && text
                .split('-')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        well_formed.then(|| RecordId(text.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_kebab_case() {
        for ok in ["a", "umu-region-vasterbotten", "eip-aha-2019", "x1-2y"] {
            assert_eq!(RecordId::parse(ok).map(|id| id.to_string()), Some(ok.to_owned()));
        }
    }

    #[test]
    fn rejects_everything_else() {
        let too_long = "a".repeat(RecordId::MAX_LEN + 1);
        for bad in ["", "-a", "a-", "a--b", "A-b", "a_b", "a b", "å", too_long.as_str()] {
            assert_eq!(RecordId::parse(bad), None, "{bad:?}");
        }
    }
}
