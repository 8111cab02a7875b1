//! The root component: the partnerships as a card grid, with a live result
//! count and a notice when some records of the data could not be shown.

use std::rc::Rc;

use yew::prelude::*;

use super::{CardGrid, DataNotice};
use crate::i18n::UiLang;
use crate::load::Dataset;

/// Properties of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The loaded data: its valid records are shown, its problems counted.
    pub data: Rc<Dataset>,
    /// The interface language.
    #[prop_or_default]
    pub lang: UiLang,
}

/// The partnership widget.
///
/// ```no_run
/// use std::rc::Rc;
/// use nordic_partnerships::{bundled, ui::Widget};
/// use yew::prelude::*;
///
/// #[component]
/// fn App() -> Html {
///     let data = use_memo((), |_| bundled::dataset().unwrap_or_default());
///     html! { <Widget data={Rc::clone(&data)} /> }
/// }
/// ```
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let texts = props.lang.texts();
    let n_records = props.data.records.len();
    html! {
        <section class="np-widget" lang={props.lang.tag()} aria-label={texts.widget_label}>
            <header class="np-header">
                <h2 class="np-title">{ texts.widget_label }</h2>
                <p class="np-count" role="status">{ texts.count(n_records) }</p>
            </header>
            <DataNotice n_rejected={props.data.n_rejected()} lang={props.lang} />
            <CardGrid data={Rc::clone(&props.data)} lang={props.lang} />
        </section>
    }
}
