//! One partnership as a card: every fact of the record, as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Label, UiLang};
use crate::load::Dataset;
use crate::present;

/// Properties of [`Card`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The data holding the record.
    pub data: Rc<Dataset>,
    /// The record's position in `data.records`.
    pub index: usize,
    /// The interface language.
    pub lang: UiLang,
}

/// A card showing one partnership.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let Some(p) = props.data.records.get(props.index) else {
        return html! {};
    };
    let lang = props.lang;
    let texts = lang.texts();
    let title = present::title(p, lang);
    let summary = present::summary(p, lang);

    html! {
        <article class={classes!("np-card", format!("np-card--{}", p.status.code()))}>
            <header class="np-card__header">
                <h3 class="np-card__title" lang={title.lang.code()}>{ title.text }</h3>
                <p class="np-card__kind">{ present::kind_and_status(p, lang) }</p>
            </header>
            if let Some(summary) = summary {
                <p class="np-card__summary" lang={summary.lang.code()}>{ summary.text }</p>
            }
            <dl class="np-card__facts">
                <div class="np-fact">
                    <dt>{ texts.countries }</dt>
                    <dd>{ present::countries(p, lang) }</dd>
                </div>
                if let Some(region) = &p.region {
                    <div class="np-fact">
                        <dt>{ texts.region }</dt>
                        <dd>{ region.clone() }</dd>
                    </div>
                }
                <div class="np-fact">
                    <dt>{ texts.period }</dt>
                    <dd>{ present::period(p, lang) }</dd>
                </div>
            </dl>
            <h4 class="np-card__subhead">{ texts.partners }</h4>
            <ul class="np-partners">
                { for p.partners.iter().map(|partner| html! {
                    <li class="np-partner">
                        <span class="np-partner__name">{ present::partner_name(partner, lang).to_owned() }</span>
                        <span class="np-partner__kind">{ partner.kind.label(lang) }</span>
                    </li>
                }) }
            </ul>
            if !p.funders.is_empty() {
                <p class="np-card__funders">
                    <span class="np-card__label">{ texts.funders }{ ": " }</span>
                    { present::funders(p, lang) }
                </p>
            }
            if !p.focus_areas.is_empty() {
                <ul class="np-tags" aria-label={texts.focus_areas}>
                    { for p.focus_areas.iter().map(|f| html! { <li class="np-tag">{ f.label(lang) }</li> }) }
                </ul>
            }
            <footer class="np-card__sources">
                <h4 class="np-card__subhead">{ texts.sources }</h4>
                <ul class="np-sources">
                    { for p.sources.iter().map(|s| html! {
                        <li class="np-source" lang={s.language.code()}>
                            if let Some(url) = &s.url {
                                <a class="np-source__link" href={url.clone()} target="_blank" rel="noopener noreferrer">
                                    { s.title.clone() }
                                    <span class="np-visually-hidden" lang={lang.tag()}>{ " " }{ texts.opens_in_new_tab }</span>
                                </a>
                            } else {
                                <span class="np-source__title">{ s.title.clone() }</span>
                                <span class="np-source__meta" lang={lang.tag()}>{ " (" }{ texts.no_address }{ ")" }</span>
                            }
                            if let Some(published) = s.published {
                                <span class="np-source__meta" lang={lang.tag()}>{ ", " }{ present::format_date(published, lang) }</span>
                            }
                        </li>
                    }) }
                </ul>
            </footer>
        </article>
    }
}
