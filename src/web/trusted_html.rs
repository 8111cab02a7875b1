//! The one place the widget hands HTML to the page: [`SafeHtml`] (written
//! by `view::markup`, every value escaped) set as an element's content.
//!
//! On a host that enforces Trusted Types (`require-trusted-types-for
//! 'script'`) a plain string assigned to `innerHTML` is refused, so the HTML
//! goes through one named policy, `nordic-partnerships`, created once and
//! only where `trustedTypes` exists. The host allows it with
//! `trusted-types nordic-partnerships` in its CSP (README). The policy passes
//! its input through unchanged: it is only ever given `SafeHtml`, which is
//! what makes that sound.

use std::cell::{Cell, OnceCell};

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::NodeRef;

use crate::view::markup::SafeHtml;

/// The policy's name, which a host lists in its CSP's `trusted-types`.
pub const POLICY_NAME: &str = "nordic-partnerships";

thread_local! {
    /// The policy, once asked for: `None` where the page has no Trusted
    /// Types or refused the policy (then plain strings are tried).
    static POLICY: OnceCell<Option<JsValue>> = const { OnceCell::new() };
    /// Whether the page's refusal was reported (once is enough).
    static REPORTED: Cell<bool> = const { Cell::new(false) };
}

/// Sets the content of the element behind `node` to `html`. `false` (after
/// a console error saying what the host must add) when the page refused it.
pub fn set_content(node: &NodeRef, html: &SafeHtml) -> bool {
    let Some(element) = node.cast::<Element>() else { return false };
    let value = POLICY
        .with(|policy| policy.get_or_init(create_policy).clone())
        .and_then(|policy| trusted(&policy, html.as_str()))
        .unwrap_or_else(|| JsValue::from_str(html.as_str()));
    match Reflect::set(&element, &JsValue::from_str("innerHTML"), &value) {
        Ok(_) => true,
        Err(_) => {
            if REPORTED.with(|r| r.replace(true)) {
                return false;
            }
            gloo::console::error!(format!(
                "nordic-partnerships: this page's Content-Security-Policy requires Trusted Types and refused the \
                 widget's policy; add \"trusted-types {POLICY_NAME}\" to it (see the widget's README)"
            ));
            false
        }
    }
}

/// `trustedTypes.createPolicy(POLICY_NAME, { createHTML: String })`, or
/// `None` where there is no `trustedTypes` or the page refuses the name.
/// `String` is the identity on strings, and a built-in: no closure into the
/// wasm, no copy back and forth per card.
fn create_policy() -> Option<JsValue> {
    let global = js_sys::global();
    let factory = Reflect::get(&global, &JsValue::from_str("trustedTypes")).ok().filter(|f| f.is_object())?;
    let create: Function = Reflect::get(&factory, &JsValue::from_str("createPolicy")).ok()?.dyn_into().ok()?;
    let rules = Object::new();
    let identity = Reflect::get(&global, &JsValue::from_str("String")).ok()?;
    Reflect::set(&rules, &JsValue::from_str("createHTML"), &identity).ok()?;
    create.call2(&factory, &JsValue::from_str(POLICY_NAME), &rules).ok()
}

/// `policy.createHTML(html)`.
fn trusted(policy: &JsValue, html: &str) -> Option<JsValue> {
    let create: Function = Reflect::get(policy, &JsValue::from_str("createHTML")).ok()?.dyn_into().ok()?;
    create.call1(policy, &JsValue::from_str(html)).ok()
}
