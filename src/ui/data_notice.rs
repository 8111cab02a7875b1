//! Messages about the data itself: some records left out, or nothing readable.

use yew::prelude::*;

use crate::i18n::UiLang;

/// Properties of [`DataNotice`].
#[derive(Properties, PartialEq)]
pub struct DataNoticeProps {
    /// How many records could not be shown.
    pub n_rejected: usize,
    /// The interface language.
    pub lang: UiLang,
}

/// "N entries could not be shown": nothing when every record is valid.
#[component]
pub fn DataNotice(props: &DataNoticeProps) -> Html {
    if props.n_rejected == 0 {
        return html! {};
    }
    html! { <p class="np-notice">{ props.lang.texts().rejected(props.n_rejected) }</p> }
}

/// Properties of [`DataError`].
#[derive(Properties, PartialEq)]
pub struct DataErrorProps {
    /// What went wrong, for editors.
    pub detail: AttrValue,
    /// The interface language.
    pub lang: UiLang,
}

/// Shown instead of the grid when the data cannot be read at all.
#[component]
pub fn DataError(props: &DataErrorProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <section class="np-widget" lang={props.lang.tag()} aria-label={texts.widget_label}>
            <div class="np-error" role="alert">
                <p class="np-error__title">{ texts.data_error }</p>
                <p class="np-error__detail">{ props.detail.clone() }</p>
            </div>
        </section>
    }
}
