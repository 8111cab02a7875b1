//! A record's sources: links only from addresses the loader accepted as
//! http(s) *and* the browser's own URL parser reads as http(s), opening in a
//! new tab without giving it a handle on this page.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::view::card_text;
use crate::view::headings::heading_tag;

/// Properties of [`SourceList`].
#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    /// The data holding the record.
    pub sources: Rc<Dataset>,
    /// The record's position in the data.
    pub index: usize,
    /// The level of the widget's heading; "Sources" sits two below.
    pub heading_level: u8,
    /// The interface language.
    pub lang: UiLang,
}

/// "Sources" and the list of them.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let Some(p) = props.sources.records.get(props.index) else {
        return html! {};
    };
    let lang = props.lang;
    let texts = lang.texts();
    html! {
        <div class="np-sources-block">
            <@{heading_tag(props.heading_level, 2)} class="np-card__subhead">{ texts.sources }</@>
            <ul class="np-sources">
                { for p.sources.iter().map(|s| html! {
                    <li class="np-source" lang={s.language.code()}>
                        if let Some(href) = s.url.as_deref().and_then(crate::web::links::safe_href) {
                            <a class="np-source__link" {href} target="_blank" rel="noopener noreferrer">
                                { s.title.clone() }
                                <span class="np-visually-hidden" lang={lang.tag()}>{ " " }{ texts.opens_in_new_tab }</span>
                            </a>
                        } else {
                            <span class="np-source__title">{ s.title.clone() }</span>
                            <span class="np-source__meta" lang={lang.tag()}>{ " (" }{ texts.no_address }{ ")" }</span>
                        }
                        if let Some(published) = s.published {
                            <span class="np-source__meta" lang={lang.tag()}>{ ", " }{ card_text::format_date(published, lang) }</span>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}
