//! What a widget tells its host after every change: the query it shows,
//! how many partnerships that finds, and the interface language. A Rust app
//! hears it through the `on_*` props of [`crate::ui::Widget`]; a host page
//! through the `nordic-partnerships:change` event (`web::events`).

use crate::i18n::UiLang;
use crate::query::Query;

/// How many partnerships the view finds, of how many the data holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultCount {
    /// Partnerships that match the query.
    pub count: usize,
    /// Partnerships in the data (after an editor's locked scope).
    pub total: usize,
}

/// The widget's view as its host hears of it.
///
/// ```no_run
/// use std::rc::Rc;
/// use nordic_partnerships::prelude::*;
/// use yew::prelude::*;
///
/// #[component]
/// fn App() -> Html {
///     let data = use_memo((), |_| load::bundled::dataset().unwrap_or_default());
///     let heard = use_state(|| None::<WidgetReport>);
///     let on_change = {
///         let heard = heard.clone();
///         Callback::from(move |report: WidgetReport| heard.set(Some(report)))
///     };
///     let line = heard.as_ref().map(|r| format!("{} of {} ({})", r.results.count, r.results.total, r.lang.tag()));
///     html! { <><p>{ line }</p><Widget data={Rc::clone(&data)} {on_change} /></> }
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetReport {
    /// The query the visitor has built (search text, filters, years, order).
    pub query: Query,
    /// What it finds.
    pub results: ResultCount,
    /// The interface language.
    pub lang: UiLang,
}

/// Which parts changed from `before` (none: the first report) to `now`:
/// query, results, language.
pub fn changes(before: Option<&WidgetReport>, now: &WidgetReport) -> (bool, bool, bool) {
    match before {
        None => (true, true, true),
        Some(b) => (b.query != now.query, b.results != now.results, b.lang != now.lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Country;
    use crate::query::FacetValue;

    fn report(query: Query, count: usize, lang: UiLang) -> WidgetReport {
        WidgetReport { query, results: ResultCount { count, total: 10 }, lang }
    }

    #[test]
    fn the_first_report_is_all_news_then_only_what_changed() {
        let start = report(Query::new(), 10, UiLang::En);
        assert_eq!(changes(None, &start), (true, true, true));
        let sweden = report(Query::new().with(FacetValue::Country(Country::Se)), 4, UiLang::En);
        assert_eq!(changes(Some(&start), &sweden), (true, true, false));
        let swedish = report(Query::new().with(FacetValue::Country(Country::Se)), 4, UiLang::Sv);
        assert_eq!(changes(Some(&sweden), &swedish), (false, false, true));
        assert_eq!(changes(Some(&swedish), &swedish.clone()), (false, false, false));
    }
}
