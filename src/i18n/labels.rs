//! Labels for the controlled vocabularies, in every interface language:
//! each language's texts file holds them (`focus_area_labels` …), in the
//! order of the vocabulary's `ALL`.

use super::UiLang;
use crate::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};

/// A language's own name and its labels for the controlled vocabularies. Apart
/// from [`super::Texts`]: every language's labels stay in the widget (the
/// language switch names each language in itself, and search matches a focus
/// area by its label in any language), while a published widget fetches the
/// other texts of a language only when it speaks it.
#[derive(Debug)]
pub struct Labels {
    /// The language's own name, for a language switch.
    pub language_name: &'static str,
    /// The focus areas, in the order of `FocusArea::ALL` (each line names its value).
    pub focus_area_labels: [&'static str; crate::model::FocusArea::ALL.len()],
    /// The kinds of partnership, in the order of `PartnershipKind::ALL` (each line names its value).
    pub partnership_kind_labels: [&'static str; crate::model::PartnershipKind::ALL.len()],
    /// The statuses, in the order of `Status::ALL` (each line names its value).
    pub status_labels: [&'static str; crate::model::Status::ALL.len()],
    /// The kinds of partner, in the order of `PartnerKind::ALL` (each line names its value).
    pub partner_kind_labels: [&'static str; crate::model::PartnerKind::ALL.len()],
    /// The countries, in the order of `Country::ALL` (each line names its value).
    pub country_labels: [&'static str; crate::model::Country::ALL.len()],
}

/// A value with a human label in each interface language.
pub trait Label: Copy {
    /// The label in `lang`.
    fn label(self, lang: UiLang) -> &'static str;
}

/// The label of `value` from a language's list, by its place in `all`.
fn nth<T: PartialEq>(labels: &[&'static str], all: &[T], value: &T) -> &'static str {
    all.iter().position(|v| v == value).and_then(|i| labels.get(i)).copied().unwrap_or_default()
}

impl Label for FocusArea {
    fn label(self, lang: UiLang) -> &'static str {
        nth(&lang.labels().focus_area_labels, FocusArea::ALL, &self)
    }
}

impl Label for PartnershipKind {
    fn label(self, lang: UiLang) -> &'static str {
        nth(&lang.labels().partnership_kind_labels, PartnershipKind::ALL, &self)
    }
}

impl Label for Status {
    fn label(self, lang: UiLang) -> &'static str {
        nth(&lang.labels().status_labels, Status::ALL, &self)
    }
}

impl Label for PartnerKind {
    fn label(self, lang: UiLang) -> &'static str {
        nth(&lang.labels().partner_kind_labels, PartnerKind::ALL, &self)
    }
}

impl Label for Country {
    fn label(self, lang: UiLang) -> &'static str {
        nth(&lang.labels().country_labels, Country::ALL, &self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_present_and_distinct_within_a_language() {
        for lang in UiLang::ALL {
            let labels: Vec<&str> = FocusArea::ALL.iter().map(|f| f.label(lang)).collect();
            let mut unique = labels.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{lang:?}");
            assert!(labels.iter().all(|l| !l.is_empty()));
        }
        assert_eq!(FocusArea::Cancer.label(UiLang::Da), "Kræft");
        assert_eq!(Country::Fi.label(UiLang::Fi), "Suomi");
    }
}
