//! Text given in several languages.

use super::DataLang;

/// Text keyed by language; each entry is non-empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalizedText {
    entries: Vec<(DataLang, String)>,
}

impl LocalizedText {
    /// Builds from (language, text) pairs; the loader has already checked them.
    pub fn new(entries: Vec<(DataLang, String)>) -> LocalizedText {
        LocalizedText { entries }
    }

    /// The text in exactly this language.
    pub fn get(&self, lang: DataLang) -> Option<&str> {
        self.entries.iter().find(|(l, _)| *l == lang).map(|(_, t)| t.as_str())
    }

    /// The text for a reader of `lang`, with the language it is in: that
    /// language (for Nynorsk, then Bokmål), then English, then the first
    /// language given (usually the source's). `None` only when empty.
    pub fn best(&self, lang: DataLang) -> Option<(DataLang, &str)> {
        // Nynorsk readers read Bokmål before English.
        let next = if lang == DataLang::Nn { DataLang::Nb } else { DataLang::En };
        [lang, next, DataLang::En]
            .into_iter()
            .find_map(|l| self.get(l).map(|t| (l, t)))
            .or_else(|| self.entries.first().map(|(l, t)| (*l, t.as_str())))
    }

    /// Every (language, text) pair.
    pub fn entries(&self) -> &[(DataLang, String)] {
        &self.entries
    }

    /// Whether no language has text.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nynorsk_reads_bokmal_before_english() {
        let text = LocalizedText::new(vec![(DataLang::En, "Hi".into()), (DataLang::Nb, "Hei".into())]);
        assert_eq!(text.best(DataLang::Nn), Some((DataLang::Nb, "Hei")));
        assert_eq!(text.best(DataLang::Is), Some((DataLang::En, "Hi")));
    }

    #[test]
    fn falls_back_to_english_then_first() {
        let text = LocalizedText::new(vec![(DataLang::Sv, "Hej".into()), (DataLang::En, "Hi".into())]);
        assert_eq!(text.best(DataLang::Sv), Some((DataLang::Sv, "Hej")));
        assert_eq!(text.best(DataLang::Fi), Some((DataLang::En, "Hi")));
        let swedish_only = LocalizedText::new(vec![(DataLang::Sv, "Hej".into())]);
        assert_eq!(swedish_only.best(DataLang::Da), Some((DataLang::Sv, "Hej")));
        assert_eq!(LocalizedText::default().best(DataLang::En), None);
    }
}
