//! Messages about the data itself: some records left out, or nothing readable.

use yew::prelude::*;

use super::Failure;
use crate::i18n::UiLang;
use crate::theme::Theme;

/// Properties of [`DataNotice`].
#[derive(Properties, PartialEq)]
pub struct DataNoticeProps {
    /// How many records could not be shown.
    pub n_rejected: usize,
    /// Other notices for editors.
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    /// The interface language.
    pub lang: UiLang,
}

/// "N entries could not be shown": nothing when every record is valid.
#[component]
pub fn DataNotice(props: &DataNoticeProps) -> Html {
    html! {
        <>
            if props.n_rejected > 0 {
                <p class="np-notice">{ props.lang.texts().rejected(props.n_rejected) }</p>
            }
            { for props.notices.iter().map(|notice| html! { <p class="np-notice" lang="en">{ notice.clone() }</p> }) }
        </>
    }
}

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
