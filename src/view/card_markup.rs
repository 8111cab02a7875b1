//! A card, and a record's list of sources, as HTML (see [`super::markup`]
//! for why a string and why it is safe). The card grid and the details
//! dialog place these; the "Details" button carries the record's position in
//! `data-np-open`, which the grid reads from a click anywhere inside it.

use crate::i18n::{Label, UiLang};
use crate::model::Partnership;
use crate::search::{segments, Field, Highlights};

use super::card_text;
use super::headings::heading_tag;
use super::markup::{Markup, SafeHtml};

/// How many partners a card lists before "+ N more".
const PARTNER_PREVIEW: usize = 4;

/// The attribute on a card's "Details" button that holds the record's position.
pub const OPEN_ATTRIBUTE: &str = "data-np-open";

/// What a card needs besides the record.
#[derive(Clone, Copy)]
pub struct CardContext<'a> {
    /// The interface language.
    pub lang: UiLang,
    /// The level of the widget's heading; card titles sit one below.
    pub heading_level: u8,
    /// A source address as the browser will follow it, or `None` where it
    /// must not become a link (the web layer's second opinion).
    pub href: &'a dyn Fn(&str) -> Option<String>,
}

/// The card of `p`, the record at `index`, with `marks` highlighted.
pub fn card(p: &Partnership, index: usize, marks: &Highlights, cx: CardContext<'_>) -> SafeHtml {
    let lang = cx.lang;
    let texts = lang.texts();
    let mut m = Markup::with_capacity(2048);
    let status_class = format!("np-card np-card--{}", p.status.code());
    m.open("article", &[("class", Some(&status_class)), ("tabindex", Some("-1"))]);

    m.open("header", &[("class", Some("np-card__header"))]);
    let title = card_text::title(p, lang);
    let title_tag = heading_tag(cx.heading_level, 1);
    m.open(title_tag, &[("class", Some("np-card__title")), ("lang", Some(title.lang.code()))]);
    highlighted(&mut m, &title.text, marks.ranges(Field::Title));
    m.close(title_tag);
    m.element("p", &[("class", Some("np-card__kind"))], &card_text::kind_and_status(p, lang));
    m.close("header");

    if let Some(summary) = card_text::summary(p, lang) {
        m.open("p", &[("class", Some("np-card__summary")), ("lang", Some(summary.lang.code()))]);
        highlighted(&mut m, &summary.text, marks.ranges(Field::Summary));
        m.close("p");
    }

    m.open("dl", &[("class", Some("np-card__facts"))]);
    fact(&mut m, texts.countries, &card_text::countries(p, lang), &[]);
    if let Some(region) = &p.region {
        fact(&mut m, texts.region, region, marks.ranges(Field::Region));
    }
    fact(&mut m, texts.period, &card_text::period(p, lang), &[]);
    m.close("dl");

    // Matched partners are listed even beyond the preview, so a match is never hidden.
    subhead(&mut m, cx, texts.partners);
    m.open("ul", &[("class", Some("np-partners"))]);
    let mut listed = 0;
    for (i, partner) in p.partners.iter().enumerate() {
        let ranges = marks.ranges(Field::Partner(i));
        if i >= PARTNER_PREVIEW && ranges.is_empty() {
            continue;
        }
        listed += 1;
        m.open("li", &[("class", Some("np-partner"))]);
        m.open("span", &[("class", Some("np-partner__name"))]);
        highlighted(&mut m, card_text::partner_name(partner, lang), ranges);
        m.close("span");
        m.element("span", &[("class", Some("np-partner__kind"))], partner.kind.label(lang));
        m.close("li");
    }
    let n_more = p.partners.len() - listed;
    if n_more > 0 {
        let more = texts.more_partners.replace("{n}", &n_more.to_string());
        m.element("li", &[("class", Some("np-partner np-partner--more"))], &more);
    }
    m.close("ul");
    focus_areas(&mut m, p, lang, marks);

    m.open("footer", &[("class", Some("np-card__footer"))]);
    write_sources(&mut m, p, cx);
    let label = format!("{}: {}", texts.details, title.text);
    let index = index.to_string();
    m.element(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("np-button np-card__open")),
            ("aria-label", Some(&label)),
            (OPEN_ATTRIBUTE, Some(&index)),
        ],
        texts.details,
    );
    m.close("footer");
    m.close("article");
    m.finish()
}

/// The details dialog's content below its title: the whole summary, the
/// facts with the funders, every partner with its kind and country, the
/// focus areas and the sources.
pub fn details(p: &Partnership, cx: CardContext<'_>) -> SafeHtml {
    let lang = cx.lang;
    let texts = lang.texts();
    let mut m = Markup::with_capacity(2048);
    match card_text::summary(p, lang) {
        Some(summary) => {
            m.element("p", &[("class", Some("np-dialog__summary")), ("lang", Some(summary.lang.code()))], &summary.text)
        }
        None => m.element("p", &[("class", Some("np-dialog__summary"))], texts.no_summary),
    };
    m.open("dl", &[("class", Some("np-card__facts"))]);
    fact(&mut m, texts.countries, &card_text::countries(p, lang), &[]);
    if let Some(region) = &p.region {
        fact(&mut m, texts.region, region, &[]);
    }
    fact(&mut m, texts.period, &card_text::period(p, lang), &[]);
    if !p.funders.is_empty() {
        fact(&mut m, texts.funders, &card_text::funders(p, lang), &[]);
    }
    m.close("dl");
    subhead(&mut m, cx, texts.partners);
    m.open("ul", &[("class", Some("np-partners"))]);
    for partner in &p.partners {
        m.open("li", &[("class", Some("np-partner"))]);
        m.element("span", &[("class", Some("np-partner__name"))], card_text::partner_name(partner, lang));
        m.open("span", &[("class", Some("np-partner__kind"))]).text(partner.kind.label(lang));
        if let Some(country) = partner.country {
            m.text(" · ").text(country.as_str());
        }
        m.close("span").close("li");
    }
    m.close("ul");
    focus_areas(&mut m, p, lang, &Highlights::default());
    write_sources(&mut m, p, cx);
    m.finish()
}

/// "Sources" and the list of them: links only where [`CardContext::href`]
/// allows, opening in a new tab without a handle on this page. A record
/// without sources gets neither (an empty "Sources" heading says nothing).
fn write_sources(m: &mut Markup, p: &Partnership, cx: CardContext<'_>) {
    if p.sources.is_empty() {
        return;
    }
    let lang = cx.lang;
    let texts = lang.texts();
    let ui_lang = Some(lang.tag());
    m.open("div", &[("class", Some("np-sources-block"))]);
    subhead(m, cx, texts.sources);
    m.open("ul", &[("class", Some("np-sources"))]);
    for s in &p.sources {
        m.open("li", &[("class", Some("np-source")), ("lang", Some(s.language.code()))]);
        match s.url.as_deref().and_then(cx.href) {
            Some(href) => {
                m.open(
                    "a",
                    &[
                        ("class", Some("np-source__link")),
                        ("href", Some(&href)),
                        ("target", Some("_blank")),
                        ("rel", Some("noopener noreferrer")),
                    ],
                );
                m.text(&s.title);
                m.open("span", &[("class", Some("np-visually-hidden")), ("lang", ui_lang)]);
                m.text(" ").text(texts.opens_in_new_tab).close("span").close("a");
            }
            None => {
                m.element("span", &[("class", Some("np-source__title"))], &s.title);
                m.open("span", &[("class", Some("np-source__meta")), ("lang", ui_lang)]);
                m.text(" (").text(texts.no_address).text(")").close("span");
            }
        }
        if let Some(published) = s.published {
            m.open("span", &[("class", Some("np-source__meta")), ("lang", ui_lang)]);
            m.text(", ").text(&card_text::format_date(published, lang)).close("span");
        }
        m.close("li");
    }
    m.close("ul");
    m.close("div");
}

/// `<div class="np-fact"><dt>term</dt><dd>value</dd></div>`, with `value`'s
/// matched `ranges` marked.
fn fact(m: &mut Markup, term: &str, value: &str, ranges: &[std::ops::Range<usize>]) {
    m.open("div", &[("class", Some("np-fact"))]);
    m.element("dt", &[], term);
    m.open("dd", &[]);
    highlighted(m, value, ranges);
    m.close("dd").close("div");
}

/// A heading inside a card or the dialog ("Partners", "Sources"), two levels
/// below the widget's own.
fn subhead(m: &mut Markup, cx: CardContext<'_>, text: &str) {
    m.element(heading_tag(cx.heading_level, 2), &[("class", Some("np-card__subhead"))], text);
}

/// The focus areas as tags, with `marks`' matches marked.
fn focus_areas(m: &mut Markup, p: &Partnership, lang: UiLang, marks: &Highlights) {
    if p.focus_areas.is_empty() {
        return;
    }
    m.open("ul", &[("class", Some("np-tags")), ("aria-label", Some(lang.texts().focus_areas))]);
    for &area in &p.focus_areas {
        m.open("li", &[("class", Some("np-tag"))]);
        highlighted(m, area.label(lang), marks.ranges(Field::FocusArea(area)));
        m.close("li");
    }
    m.close("ul");
}

/// `text` with its matched `ranges` in `<mark>`.
fn highlighted(m: &mut Markup, text: &str, ranges: &[std::ops::Range<usize>]) {
    if ranges.is_empty() {
        m.text(text);
        return;
    }
    for s in segments(text, ranges) {
        if s.matched {
            m.element("mark", &[("class", Some("np-mark"))], s.text);
        } else {
            m.text(s.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Query;
    use crate::search::Index;

    fn data() -> crate::load::Dataset {
        crate::load::load(
            r#"{"schema_version":1,"partnerships":[
              {"id":"a","title":{"sv":"Vård <i>nära</i> & \"hem\""},"summary":{"sv":"Sammanfattning"},"kind":"project",
               "status":"active","started":"2019-01","countries":["SE","NO"],"region":"Umeå",
               "partners":[{"name":"P1","kind":"university"},{"name":"P2","kind":"region"},{"name":"P3","kind":"company"},
                           {"name":"P4","kind":"other"},{"name":"P5","kind":"other"},{"name":"Umeå kommun","kind":"municipality"}],
               "focus_areas":["digital_health"],
               "sources":[{"title":"Nyhet","url":"https://example.se/a?b=1&c=2","language":"sv","published":"2024-03-05"},
                          {"title":"Utan adress","language":"sv"}]}
            ]}"#,
        )
        .unwrap()
    }

    fn allow(url: &str) -> Option<String> {
        Some(url.to_owned())
    }

    fn deny(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn a_card_escapes_data_and_keeps_its_structure() {
        let data = data();
        let p = &data.records[0];
        let cx = CardContext { lang: UiLang::En, heading_level: 2, href: &allow };
        let html = card(p, 7, &Highlights::default(), cx);
        let html = html.as_str();
        assert!(html.starts_with("<article class=\"np-card np-card--active\" tabindex=\"-1\"><header class=\"np-card__header\"><h3 class=\"np-card__title\" lang=\"sv\">Vård &lt;i&gt;nära&lt;/i&gt; &amp; &quot;hem&quot;</h3>"), "{html}");
        assert!(html.contains("<dt>Countries</dt><dd>Sweden, Norway</dd>"), "{html}");
        assert!(html.contains("<h4 class=\"np-card__subhead\">Partners</h4>"), "{html}");
        // four partners, then "+ 2 more"
        assert_eq!(html.matches("class=\"np-partner\"").count(), 4, "{html}");
        assert!(html.contains("np-partner--more\">+ 2 more"), "{html}");
        assert!(
            html.contains("href=\"https://example.se/a?b=1&amp;c=2\" target=\"_blank\" rel=\"noopener noreferrer\""),
            "{html}"
        );
        assert!(html.contains("<span class=\"np-source__title\">Utan adress</span>"), "{html}");
        assert!(html.contains("data-np-open=\"7\""), "{html}");
        assert!(html.ends_with("</footer></article>"), "{html}");
    }

    #[test]
    fn matches_are_marked_and_a_matched_partner_is_never_hidden() {
        let data = data();
        let index = Index::new(&data.records, 2026);
        let results = index.run(&Query::new().with_text("umeå"), UiLang::Sv);
        let p = &data.records[0];
        let marks = results.highlights(p, UiLang::Sv);
        let html = card(p, 0, &marks, CardContext { lang: UiLang::Sv, heading_level: 2, href: &allow });
        let html = html.as_str();
        assert!(html.contains("<dd><mark class=\"np-mark\">Umeå</mark></dd>"), "{html}");
        assert!(html.contains("<mark class=\"np-mark\">Umeå</mark> kommun"), "{html}");
        // the sixth partner matched, so it is listed; only the fifth is behind "+ 1 till"
        assert_eq!(html.matches("class=\"np-partner\"").count(), 5, "{html}");
        assert!(html.contains("np-partner--more\">+ 1 till"), "{html}");
    }

    #[test]
    fn the_details_list_every_partner_and_escape_data() {
        let data = data();
        let html = details(&data.records[0], CardContext { lang: UiLang::En, heading_level: 3, href: &allow });
        let html = html.as_str();
        assert!(html.starts_with("<p class=\"np-dialog__summary\" lang=\"sv\">Sammanfattning</p>"), "{html}");
        assert_eq!(html.matches("class=\"np-partner\"").count(), 6, "{html}");
        assert!(html.contains("<h5 class=\"np-card__subhead\">Partners</h5>"), "{html}");
        assert!(!html.contains("np-partner--more"), "{html}");
        assert!(html.contains("<dd>Umeå</dd>"), "{html}");
    }

    #[test]
    fn an_address_the_browser_refuses_is_no_link() {
        let data = data();
        let html = details(&data.records[0], CardContext { lang: UiLang::En, heading_level: 2, href: &deny });
        let html = html.as_str();
        assert!(!html.contains("<a "), "{html}");
        assert_eq!(html.matches("(no web address)").count(), 2, "{html}");
    }

    #[test]
    fn a_record_without_sources_has_no_sources_heading() {
        let data = crate::load::load(
            r#"{"schema_version":1,"partnerships":[{"id":"a","title":{"en":"A"},"kind":"project",
               "status":"active","countries":["SE"],"partners":[{"name":"P1","kind":"university"}]}]}"#,
        )
        .unwrap();
        let cx = CardContext { lang: UiLang::En, heading_level: 2, href: &allow };
        for html in [card(&data.records[0], 0, &Highlights::default(), cx), details(&data.records[0], cx)] {
            let html = html.as_str();
            assert!(!html.contains("Sources") && !html.contains("np-sources"), "{html}");
            assert!(html.contains("Partners"), "{html}");
        }
    }
}
