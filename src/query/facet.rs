//! The facets, each declared once: its names in the address and in an
//! editor's settings, how its values are written, its vocabulary, its label
//! and how its filter group behaves. Everything else reads this table, so a
//! new facet is one line here, its value type in [`FacetValue`] and its
//! texts; every `match` on [`Facet`] that must learn of it fails to compile
//! until it does, and the tests below check the table itself.

use crate::i18n::Texts;
use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};

/// How a facet's codes are written before they are looked up, so an editor
/// or a link may write `se` or `Digital_Health`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCase {
    /// Country codes: `SE`.
    Upper,
    /// Vocabulary codes: `digital_health`.
    Lower,
    /// Names, exactly as in the data.
    AsGiven,
}

impl CodeCase {
    /// `code` written as this facet writes its codes.
    pub fn apply(self, code: &str) -> String {
        match self {
            CodeCase::Upper => code.to_ascii_uppercase(),
            CodeCase::Lower => code.to_ascii_lowercase(),
            CodeCase::AsGiven => code.to_owned(),
        }
    }
}

/// Everything about a facet but its values' type.
#[derive(Debug, Clone, Copy)]
pub struct FacetSpec {
    /// Its name in the page address (`partner_kind`).
    pub param: &'static str,
    /// Its name as an editor's setting: the `data-…` attribute without
    /// `data-`, and the `mount()` option (`partner-kind`).
    pub setting: &'static str,
    /// What separates values in a setting (`,`, or `;` where values are
    /// names that may hold commas). The address always uses `,` and
    /// percent-encodes a comma inside a value.
    pub setting_separator: char,
    /// How its codes are written.
    pub case: CodeCase,
    /// Its closed vocabulary; empty for names (partners).
    pub codes: &'static [&'static str],
    /// The label of its filter group.
    pub label: fn(&Texts) -> &'static str,
    /// Whether its values are listed by count (long lists) rather than in the vocabulary's order.
    pub by_count: bool,
    /// Whether its filter group starts folded.
    pub starts_folded: bool,
    /// What its values mean, shown under its group's heading (where a label alone is not enough).
    pub help: Option<fn(&Texts) -> &'static str>,
}

/// Declares [`Facet`] and its [`FacetSpec`]s in one table.
macro_rules! facets {
    ($( $(#[$doc:meta])* $name:ident => $spec:expr, )+) => {
        /// A dimension the results can be narrowed by. Values chosen within one facet
        /// are combined with OR, facets with AND.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Facet {
            $( $(#[$doc])* $name, )+
        }

        impl Facet {
            /// Every facet, in the order results and URLs list them.
            pub const ALL: [Facet; [$(Facet::$name),+].len()] = [$(Facet::$name),+];

            /// What this facet is.
            pub fn spec(self) -> &'static FacetSpec {
                match self {
                    $( Facet::$name => {
                        const SPEC: FacetSpec = $spec;
                        &SPEC
                    } )+
                }
            }
        }
    };
}

facets! {
    /// The Nordic countries a partnership works in.
    Country => FacetSpec {
        param: "country", setting: "country", setting_separator: ',', case: CodeCase::Upper, codes: Country::CODES,
        label: |t| t.facet_country, by_count: false, starts_folded: false, help: None,
    },
    /// Its focus areas.
    FocusArea => FacetSpec {
        param: "focus", setting: "focus", setting_separator: ',', case: CodeCase::Lower, codes: FocusArea::CODES,
        label: |t| t.facet_focus_area, by_count: true, starts_folded: false, help: None,
    },
    /// What sort of partnership it is.
    PartnershipKind => FacetSpec {
        param: "kind", setting: "kind", setting_separator: ',', case: CodeCase::Lower, codes: PartnershipKind::CODES,
        label: |t| t.facet_partnership_kind, by_count: false, starts_folded: false, help: None,
    },
    /// The kinds of organisation taking part (a record matches when any partner has the kind).
    PartnerKind => FacetSpec {
        param: "partner_kind", setting: "partner-kind", setting_separator: ',', case: CodeCase::Lower,
        codes: PartnerKind::CODES, label: |t| t.facet_partner_kind, by_count: false, starts_folded: false, help: None,
    },
    /// Whether it is running.
    Status => FacetSpec {
        param: "status", setting: "status", setting_separator: ',', case: CodeCase::Lower, codes: Status::CODES,
        label: |t| t.facet_status, by_count: false, starts_folded: false, help: Some(|t| t.status_help),
    },
    /// A named partner organisation (by the partner's `name`, exactly as in the data).
    Partner => FacetSpec {
        param: "partner", setting: "partner", setting_separator: ';', case: CodeCase::AsGiven, codes: &[],
        label: |t| t.facet_partner, by_count: true, starts_folded: true, help: None,
    },
}

impl Facet {
    /// The facet's name in the page address (`partner_kind`).
    pub fn param(self) -> &'static str {
        self.spec().param
    }

    /// The facet's name as an editor's setting (`partner-kind`).
    pub fn setting(self) -> &'static str {
        self.spec().setting
    }

    /// The facet an editor's setting name stands for.
    pub fn from_setting(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.setting() == name)
    }

    /// The facet an address parameter (prefix removed) stands for.
    pub fn from_param(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == name)
    }

    /// This facet's position in [`Facet::ALL`] (the declaration's order).
    pub fn position(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::UiLang;
    use crate::query::FacetValue;

    #[test]
    fn names_are_unique_and_positions_follow_the_table() {
        for (i, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(facet.position(), i);
            assert_eq!(Facet::from_param(facet.param()), Some(facet));
            assert_eq!(Facet::from_setting(facet.setting()), Some(facet));
            // Settings are attribute names: `-`, where the address uses `_`.
            assert_eq!(facet.setting().replace('-', "_"), facet.param());
        }
    }

    #[test]
    fn every_code_reads_as_a_value_of_its_facet_in_any_case() {
        for facet in Facet::ALL {
            let spec = facet.spec();
            for code in spec.codes {
                for written in [code.to_ascii_lowercase(), code.to_ascii_uppercase()] {
                    let value = FacetValue::parse(facet, &spec.case.apply(&written));
                    assert_eq!(value.as_ref().map(FacetValue::code), Some(*code), "{facet:?} {written}");
                    assert_eq!(value.map(|v| v.facet()), Some(facet));
                }
            }
            // A facet without a vocabulary takes names as they are written.
            if spec.codes.is_empty() {
                assert_eq!(spec.case, CodeCase::AsGiven, "{facet:?}");
                assert!(FacetValue::parse(facet, "Umeå universitet").is_some());
            }
        }
    }

    #[test]
    fn every_facet_is_labelled_in_every_language() {
        for lang in UiLang::ALL {
            let labels: Vec<&str> = Facet::ALL.iter().map(|f| (f.spec().label)(lang.texts())).collect();
            assert!(labels.iter().all(|l| !l.trim().is_empty()), "{lang:?}: {labels:?}");
            for facet in Facet::ALL {
                if let Some(help) = facet.spec().help {
                    assert!(help(lang.texts()).len() > 20, "{lang:?} {facet:?}: a help text says something");
                }
            }
            let mut distinct = labels.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), labels.len(), "{lang:?}: {labels:?}");
        }
    }
}
