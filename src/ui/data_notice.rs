//! Notices for editors above the results: records left out, settings ignored.

use yew::prelude::*;

use crate::i18n::UiLang;

/// Properties of [`DataNotice`].
#[derive(Properties, PartialEq)]
pub struct DataNoticeProps {
    /// How many records could not be shown.
    pub n_rejected: usize,
    /// How many records are shown with a value left out.
    #[prop_or_default]
    pub n_incomplete: usize,
    /// Other notices for editors.
    #[prop_or_default]
    pub notices: Vec<AttrValue>,
    /// The interface language.
    pub lang: UiLang,
}

/// "N entries could not be shown", "N entries are shown without details…":
/// nothing when every record is complete.
#[component]
pub fn DataNotice(props: &DataNoticeProps) -> Html {
    html! {
        <>
            if props.n_rejected > 0 {
                <p class="np-notice">{ props.lang.texts().rejected(props.n_rejected) }</p>
            }
            if props.n_incomplete > 0 {
                <p class="np-notice">{ props.lang.texts().incomplete(props.n_incomplete) }</p>
            }
            { for props.notices.iter().map(|notice| html! { <p class="np-notice" lang="en">{ notice.clone() }</p> }) }
        </>
    }
}
