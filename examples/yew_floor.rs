//! The size floor: a minimal Yew app — one function component with two
//! `use_state`s, an input with `oninput`, a button and a keyed list — built
//! by `./dev build` with exactly the widget's settings (build-std with
//! `optimize_for_size`, `-Cpanic=immediate-abort`, `opt-level = "z"`, LTO,
//! one codegen unit, `wasm-bindgen --target web`, `wasm-opt -Oz`), so that
//! `tools/budget.mjs` reports the widget's code as a measured multiple of what
//! any Yew app costs. It uses nothing of this crate.

use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let text = use_state(String::new);
    let items = use_state(Vec::<String>::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let onclick = {
        let (text, items) = (text.clone(), items.clone());
        Callback::from(move |_| {
            let mut next = (*items).clone();
            next.push((*text).clone());
            items.set(next);
        })
    };
    html! {
        <main>
            <input value={(*text).clone()} {oninput} aria-label="Item" />
            <button {onclick}>{ "Add" }</button>
            <ul>
                { for items.iter().enumerate().map(|(i, item)| html! { <li key={i}>{ item.clone() }</li> }) }
            </ul>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
