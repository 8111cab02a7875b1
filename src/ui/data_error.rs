//! The whole-file error: shown instead of the grid when the data cannot be
//! read at all. A plain view function (no state of its own).

use yew::prelude::*;

use crate::embed::theme::Theme;
use crate::i18n::UiLang;
use crate::view::Failure;

/// Shown instead of the grid when the data cannot be read at all; `title`
/// names the landmark (by default the interface language's name for it).
pub(super) fn data_error(failure: Failure, lang: UiLang, theme: Theme, title: Option<AttrValue>) -> Html {
    let texts = lang.texts();
    html! {
        <section class="np-widget" data-theme={theme.code()} lang={lang.tag()} aria-label={title.unwrap_or(AttrValue::Static(texts.widget_label))}>
            <div class="np-error" role="alert">
                <p class="np-error__title">{ texts.data_error }</p>
                <p class="np-error__detail">{ failure.message(texts) }{ " " }{ texts.error_details }</p>
            </div>
        </section>
    }
}
