//! The whole-file error: shown instead of the grid when the data cannot be
//! read at all.

use yew::prelude::*;

use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::view::Failure;

/// Properties of [`DataError`].
#[derive(Properties, PartialEq)]
pub struct DataErrorProps {
    /// What went wrong.
    pub failure: Failure,
    /// The interface language.
    pub lang: UiLang,
    /// The colour theme.
    #[prop_or_default]
    pub theme: Theme,
    /// The landmark name; by default the interface language's.
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

/// Shown instead of the grid when the data cannot be read at all.
#[component]
pub fn DataError(props: &DataErrorProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <section class="np-widget" data-theme={props.theme.code()} lang={props.lang.tag()} aria-label={props.title.clone().unwrap_or(AttrValue::Static(texts.widget_label))}>
            <div class="np-error" role="alert">
                <p class="np-error__title">{ texts.data_error }</p>
                <p class="np-error__detail">{ props.failure.message(texts) }{ " " }{ texts.error_details }</p>
            </div>
        </section>
    }
}
