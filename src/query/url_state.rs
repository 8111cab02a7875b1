//! A [`Query`] as a short, readable URL query string and back, so a search can
//! be bookmarked and shared:
//!
//! ```text
//! ?q=ai&country=SE,NO&focus=digital_health&from=2019&sort=newest
//! ```
//!
//! Parameters, always written in this order and only when not at their
//! default: `q` (text), `country`, `focus`, `kind` (partnership kind),
//! `partner_kind`, `status`, `partner` (partner names), `from`, `to` (years),
//! `sort` (`newest`, `oldest` or `title`; relevance is the default), and then
//! `open` (the id of the partnership whose details are open, see
//! [`WidgetAddress`]; never part of a view's own link). A facet's
//! values are comma-separated, in canonical order ([`FacetValue`]'s order).
//! Text is form-encoded: space as `+`, everything but `A–Z a–z 0–9 - . _ ~`
//! percent-encoded as UTF-8 (so a comma inside a partner name is `%2C`).
//!
//! Every name can carry a prefix, such as `np1-`, so that two widgets on one
//! page, or the host page's own parameters, do not clash: with a prefix only
//! parameters that start with it are read, and [`merge`] leaves all others in
//! place.
//!
//! Reading never fails and never panics. Unknown parameters, unknown values,
//! malformed years and broken percent escapes are ignored (a bad escape is
//! kept as literal text, as browsers do); a repeated list parameter adds its
//! values, a repeated single-valued one takes the last valid value. Input is
//! capped (see the `MAX_` constants) so a hostile link cannot make the widget
//! do unbounded work.

use crate::model::RecordId;
use crate::query::{Facet, FacetValue, Query, SortOrder, YearRange};

/// Only this many bytes of a query string are read.
pub const MAX_INPUT_BYTES: usize = 16 * 1024;
/// The text parameter is cut to this many characters.
pub const MAX_TEXT_CHARS: usize = 256;
/// At most this many values are read per facet.
pub const MAX_VALUES_PER_FACET: usize = 64;
/// Partner names longer than this many characters are ignored.
pub const MAX_NAME_CHARS: usize = 300;
/// The years a URL may name; others are ignored.
pub const YEARS: std::ops::RangeInclusive<u16> = 1000..=9999;

const TEXT: &str = "q";
const FROM: &str = "from";
const TO: &str = "to";
const SORT: &str = "sort";
const OPEN: &str = "open";

/// Every parameter name that changes the view a widget opens with (not
/// `open`, which only opens details over it): `embed.js` and `first-view.js`
/// get this list at build time (`embed-texts`, `tools/seal.mjs`) to tell when
/// a prerendered first view would not match.
pub fn view_param_names() -> Vec<&'static str> {
    let mut names = vec![TEXT];
    names.extend(Facet::ALL.iter().map(|facet| facet.param()));
    names.extend([FROM, TO, SORT]);
    names
}

/// What a widget keeps in the page address: the query it shows and the
/// partnership whose details are open, so a link can open one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WidgetAddress {
    /// The visitor's query.
    pub query: Query,
    /// The record whose details are open.
    pub open: Option<RecordId>,
}

impl From<Query> for WidgetAddress {
    fn from(query: Query) -> WidgetAddress {
        WidgetAddress { query, open: None }
    }
}

/// The URL value of a sort order; `None` for the default, which is not written.
fn sort_param(sort: SortOrder) -> Option<&'static str> {
    (sort != SortOrder::Relevance).then(|| sort.code())
}

/// Whether `name` (decoded, prefix removed) is one of this module's parameters.
fn is_ours(name: &str) -> bool {
    [TEXT, FROM, TO, SORT, OPEN].contains(&name) || Facet::from_param(name).is_some()
}

/// The query as a query string, without the leading `?`; empty for the
/// default query. Names start with `prefix` (may be empty).
///
/// ```
/// use nordic_partnerships::model::{Country, FocusArea};
/// use nordic_partnerships::query::{FacetValue, Query, SortOrder, YearRange};
/// use nordic_partnerships::query::url_state::to_query_string;
/// let mut query = Query::new()
///     .with(FacetValue::Country(Country::Se))
///     .with(FacetValue::Country(Country::No))
///     .with(FacetValue::FocusArea(FocusArea::DigitalHealth));
/// query.text = "ai".into();
/// query.years = YearRange::new(Some(2019), None);
/// query.sort = SortOrder::Newest;
/// assert_eq!(to_query_string(&query, ""), "q=ai&country=NO,SE&focus=digital_health&from=2019&sort=newest");
/// ```
pub fn to_query_string(query: &Query, prefix: &str) -> String {
    let prefix = encode(prefix);
    params(query)
        .iter()
        .map(|(name, values)| {
            let values: Vec<String> = values.iter().map(|v| encode(v)).collect();
            format!("{prefix}{name}={}", values.join(","))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Whether a parameter of [`params`] is a list (a facet's codes) rather
/// than one value (`q`, `from`, `to`, `sort`).
pub fn is_list(name: &str) -> bool {
    Facet::ALL.iter().any(|facet| facet.param() == name)
}

/// The query as the address writes it, unencoded: each parameter's name
/// (`q`, `country`, `focus`, …, `from`, `to`, `sort`) and its values, in the
/// documented order; what the view does not narrow is left out. The host
/// page's `nordic-partnerships:change` event carries this form.
///
/// ```
/// use nordic_partnerships::model::Country;
/// use nordic_partnerships::query::{url_state::params, FacetValue, Query};
///
/// let mut query = Query::new().with(FacetValue::Country(Country::Se)).with(FacetValue::Country(Country::No));
/// query.text = "helse, AI".into();
/// assert_eq!(params(&query), [("q", vec!["helse, AI".to_owned()]), ("country", vec!["NO".to_owned(), "SE".to_owned()])]);
/// ```
pub fn params(query: &Query) -> Vec<(&'static str, Vec<String>)> {
    let mut pairs: Vec<(&'static str, Vec<String>)> = Vec::new();
    if !query.text.is_empty() {
        pairs.push((TEXT, vec![query.text.clone()]));
    }
    for facet in Facet::ALL {
        let values: Vec<String> = query.selected_in(facet).map(|v| v.code().to_owned()).collect();
        if !values.is_empty() {
            pairs.push((facet.param(), values));
        }
    }
    // Years a URL cannot carry are left out rather than written unreadably.
    if let Some(from) = query.years.from().filter(|y| YEARS.contains(y)) {
        pairs.push((FROM, vec![from.to_string()]));
    }
    if let Some(to) = query.years.to().filter(|y| YEARS.contains(y)) {
        pairs.push((TO, vec![to.to_string()]));
    }
    if let Some(sort) = sort_param(query.sort) {
        pairs.push((SORT, vec![sort.to_owned()]));
    }
    pairs
}

/// Reads a query from a query string (with or without the leading `?`),
/// looking only at parameters whose names start with `prefix`. Never fails:
/// see the module documentation for what is ignored.
pub fn parse(search: &str, prefix: &str) -> Query {
    let mut query = Query::new();
    let (mut from, mut to) = (None, None);
    let mut n_values = [0usize; Facet::ALL.len()];
    for (name, raw_value) in pairs(search) {
        let Some(name) = decode(name).strip_prefix(prefix).map(str::to_owned) else { continue };
        match name.as_str() {
            TEXT => query.text = decode(raw_value).chars().take(MAX_TEXT_CHARS).collect(),
            FROM => from = parse_year(raw_value).or(from),
            TO => to = parse_year(raw_value).or(to),
            SORT => query.sort = SortOrder::parse(&decode(raw_value)).unwrap_or(query.sort),
            _ => {
                let Some(facet) = Facet::from_param(&name) else { continue };
                for part in raw_value.split(',') {
                    let Some(n) = n_values.get_mut(facet.position()) else { break };
                    if *n >= MAX_VALUES_PER_FACET {
                        break;
                    }
                    // Codes are read case-insensitively; names exactly.
                    let code = facet.spec().case.apply(&decode(part));
                    if code.chars().count() > MAX_NAME_CHARS {
                        continue;
                    }
                    if let Some(value) = FacetValue::parse(facet, &code) {
                        if query.select(value) {
                            *n += 1;
                        }
                    }
                }
            }
        }
    }
    query.years = YearRange::new(from, to);
    query
}

/// The widget's address in a query string: its query ([`parse`]) and the
/// open record (the last well-formed `open` id; others are ignored).
pub fn read(search: &str, prefix: &str) -> WidgetAddress {
    let open = pairs(search)
        .filter(|(name, _)| decode(name).strip_prefix(prefix) == Some(OPEN))
        .filter_map(|(_, value)| RecordId::parse(&decode(value)))
        .last();
    WidgetAddress { query: parse(search, prefix), open }
}

/// The page's new query string after the widget's address changed: `search`
/// (the current one, with or without `?`) with every parameter of this
/// widget (names starting with `prefix` and naming one of ours) replaced by
/// `address`'s, and all other parameters kept as they were, in their places.
/// Returns `""` when nothing is left, else a string starting with `?`, ready
/// for `history.replaceState`.
pub fn merge(search: &str, prefix: &str, address: &WidgetAddress) -> String {
    let others = pairs(search).filter(|(name, _)| {
        let name = decode(name);
        !name.strip_prefix(prefix).is_some_and(is_ours)
    });
    let mut parts: Vec<String> = others
        .map(|(name, value)| if value.is_empty() { name.to_owned() } else { format!("{name}={value}") })
        .collect();
    let ours = to_query_string(&address.query, prefix);
    if !ours.is_empty() {
        parts.push(ours);
    }
    if let Some(id) = &address.open {
        parts.push(format!("{}{OPEN}={id}", encode(prefix)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The raw (still encoded) name/value pairs of a query string.
fn pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    let search = search.get(..floor_char_boundary(search, MAX_INPUT_BYTES)).unwrap_or("");
    search.split('&').filter(|p| !p.is_empty()).map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

fn parse_year(raw: &str) -> Option<u16> {
    let text = decode(raw);
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|y| YEARS.contains(y))
}

/// Form-encodes `text`: unreserved ASCII as is, space as `+`, every other
/// byte of its UTF-8 as `%XX`.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(char::from(b)),
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                for nibble in [b >> 4, b & 0xF] {
                    out.push(HEX.get(usize::from(nibble)).map_or('0', |&h| char::from(h)));
                }
            }
        }
    }
    out
}

/// Decodes form-encoded text: `+` is a space, `%XX` a byte; a `%` not
/// followed by two hex digits stays as it is, and bytes that are not UTF-8
/// become U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |k: usize| bytes.get(i + k).and_then(|&h| char::from(h).to_digit(16));
                if let (Some(hi), Some(lo)) = (hex(1), hex(2)) {
                    out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_parameter_a_query_writes_is_a_view_parameter() {
        let names = super::view_param_names();
        let mut query = crate::query::Query::new();
        query.text = "x".into();
        query.sort = crate::query::SortOrder::Newest;
        query.years = crate::query::YearRange::new(Some(2001), Some(2020));
        for facet in crate::query::facet::Facet::ALL {
            assert!(names.contains(&facet.param()), "{facet:?}");
        }
        for (name, _) in super::params(&query) {
            assert!(names.contains(&name), "{name}");
        }
        assert!(!names.contains(&super::OPEN));
    }

    use super::*;
    use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};

    #[test]
    fn encoding_round_trips_and_reads_leniently() {
        for (text, encoded) in [
            ("ai", "ai"),
            ("digital health", "digital+health"),
            ("Umeå", "Ume%C3%A5"),
            ("a+b&c=d,e%", "a%2Bb%26c%3Dd%2Ce%25"),
            ("", ""),
        ] {
            assert_eq!(encode(text), encoded);
            assert_eq!(decode(encoded), text);
        }
        for (raw, decoded) in
            [("%", "%"), ("%4", "%4"), ("%zz", "%zz"), ("%C3", "\u{FFFD}"), ("%e5", "\u{FFFD}"), ("%41", "A")]
        {
            assert_eq!(decode(raw), decoded, "{raw:?}");
        }
    }

    #[test]
    fn every_parameter() {
        let mut query = Query::new()
            .with(FacetValue::Country(Country::Fi))
            .with(FacetValue::FocusArea(FocusArea::Cancer))
            .with(FacetValue::PartnershipKind(PartnershipKind::Project))
            .with(FacetValue::PartnerKind(PartnerKind::Hospital))
            .with(FacetValue::Status(Status::Active))
            .with(FacetValue::Partner("Helse Bergen HF, Haukeland".into()))
            .with(FacetValue::Partner("NORCE".into()));
        query.text = "helse bergen".into();
        query.years = YearRange::new(Some(2015), Some(2020));
        query.sort = SortOrder::Title;
        let text = to_query_string(&query, "np1-");
        assert_eq!(
            text,
            "np1-q=helse+bergen&np1-country=FI&np1-focus=cancer&np1-kind=project&np1-partner_kind=hospital\
             &np1-status=active&np1-partner=Helse+Bergen+HF%2C+Haukeland,NORCE&np1-from=2015&np1-to=2020&np1-sort=title"
        );
        assert_eq!(parse(&text, "np1-"), query);
        assert_eq!(parse(&format!("?{text}"), "np1-"), query);
        assert_eq!(parse(&text, ""), Query::new(), "other widgets' parameters are not ours");
        assert_eq!(to_query_string(&Query::new(), "np1-"), "");
    }
}
