//! What a visitor asks for: free text, chosen facet values, a year range and
//! a sort order. Typed throughout, so no filter is ever a loose string; the
//! URL form lives in [`crate::query::url_state`], the evaluation in [`crate::search`].

mod facet;
pub mod url_state;

pub use facet::{CodeCase, Facet, FacetSpec};

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::i18n::{Label, UiLang};
use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};

/// One choosable value of one facet.
///
/// Ordering is by facet (in [`Facet::ALL`] order), then by the value's enum
/// order, or by the name's bytes for partners; it is the canonical order of
/// a query's selection and of its URL.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetValue {
    /// A country.
    Country(Country),
    /// A focus area.
    FocusArea(FocusArea),
    /// A partnership kind.
    PartnershipKind(PartnershipKind),
    /// A partner kind.
    PartnerKind(PartnerKind),
    /// A status.
    Status(Status),
    /// A partner organisation's `name`, exactly as written in the data.
    /// Shared (`Arc`), because results list thousands of them per keystroke.
    Partner(Arc<str>),
}

impl FacetValue {
    /// The facet this value belongs to.
    pub fn facet(&self) -> Facet {
        match self {
            FacetValue::Country(_) => Facet::Country,
            FacetValue::FocusArea(_) => Facet::FocusArea,
            FacetValue::PartnershipKind(_) => Facet::PartnershipKind,
            FacetValue::PartnerKind(_) => Facet::PartnerKind,
            FacetValue::Status(_) => Facet::Status,
            FacetValue::Partner(_) => Facet::Partner,
        }
    }

    /// The code used in data and URLs (`SE`, `digital_health`), or the
    /// partner's name. Also a stable `key` for the UI's lists.
    pub fn code(&self) -> &str {
        match self {
            FacetValue::Country(v) => v.code(),
            FacetValue::FocusArea(v) => v.code(),
            FacetValue::PartnershipKind(v) => v.code(),
            FacetValue::PartnerKind(v) => v.code(),
            FacetValue::Status(v) => v.code(),
            FacetValue::Partner(name) => name.as_ref(),
        }
    }

    /// The text a visitor reads for this value in `lang`; a partner's name as it is.
    pub fn label(&self, lang: UiLang) -> &str {
        match self {
            FacetValue::Country(v) => v.label(lang),
            FacetValue::FocusArea(v) => v.label(lang),
            FacetValue::PartnershipKind(v) => v.label(lang),
            FacetValue::PartnerKind(v) => v.label(lang),
            FacetValue::Status(v) => v.label(lang),
            FacetValue::Partner(name) => name.as_ref(),
        }
    }

    /// Parses a value of `facet` from its [`code`](FacetValue::code); `None`
    /// for an unknown code or an empty partner name.
    pub fn parse(facet: Facet, code: &str) -> Option<FacetValue> {
        match facet {
            Facet::Country => Country::parse(code).map(FacetValue::Country),
            Facet::FocusArea => FocusArea::parse(code).map(FacetValue::FocusArea),
            Facet::PartnershipKind => PartnershipKind::parse(code).map(FacetValue::PartnershipKind),
            Facet::PartnerKind => PartnerKind::parse(code).map(FacetValue::PartnerKind),
            Facet::Status => Status::parse(code).map(FacetValue::Status),
            Facet::Partner => (!code.is_empty()).then(|| FacetValue::Partner(code.into())),
        }
    }
}

/// An inclusive range of years; either end may be open. A partnership matches
/// when its period overlaps the range (see [`crate::search`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct YearRange {
    from: Option<u16>,
    to: Option<u16>,
}

impl YearRange {
    /// The range from `from` to `to`, both included; given the wrong way round
    /// they are swapped, so `from <= to` always holds.
    pub fn new(from: Option<u16>, to: Option<u16>) -> YearRange {
        match (from, to) {
            (Some(f), Some(t)) if f > t => YearRange { from: Some(t), to: Some(f) },
            _ => YearRange { from, to },
        }
    }

    /// The first year, if bounded below.
    pub fn from(self) -> Option<u16> {
        self.from
    }

    /// The last year, if bounded above.
    pub fn to(self) -> Option<u16> {
        self.to
    }

    /// Whether neither end is set, so the range filters nothing.
    pub fn is_open(self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// Best text match first; with no text, the order of the data file.
    #[default]
    Relevance,
    /// Latest start first; records with no start date last.
    Newest,
    /// Earliest start first; records with no start date last.
    Oldest,
    /// Title A–Z in the interface language's alphabet.
    Title,
}

impl SortOrder {
    /// Every order, in the order a sort menu lists them.
    pub const ALL: [SortOrder; 4] = [SortOrder::Relevance, SortOrder::Newest, SortOrder::Oldest, SortOrder::Title];

    /// Its name in the address (`sort=newest`) and in the sort menu's values.
    pub fn code(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::Newest => "newest",
            SortOrder::Oldest => "oldest",
            SortOrder::Title => "title",
        }
    }

    /// The order named `code`, as [`SortOrder::code`] writes it.
    pub fn parse(code: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|sort| sort.code() == code)
    }
}

/// Everything a visitor has asked for. The default asks for nothing: every
/// record, in data order.
///
/// ```
/// use nordic_partnerships::{Country, FacetValue, FocusArea, Query, SortOrder, YearRange};
///
/// let mut query = Query::new()
///     .with(FacetValue::Country(Country::Se))
///     .with(FacetValue::FocusArea(FocusArea::DigitalHealth));
/// query.text = "region".into();
/// query.years = YearRange::new(Some(2019), None);
/// query.sort = SortOrder::Newest;
/// assert_eq!(query.selected().count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Query {
    /// The search box's text, exactly as typed.
    pub text: String,
    /// The years a partnership's period must overlap.
    pub years: YearRange,
    /// The order of the results.
    pub sort: SortOrder,
    selected: BTreeSet<FacetValue>,
}

impl Query {
    /// A query that asks for nothing.
    pub fn new() -> Query {
        Query::default()
    }

    /// Whether `value` is chosen.
    pub fn is_selected(&self, value: &FacetValue) -> bool {
        self.selected.contains(value)
    }

    /// Chooses `value`; returns whether the query changed. An empty partner
    /// name is refused, since no partner can have it.
    pub fn select(&mut self, value: FacetValue) -> bool {
        if matches!(&value, FacetValue::Partner(name) if name.is_empty()) {
            return false;
        }
        self.selected.insert(value)
    }

    /// Un-chooses `value`; returns whether the query changed.
    pub fn deselect(&mut self, value: &FacetValue) -> bool {
        self.selected.remove(value)
    }

    /// Chooses `value` if it was not chosen, un-chooses it if it was.
    pub fn toggle(&mut self, value: FacetValue) {
        if !self.deselect(&value) {
            self.select(value);
        }
    }

    /// Un-chooses every value of `facet`.
    pub fn clear_facet(&mut self, facet: Facet) {
        self.selected.retain(|v| v.facet() != facet);
    }

    /// Every chosen value, in canonical order.
    pub fn selected(&self) -> impl Iterator<Item = &FacetValue> {
        self.selected.iter()
    }

    /// The chosen values of `facet`, in canonical order.
    pub fn selected_in(&self, facet: Facet) -> impl Iterator<Item = &FacetValue> {
        self.selected.iter().filter(move |v| v.facet() == facet)
    }

    /// Whether the search box holds text (not only spaces).
    pub fn has_text(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// Whether any facet value or year is chosen (text and sort aside).
    pub fn has_filters(&self) -> bool {
        !self.selected.is_empty() || !self.years.is_open()
    }

    /// This query with `value` chosen too; handy for building queries in code.
    #[must_use]
    pub fn with(mut self, value: FacetValue) -> Query {
        self.select(value);
        self
    }

    /// This query with `text` as its search text.
    #[must_use]
    pub fn with_text(mut self, text: impl Into<String>) -> Query {
        self.text = text.into();
        self
    }

    /// This query with `years` as its year range.
    #[must_use]
    pub fn with_years(mut self, years: YearRange) -> Query {
        self.years = years;
        self
    }

    /// This query sorted by `sort`.
    #[must_use]
    pub fn with_sort(mut self, sort: SortOrder) -> Query {
        self.sort = sort;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ranges_keep_from_before_to() {
        let r = YearRange::new(Some(2024), Some(2019));
        assert_eq!((r.from(), r.to()), (Some(2019), Some(2024)));
        assert!(YearRange::default().is_open());
        assert!(!YearRange::new(None, Some(2000)).is_open());
    }

    #[test]
    fn selection_is_a_set_in_canonical_order() {
        let mut q = Query::new()
            .with(FacetValue::Partner("Umeå universitet".into()))
            .with(FacetValue::Country(Country::Se))
            .with(FacetValue::Country(Country::No));
        assert!(!q.select(FacetValue::Country(Country::Se)));
        assert!(!q.select(FacetValue::Partner("".into())));
        let codes: Vec<&str> = q.selected().map(FacetValue::code).collect();
        assert_eq!(codes, ["NO", "SE", "Umeå universitet"]);
        q.toggle(FacetValue::Country(Country::No));
        assert_eq!(q.selected_in(Facet::Country).count(), 1);
        q.clear_facet(Facet::Country);
        assert!(q.has_filters());
        q.clear_facet(Facet::Partner);
        assert!(!q.has_filters());
    }

    #[test]
    fn values_parse_from_their_codes() {
        for (facet, code, want) in [
            (Facet::Country, "SE", Some(FacetValue::Country(Country::Se))),
            (Facet::Country, "se", None),
            (Facet::FocusArea, "cancer", Some(FacetValue::FocusArea(FocusArea::Cancer))),
            (Facet::Status, "done", None),
            (Facet::Partner, "NORCE", Some(FacetValue::Partner("NORCE".into()))),
            (Facet::Partner, "", None),
        ] {
            assert_eq!(FacetValue::parse(facet, code), want, "{facet:?} {code:?}");
        }
        for (i, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(facet.position(), i);
        }
    }
}
