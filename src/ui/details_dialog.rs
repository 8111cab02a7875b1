//! A card's full details and sources in a modal `<dialog>`, without leaving
//! the page. The browser traps focus inside, closes it on Escape and returns
//! focus to the "Details" button.

use std::rc::Rc;

use yew::prelude::*;

use super::SourceList;
use crate::i18n::{Label, UiLang};
use crate::load::Dataset;
use crate::view::card_text;
use crate::view::headings::heading_tag;

/// Properties of [`DetailsDialog`].
#[derive(Properties, PartialEq)]
pub struct DetailsDialogProps {
    /// The data holding the record.
    pub data: Rc<Dataset>,
    /// The record shown, or `None` while closed.
    pub index: Option<usize>,
    /// The level of the widget's heading; the dialog's title sits one below.
    pub heading_level: u8,
    /// The interface language.
    pub lang: UiLang,
    /// Called when the dialog closes (button, Escape).
    pub on_close: Callback<()>,
}

/// The details dialog.
#[component]
pub fn DetailsDialog(props: &DetailsDialogProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.index, move |index| crate::web::dom::set_dialog_open(&dialog, index.is_some()));
    }
    let lang = props.lang;
    let texts = lang.texts();
    let on_close_event = props.on_close.reform(|_: Event| ());
    let on_close_button = props.on_close.reform(|_: MouseEvent| ());
    let record = props.index.and_then(|i| props.data.records.get(i).map(|p| (i, p)));
    let title = record.map(|(_, p)| card_text::title(p, lang));
    let label = title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    html! {
        <dialog class="np-dialog" ref={dialog} aria-label={label.clone()} onclose={on_close_event}>
            if let Some((index, p)) = record {
                <div class="np-dialog__body">
                    <header class="np-dialog__header">
                        <div>
                            <@{heading_tag(props.heading_level, 1)} class="np-dialog__title" lang={title.as_ref().map(|t| t.lang.code())}>{ label.clone() }</@>
                            <p class="np-card__kind">{ card_text::kind_and_status(p, lang) }</p>
                        </div>
                        <button type="button" class="np-button np-dialog__close" onclick={on_close_button}>{ texts.close }</button>
                    </header>
                    if let Some(summary) = card_text::summary(p, lang) {
                        <p class="np-dialog__summary" lang={summary.lang.code()}>{ summary.text }</p>
                    } else {
                        <p class="np-dialog__summary">{ texts.no_summary }</p>
                    }
                    <dl class="np-card__facts">
                        <div class="np-fact"><dt>{ texts.countries }</dt><dd>{ card_text::countries(p, lang) }</dd></div>
                        if let Some(region) = &p.region {
                            <div class="np-fact"><dt>{ texts.region }</dt><dd>{ region.clone() }</dd></div>
                        }
                        <div class="np-fact"><dt>{ texts.period }</dt><dd>{ card_text::period(p, lang) }</dd></div>
                        if !p.funders.is_empty() {
                            <div class="np-fact"><dt>{ texts.funders }</dt><dd>{ card_text::funders(p, lang) }</dd></div>
                        }
                    </dl>
                    <@{heading_tag(props.heading_level, 2)} class="np-card__subhead">{ texts.partners }</@>
                    <ul class="np-partners">
                        { for p.partners.iter().map(|partner| html! {
                            <li class="np-partner">
                                <span class="np-partner__name">{ card_text::partner_name(partner, lang).to_owned() }</span>
                                <span class="np-partner__kind">
                                    { partner.kind.label(lang) }
                                    if let Some(country) = partner.country {
                                        { " · " }{ country.to_string() }
                                    }
                                </span>
                            </li>
                        }) }
                    </ul>
                    if !p.focus_areas.is_empty() {
                        <ul class="np-tags" aria-label={texts.focus_areas}>
                            { for p.focus_areas.iter().map(|f| html! { <li class="np-tag">{ f.label(lang) }</li> }) }
                        </ul>
                    }
                    <SourceList sources={Rc::clone(&props.data)} {index} heading_level={props.heading_level} {lang} />
                </div>
            }
        </dialog>
    }
}
