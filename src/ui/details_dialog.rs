//! A card's full details and sources in a modal `<dialog>`, without leaving
//! the page. The browser traps focus inside, closes it on Escape and returns
//! focus to the "Details" button.

use yew::prelude::*;

use crate::i18n::UiLang;
use crate::load::Dataset;
use crate::view::card_markup::{self, CardContext};
use crate::view::card_text;
use crate::view::headings::heading_tag;
use crate::view::Shared;

use super::{use_copy_link, SafeMarkup};

/// Properties of [`DetailsDialog`].
#[derive(Properties, PartialEq)]
pub struct DetailsDialogProps {
    /// The data holding the record.
    pub data: Shared<Dataset>,
    /// The record shown, or `None` while closed.
    pub index: Option<usize>,
    /// A link that opens this record's details, to copy (none without an address bar).
    #[prop_or_default]
    pub link: Option<AttrValue>,
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
    let copy_link = use_copy_link(props.link.clone(), texts.copy_partnership_link, lang);
    let on_close_event = props.on_close.reform(|_: Event| ());
    let on_close_button = props.on_close.reform(|_: MouseEvent| ());
    let record = props.index.and_then(|i| props.data.records.get(i));
    let title = record.map(|p| card_text::title(p, lang));
    let label = title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    html! {
        <dialog class="np-dialog" ref={dialog} aria-label={label.clone()} onclose={on_close_event}>
            if let Some(p) = record {
                <div class="np-dialog__body">
                    <header class="np-dialog__header">
                        <div>
                            <@{heading_tag(props.heading_level, 1)} class="np-dialog__title" lang={title.as_ref().map(|t| t.lang.code())}>{ label.clone() }</@>
                            <p class="np-card__kind">{ card_text::kind_and_status(p, lang) }</p>
                        </div>
                        <button type="button" class="np-button np-dialog__close" onclick={on_close_button}>{ texts.close }</button>
                    </header>
                    <SafeMarkup html={card_markup::details(p, CardContext { lang, heading_level: props.heading_level, href: &crate::web::links::safe_href })} />
                    if props.link.is_some() {
                        <div class="np-view-actions np-dialog__actions">{ copy_link }</div>
                    }
                </div>
            }
        </dialog>
    }
}
