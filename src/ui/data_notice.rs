//! Notices for editors above the results: records left out, settings ignored.
//! A plain view function, not a component: it holds no state, and a
//! component's machinery costs the wasm about a kilobyte each.

use yew::prelude::*;

use crate::i18n::UiLang;

/// "N entries could not be shown", "N entries are shown without details…",
/// then the `notices`: nothing when every record is complete.
pub(super) fn data_notice(n_rejected: usize, n_incomplete: usize, notices: &[AttrValue], lang: UiLang) -> Html {
    html! {
        <>
            if n_rejected > 0 {
                <p class="np-notice">{ lang.rejected(n_rejected) }</p>
            }
            if n_incomplete > 0 {
                <p class="np-notice">{ lang.incomplete(n_incomplete) }</p>
            }
            { for notices.iter().map(|notice| html! { <p class="np-notice" lang="en">{ notice.clone() }</p> }) }
        </>
    }
}
