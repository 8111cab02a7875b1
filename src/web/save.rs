//! Taking the view away: a file offered for download, a link on the
//! clipboard, and the visitor's date for the file's name.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::NodeRef;

/// Offers `text` as a file called `name`. The link that starts the download is
/// put beside `near` (inside the widget's shadow root, which Firefox needs for
/// the click to count) and removed at once; the file's address is freed a
/// frame later, when the download has it. Returns whether the browser took it.
pub fn offer_file(near: &NodeRef, name: &str, media_type: &str, text: &str) -> bool {
    let Some(parent) = near.get() else { return false };
    let Some(document) = parent.owner_document() else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(href) = Url::create_object_url_with_blob(&blob) else { return false };
    let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) else {
        let _ = Url::revoke_object_url(&href);
        return false;
    };
    link.set_href(&href);
    link.set_download(name);
    link.set_hidden(true);
    let placed = parent.append_child(&link).is_ok();
    if placed {
        link.click();
        link.remove();
    }
    wasm_bindgen_futures::spawn_local(async move {
        super::pacing::after_next_frame().await;
        let _ = Url::revoke_object_url(&href);
    });
    placed
}

/// Puts `text` on the clipboard. `false` where the page cannot (no secure
/// context, a frame without the permission, the visitor said no).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    // `navigator.clipboard` is missing outside secure contexts: calling it then would throw.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok()) else { return false };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Today in the visitor's time zone, `YYYY-MM-DD`.
pub fn local_date() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
