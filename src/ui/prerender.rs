//! The widget rendered to a string, natively (the prerendered first view,
//! `src/bin/prerender/`). Compiled only for native targets: the wasm never
//! carries Yew's server renderer, and a string has no DOM and no Trusted
//! Types, so this is the one other place (beside `web::trusted_html`) that
//! places markup — only `SafeHtml`, what `view::markup` wrote.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use yew::prelude::*;

use super::{Widget, WidgetProps};
use crate::view::markup::SafeHtml;

/// `html` as it is, for the string renderer.
pub(super) fn raw(html: &SafeHtml) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.as_str().to_owned()))
}

/// [`Widget`] with `props` as HTML. Nothing in its first render waits (no
/// suspense), so one poll finishes it; `None` if it ever did wait.
pub fn render_to_string(props: WidgetProps) -> Option<String> {
    let renderer = yew::LocalServerRenderer::<Widget>::with_props(props).hydratable(false);
    let mut future = pin!(renderer.render());
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(html) => Some(html),
        Poll::Pending => None,
    }
}
