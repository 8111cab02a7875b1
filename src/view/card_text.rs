//! The strings a card and the details dialog show for a [`Partnership`], in
//! one interface language. Pure, so the wording of dates and periods is tested natively and
//! the Yew components only place text.

use crate::i18n::reader_text::{self, Shown};
use crate::i18n::{Label, Texts, UiLang};
use crate::load::freshness::newest_source;
use crate::model::{DataLang, PartialDate, Partnership, Status};

/// A date as precise as it is known: "2019", "January 2019", "23 November 2020".
pub fn format_date(date: PartialDate, lang: UiLang) -> String {
    let texts = lang.texts();
    let month_name = |m: u8| texts.months.get(usize::from(m).saturating_sub(1)).copied().unwrap_or("");
    match (date.month(), date.day()) {
        (Some(m), Some(d)) => texts
            .full_date
            .replace("{d}", &d.to_string())
            .replace("{month}", month_name(m))
            .replace("{m}", &m.to_string())
            .replace("{year}", &date.year().to_string()),
        (Some(m), None) => format!("{} {}", month_name(m), date.year()),
        _ => date.year().to_string(),
    }
}

/// The period a partnership runs: "January 2019 – present", "May 2022 – June 2023".
pub fn period(p: &Partnership, lang: UiLang) -> String {
    let texts = lang.texts();
    let start = p.started.map(|d| format_date(d, lang));
    let end = match p.ended {
        Some(d) => Some(format_date(d, lang)),
        None if p.status == Status::Active => Some(texts.present.to_owned()),
        None => None,
    };
    match (start, end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) => format!("{s} –"),
        (None, Some(e)) => format!("{} – {e}", texts.start_unknown),
        (None, None) => texts.start_unknown.to_owned(),
    }
}

/// A piece of data text and the language it is written in, for `lang`
/// attributes so screen readers pronounce it right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: DataLang,
}

impl From<Shown<'_>> for LangText {
    fn from(shown: Shown<'_>) -> LangText {
        LangText { text: shown.text.to_owned(), lang: shown.lang }
    }
}

/// The title for readers of `lang` (see [`reader_text::title`]).
pub fn title(p: &Partnership, lang: UiLang) -> LangText {
    reader_text::title(p, lang).into()
}

/// The summary for readers of `lang`, if there is one.
pub fn summary(p: &Partnership, lang: UiLang) -> Option<LangText> {
    reader_text::summary(p, lang).map(LangText::from)
}

pub use reader_text::partner_name;

/// The funders' names, comma-separated, English names in English.
pub fn funders(p: &Partnership, lang: UiLang) -> String {
    p.funders.iter().map(|f| reader_text::funder_name(f, lang)).collect::<Vec<_>>().join(", ")
}

/// "Strategic agreement · Active": the line above a card's title.
/// For a record whose status is unknown, how old the newest evidence is,
/// so a visitor can judge for themselves: "… · Status unknown · latest
/// source 2021".
pub fn kind_and_status(p: &Partnership, lang: UiLang) -> String {
    let mut line = format!("{} · {}", p.kind.label(lang), p.status.label(lang));
    if p.status == Status::Unknown {
        let texts = lang.texts();
        line.push_str(" · ");
        match newest_source(p) {
            Some(date) => line.push_str(&texts.latest_source.replace("{year}", &date.year().to_string())),
            None => line.push_str(texts.no_dated_source),
        }
    }
    line
}

/// The countries as words: "Sweden, Denmark".
pub fn countries(p: &Partnership, lang: UiLang) -> String {
    p.countries.iter().map(|c| c.label(lang)).collect::<Vec<_>>().join(", ")
}

/// Texts of `lang`, re-exported for components.
pub fn texts(lang: UiLang) -> &'static Texts {
    lang.texts()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn dates_per_language() {
        assert_eq!(format_date(date("2019-01"), UiLang::Sv), "januari 2019");
        assert_eq!(format_date(date("2019-01"), UiLang::En), "January 2019");
        assert_eq!(format_date(date("2019"), UiLang::Fi), "2019");
        assert_eq!(format_date(date("2020-11-23"), UiLang::En), "23 November 2020");
        assert_eq!(format_date(date("2020-11-23"), UiLang::Nb), "23. november 2020");
        assert_eq!(format_date(date("2020-11-23"), UiLang::Fi), "23.11.2020");
    }

    #[test]
    fn periods() {
        let data = crate::load::load(
            r#"{"schema_version":1,"partnerships":[
              {"id":"a","title":{"sv":"A"},"kind":"project","status":"active","started":"2019-01","countries":["SE"],
               "partners":[{"name":"X","kind":"other"}]},
              {"id":"b","title":{"en":"B"},"kind":"project","status":"completed","started":"2022-05","ended":"2023-06",
               "countries":["NO"],"partners":[{"name":"Y","name_en":"Why","kind":"other"}]},
              {"id":"c","title":{"en":"C"},"kind":"project","status":"unknown","countries":["NO"],
               "partners":[{"name":"Z","kind":"other"}]}
            ]}"#,
        )
        .unwrap();
        let [a, b, c] = [&data.records[0], &data.records[1], &data.records[2]];
        assert_eq!(period(a, UiLang::En), "January 2019 – present");
        assert_eq!(period(b, UiLang::Da), "maj 2022 – juni 2023");
        assert_eq!(period(c, UiLang::En), "start not known");
        assert_eq!(title(a, UiLang::Fi), LangText { text: "A".into(), lang: DataLang::Sv });
        assert_eq!(partner_name(&b.partners[0], UiLang::En), "Why");
        assert_eq!(partner_name(&b.partners[0], UiLang::Nb), "Y");
        assert_eq!(kind_and_status(b, UiLang::Sv), "Projekt · Avslutat");
        // An unknown status says how old the newest evidence is, in every language.
        let mut unknown = b.clone();
        unknown.status = Status::Unknown;
        assert_eq!(kind_and_status(&unknown, UiLang::En), "Project · Status unknown · no dated source");
        unknown.sources.push(crate::model::Source {
            url: None,
            title: "t".into(),
            published: Some(date("2021-05")),
            language: DataLang::En,
        });
        unknown.sources.push(crate::model::Source {
            url: None,
            title: "u".into(),
            published: None,
            language: DataLang::En,
        });
        assert_eq!(kind_and_status(&unknown, UiLang::En), "Project · Status unknown · latest source 2021");
        assert_eq!(kind_and_status(&unknown, UiLang::Sv), "Projekt · Status okänd · senaste källa 2021");
        for lang in UiLang::ALL {
            assert!(kind_and_status(&unknown, lang).ends_with(" 2021"), "{lang:?}");
        }
    }
}
