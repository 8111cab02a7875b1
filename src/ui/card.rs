//! One partnership as a card in the grid: its facts at a glance, search
//! matches marked, and a button that opens the full details.

use std::rc::Rc;

use yew::prelude::*;

use super::highlighted::highlighted;
use crate::i18n::{Label, UiLang};
use crate::load::Dataset;
use crate::search::{Field, Results};
use crate::view::card_text;
use crate::view::headings::heading_tag;
use crate::view::state::Action;

/// How many partners a card lists before "+ N more".
const PARTNER_PREVIEW: usize = 4;

/// Properties of [`Card`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The data holding the record.
    pub data: Rc<Dataset>,
    /// The record's position in `data.records`.
    pub index: usize,
    /// The current results, for marking matches. A new query re-renders
    /// every card on screen: measured, that is faster on a facet click than
    /// skipping the cards that stay, because with nothing left to re-render
    /// Yew's scheduler yields to the browser (a layout and paint, ~50 ms)
    /// before the facet groups update.
    pub results: Rc<Results>,
    /// The level of the widget's heading; the card title sits one below.
    pub heading_level: u8,
    /// The interface language.
    pub lang: UiLang,
    /// Receives [`Action::OpenDetails`] for this record.
    pub on_action: Callback<Action>,
}

/// A card showing one partnership.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let Some(p) = props.data.records.get(props.index) else {
        return html! {};
    };
    let lang = props.lang;
    let texts = lang.texts();
    let marks = props.results.highlights(p, lang);
    let title = card_text::title(p, lang);
    let summary = card_text::summary(p, lang);
    let index = props.index;
    let on_open = props.on_action.reform(move |_: MouseEvent| Action::OpenDetails(index));
    // Matched partners are listed even beyond the preview, so a match is never hidden.
    let partners: Vec<usize> =
        (0..p.partners.len()).filter(|&i| i < PARTNER_PREVIEW || !marks.ranges(Field::Partner(i)).is_empty()).collect();
    let n_more = p.partners.len() - partners.len();

    html! {
        <article class={classes!("np-card", format!("np-card--{}", p.status.code()))} tabindex="-1">
            <header class="np-card__header">
                <@{heading_tag(props.heading_level, 1)} class="np-card__title" lang={title.lang.code()}>{ highlighted(&title.text, marks.ranges(Field::Title)) }</@>
                <p class="np-card__kind">{ card_text::kind_and_status(p, lang) }</p>
            </header>
            if let Some(summary) = summary {
                <p class="np-card__summary" lang={summary.lang.code()}>{ highlighted(&summary.text, marks.ranges(Field::Summary)) }</p>
            }
            <dl class="np-card__facts">
                <div class="np-fact">
                    <dt>{ texts.countries }</dt>
                    <dd>{ card_text::countries(p, lang) }</dd>
                </div>
                if let Some(region) = &p.region {
                    <div class="np-fact">
                        <dt>{ texts.region }</dt>
                        <dd>{ highlighted(region, marks.ranges(Field::Region)) }</dd>
                    </div>
                }
                <div class="np-fact">
                    <dt>{ texts.period }</dt>
                    <dd>{ card_text::period(p, lang) }</dd>
                </div>
            </dl>
            <@{heading_tag(props.heading_level, 2)} class="np-card__subhead">{ texts.partners }</@>
            <ul class="np-partners">
                { for partners.into_iter().filter_map(|i| p.partners.get(i).map(|partner| (i, partner))).map(|(i, partner)| html! {
                    <li class="np-partner">
                        <span class="np-partner__name">{ highlighted(card_text::partner_name(partner, lang), marks.ranges(Field::Partner(i))) }</span>
                        <span class="np-partner__kind">{ partner.kind.label(lang) }</span>
                    </li>
                }) }
                if n_more > 0 {
                    <li class="np-partner np-partner--more">{ texts.more_partners.replace("{n}", &n_more.to_string()) }</li>
                }
            </ul>
            if !p.focus_areas.is_empty() {
                <ul class="np-tags" aria-label={texts.focus_areas}>
                    { for p.focus_areas.iter().map(|&f| html! {
                        <li class="np-tag">{ highlighted(f.label(lang), marks.ranges(Field::FocusArea(f))) }</li>
                    }) }
                </ul>
            }
            <footer class="np-card__footer">
                <super::SourceList sources={Rc::clone(&props.data)} index={props.index} heading_level={props.heading_level} {lang} />
                <button type="button" class="np-button np-card__open" onclick={on_open}
                    aria-label={format!("{}: {}", texts.details, title.text)}>
                    { texts.details }
                </button>
            </footer>
        </article>
    }
}
