//! What a mounted widget shows, whatever state its data is in.

use std::rc::Rc;

use yew::prelude::*;

use super::{DataError, Widget};
use crate::i18n::UiLang;
use crate::load::Dataset;

/// The state of a mounted widget's data.
#[derive(Debug, Clone, PartialEq)]
pub enum DataState {
    /// The data is read: show its valid records.
    Ready(Rc<Dataset>),
    /// Nothing could be read; the detail is for editors.
    Failed(AttrValue),
}

/// Properties of [`Root`].
#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The data, or why there is none.
    pub state: DataState,
    /// The interface language.
    #[prop_or_default]
    pub lang: UiLang,
}

/// The component the web layer mounts: the widget, or a clear error.
#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.state {
        DataState::Ready(data) => html! { <Widget data={Rc::clone(data)} lang={props.lang} /> },
        DataState::Failed(detail) => html! { <DataError detail={detail.clone()} lang={props.lang} /> },
    }
}
