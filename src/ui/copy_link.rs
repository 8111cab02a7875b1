//! "Copy link": puts an address on the clipboard and says so; where the
//! browser refuses, shows the address selected, to copy by hand. Used for the
//! view's link and for a partnership's. A hook, not a component: it lives in
//! the component that shows it (the view's actions, the details dialog), so
//! it costs the wasm no component machinery of its own.

use yew::prelude::*;

use crate::i18n::UiLang;

/// What the last click did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    /// It could not; the link is shown to copy by hand.
    No,
}

/// The button labelled `label` that copies `link`, a polite status line, and
/// the fallback field: no wrapper, they sit in the caller's group of actions.
/// Nothing (but the hook's state) without a link.
#[hook]
pub(super) fn use_copy_link(link: Option<AttrValue>, label: &'static str, lang: UiLang) -> Html {
    let copied = use_state(|| None::<Copied>);
    // The link to copy by hand is focused and selected: Ctrl+C is all it takes.
    let fallback = use_node_ref();
    {
        let fallback = fallback.clone();
        use_effect_with(*copied, move |copied| {
            if *copied == Some(Copied::No) {
                crate::web::dom::focus_and_select(&fallback);
            }
        });
    }
    // A status about another link is stale.
    {
        let copied = copied.clone();
        // Only when there is one: setting a state re-renders even when it is unchanged.
        use_effect_with(link.clone(), move |_| {
            if copied.is_some() {
                copied.set(None);
            }
        });
    }
    let Some(link) = link else { return Html::default() };
    let onclick = {
        let (copied, link) = (copied.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, link) = (copied.clone(), link.clone());
            yew::platform::spawn_local(async move {
                let ok = crate::web::save::copy_text(&link).await;
                copied.set(Some(if ok { Copied::Yes } else { Copied::No }));
            });
        })
    };
    let texts = lang.texts();
    html! {
        <>
            <button type="button" class="np-link-button np-copy-link" {onclick}>{ label }</button>
            <span class="np-view-actions__status" aria-live="polite">
                if *copied == Some(Copied::Yes) { { texts.link_copied } }
            </span>
            if *copied == Some(Copied::No) {
                <label class="np-view-actions__link">
                    <span>{ texts.copy_this_link }</span>
                    <input type="text" readonly=true value={link} ref={fallback} />
                </label>
            }
        </>
    }
}
