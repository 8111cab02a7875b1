//! The data model: one [`Partnership`] and its typed fields.
//!
//! These types are what the rest of the widget works with. They can only be
//! built by [`crate::load`], which validates the JSON first, so every value
//! here already satisfies the schema's rules (known enum values, real dates,
//! http(s) links, no empty strings).

mod code_enum;
mod country;
mod date;
mod focus_area;
mod id;
mod kinds;
mod lang;
mod localized;
pub mod safe_url;

pub use country::{Country, CountryCode};
pub use date::{PartialDate, PLAUSIBLE_YEARS};
pub use focus_area::FocusArea;
pub use id::RecordId;
pub use kinds::{PartnerKind, PartnershipKind, Status};
pub use lang::DataLang;
pub use localized::LocalizedText;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u64 = 1;

/// One partnership between organisations, as shown on one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partnership {
    /// Stable, unique, kebab-case identifier.
    pub id: RecordId,
    /// The name of the partnership, in one or more languages.
    pub title: LocalizedText,
    /// A short description; may have no text at all.
    pub summary: LocalizedText,
    /// What sort of partnership this is.
    pub kind: PartnershipKind,
    /// Whether it is running.
    pub status: Status,
    /// When it began, as precisely as known.
    pub started: Option<PartialDate>,
    /// When it ended, as precisely as known; `None` while open or unknown.
    pub ended: Option<PartialDate>,
    /// The Nordic countries it works in (at least one).
    pub countries: Vec<Country>,
    /// A region or city, free text.
    pub region: Option<String>,
    /// The organisations taking part (at least one).
    pub partners: Vec<Partner>,
    /// Topics from the controlled vocabulary.
    pub focus_areas: Vec<FocusArea>,
    /// Organisations that pay but do not take part.
    pub funders: Vec<Funder>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// When the record was last checked against its sources, if recorded.
    pub checked: Option<PartialDate>,
}

/// An organisation taking part in a partnership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    /// The organisation's own name, in its own language.
    pub name: String,
    /// Its English name, where it has one that differs.
    pub name_en: Option<String>,
    /// What sort of organisation it is.
    pub kind: PartnerKind,
    /// Where it is based; `None` for international bodies.
    pub country: Option<CountryCode>,
}

/// An organisation that funds a partnership without being a partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Funder {
    /// The organisation's own name.
    pub name: String,
    /// Its English name, where it has one that differs.
    pub name_en: Option<String>,
    /// Where it is based, when known.
    pub country: Option<CountryCode>,
}

/// A public document the facts of a record come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// An `http` or `https` address; `None` when the document has no known address.
    pub url: Option<String>,
    /// The document's title.
    pub title: String,
    /// When it was published, when known.
    pub published: Option<PartialDate>,
    /// The language it is written in.
    pub language: DataLang,
}
