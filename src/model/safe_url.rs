//! Which link addresses the widget accepts from data: `http` and `https`
//! only, with a host, and nothing a browser would silently strip or reinterpret
//! (whitespace, control characters, backslashes, user-info before the host).
//!
//! The JSON Schema's `url` pattern states the same rule; a test keeps them
//! in agreement. The browser layer parses accepted links once more with the
//! WHATWG URL parser before it makes an `href`.

/// Whether `text` is an `http`/`https` address the widget may link to.
pub fn is_http_url(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return false;
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
        return false;
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest.get(..host_end).unwrap_or("");
    !host.is_empty() && !host.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_addresses() {
        for ok in [
            "https://www.umu.se/nyheter/",
            "http://nordictestbed.org/x?a=1#b",
            "HTTPS://example.org",
            "https://hi.is./samstarf/styrihopur_hi_og_lsh",
            "https://rn.dk/Nyhed?id=%7B8EF6%7D",
            "https://www.smartcarecluster.no/aktuelt/2019/8/nscc-åpner-klyngeavdeling-i-agder",
        ] {
            assert!(is_http_url(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_scripts_and_tricks() {
        for bad in [
            "javascript:alert(1)",
            "java\tscript://alert(1)",
            "data:text/html,<script>alert(1)</script>",
            " https://example.org",
            "https://example.org/\u{0}",
            "https://exa mple.org",
            "https://",
            "https:///path",
            "https://user@evil.example",
            "https:\\\\evil.example",
            "ftp://example.org",
            "//example.org",
            "example.org",
            "https://example.org\u{2028}",
            "",
        ] {
            assert!(!is_http_url(bad), "{bad:?}");
        }
    }
}
