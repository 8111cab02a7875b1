//! Text with its search matches marked, built from text nodes and `<mark>`
//! elements only, so data can never become markup.

use std::ops::Range;

use yew::prelude::*;

use crate::search::segments;

/// `text` with `ranges` wrapped in `<mark>`.
pub fn highlighted(text: &str, ranges: &[Range<usize>]) -> Html {
    if ranges.is_empty() {
        return html! { { text.to_owned() } };
    }
    segments(text, ranges)
        .into_iter()
        .map(|s| {
            if s.matched {
                html! { <mark class="np-mark">{ s.text.to_owned() }</mark> }
            } else {
                html! { { s.text.to_owned() } }
            }
        })
        .collect()
}
