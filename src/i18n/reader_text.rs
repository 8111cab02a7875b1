//! Which of a record's texts a reader of an interface language sees. The
//! one place that decides it: cards show these strings, the title sort orders
//! by them and search highlights ranges inside them, so all three agree.

use super::UiLang;
use crate::model::{DataLang, Funder, Partner, Partnership};

/// A record's text as one reader sees it, with the language it is written in
/// (for `lang` attributes, so screen readers pronounce it right).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language.
    pub lang: DataLang,
}

/// The title for readers of `lang`: that language, else English, else the
/// first given; the id when a record has no title at all.
pub fn title(record: &Partnership, lang: UiLang) -> Shown<'_> {
    match record.title.best(lang.data_lang()) {
        Some((lang, text)) => Shown { text, lang },
        None => Shown { text: record.id.as_str(), lang: DataLang::En },
    }
}

/// The summary for readers of `lang` (same fallbacks), if there is one.
pub fn summary(record: &Partnership, lang: UiLang) -> Option<Shown<'_>> {
    record.summary.best(lang.data_lang()).map(|(lang, text)| Shown { text, lang })
}

/// A partner's name for readers of `lang`: the English name in English where
/// there is one, otherwise the organisation's own name.
pub fn partner_name(partner: &Partner, lang: UiLang) -> &str {
    name(&partner.name, partner.name_en.as_deref(), lang)
}

/// A funder's name for readers of `lang`, chosen as for partners.
pub fn funder_name(funder: &Funder, lang: UiLang) -> &str {
    name(&funder.name, funder.name_en.as_deref(), lang)
}

fn name<'a>(own: &'a str, english: Option<&'a str>, lang: UiLang) -> &'a str {
    match (lang, english) {
        (UiLang::En, Some(en)) => en,
        _ => own,
    }
}
