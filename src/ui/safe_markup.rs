//! An element whose content is [`SafeHtml`] (a card, the details), placed by
//! the web layer after each render where it changed — never through Yew's
//! raw-HTML node, which assigns a plain string to `innerHTML` and so fails on
//! a host that enforces Trusted Types. A struct component: its only work is
//! in `rendered`, which children run before their parents, so the content is
//! in place when the widget moves focus into it.

use yew::prelude::*;

use crate::view::markup::SafeHtml;

/// Properties of [`SafeMarkup`].
#[derive(Properties, PartialEq)]
pub struct SafeMarkupProps {
    /// Its content.
    pub html: SafeHtml,
}

/// `<div class="np-markup">` (which the layout ignores: `display:
/// contents`) holding `html`.
pub struct SafeMarkup {
    node: NodeRef,
    /// What the element holds now.
    placed: Option<SafeHtml>,
}

impl Component for SafeMarkup {
    type Message = ();
    type Properties = SafeMarkupProps;

    fn create(_: &Context<Self>) -> SafeMarkup {
        SafeMarkup { node: NodeRef::default(), placed: None }
    }

    #[cfg(target_arch = "wasm32")]
    fn view(&self, _: &Context<Self>) -> Html {
        html! { <div class="np-markup" ref={self.node.clone()} /> }
    }

    /// Natively, rendering to a string (the prerendered first view), the
    /// markup goes into the string as it is: there is no DOM and no
    /// `rendered`, and no Trusted Types to answer to.
    #[cfg(not(target_arch = "wasm32"))]
    fn view(&self, ctx: &Context<Self>) -> Html {
        html! { <div class="np-markup" ref={self.node.clone()}>{ super::prerender::raw(&ctx.props().html) }</div> }
    }

    /// New content goes into the element already there at once, in the update
    /// itself: Yew may run `rendered` in a later task when a render takes
    /// long (its scheduler yields after 16 ms), which would show a frame of
    /// old content (a search's first keystroke: cards without their marks).
    fn changed(&mut self, ctx: &Context<Self>, _old_props: &SafeMarkupProps) -> bool {
        self.place(ctx);
        // The element itself never changes; render again only if it could not take the content.
        self.placed.as_ref() != Some(&ctx.props().html)
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        self.place(ctx);
    }
}

impl SafeMarkup {
    /// Puts the content into the element, unless it holds it already.
    fn place(&mut self, ctx: &Context<Self>) {
        let html = &ctx.props().html;
        if self.placed.as_ref() != Some(html) && crate::web::trusted_html::set_content(&self.node, html) {
            self.placed = Some(html.clone());
        }
    }
}
