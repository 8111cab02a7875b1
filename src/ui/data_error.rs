//! The whole-file error: shown instead of the grid when the data cannot be
//! read at all. A plain view function (no state of its own).

use yew::prelude::*;

use super::landmark_label;
use crate::embed::settings::Settings;
use crate::view::Failure;

/// Shown instead of the grid when the data cannot be read at all.
pub(super) fn data_error(failure: Failure, settings: &Settings) -> Html {
    let lang = settings.lang;
    let texts = lang.texts();
    html! {
        <section class="np-widget" data-theme={settings.theme.code()} lang={lang.tag()} aria-label={landmark_label(settings.title.as_ref(), lang)}>
            <div class="np-error" role="alert">
                <p class="np-error__title">{ texts.data_error }</p>
                <p class="np-error__detail">{ failure.message(texts) }{ " " }{ texts.error_details }</p>
            </div>
        </section>
    }
}
