//! The query ⇄ URL query string: exact strings, leniency with bad input,
//! instance prefixes, and the round trip as a property.

use nordic_partnerships::model::{Country, FocusArea, PartnerKind, PartnershipKind, Status};
use nordic_partnerships::query::url_state::{merge, parse, read, to_query_string, WidgetAddress};
use nordic_partnerships::query::{FacetValue, Query, SortOrder, YearRange};

mod common;
use common::cases;

fn issue_example() -> Query {
    Query::new()
        .with_text("ai")
        .with(FacetValue::Country(Country::Se))
        .with(FacetValue::Country(Country::No))
        .with(FacetValue::FocusArea(FocusArea::DigitalHealth))
        .with_years(YearRange::new(Some(2019), None))
        .with_sort(SortOrder::Newest)
}

#[test]
fn the_issue_example_reads_and_writes_in_a_stable_order() {
    let q = parse("?q=ai&country=SE,NO&focus=digital_health&from=2019&sort=newest", "");
    assert_eq!(q, issue_example());
    // Written back in canonical order: countries in their enum order (NO before SE).
    assert_eq!(to_query_string(&q, ""), "q=ai&country=NO,SE&focus=digital_health&from=2019&sort=newest");
    // Parameter order in the input does not matter.
    assert_eq!(parse("sort=newest&from=2019&focus=digital_health&country=NO&country=SE&q=ai", ""), q);
}

#[test]
fn bad_input_is_ignored_never_an_error() {
    let check = |input: &str, want: Query| assert_eq!(parse(input, ""), want, "{input:?}");
    check("", Query::new());
    check("?", Query::new());
    check("&&&=&==", Query::new());
    check("utm_source=mail&page=2", Query::new());
    check("country=SE,XX,,se", Query::new().with(FacetValue::Country(Country::Se)));
    check("focus=CANCER,nothing", Query::new().with(FacetValue::FocusArea(FocusArea::Cancer)));
    check("status=active&kind=project&partner_kind=hospital", {
        Query::new()
            .with(FacetValue::Status(Status::Active))
            .with(FacetValue::PartnershipKind(PartnershipKind::Project))
            .with(FacetValue::PartnerKind(PartnerKind::Hospital))
    });
    check("from=19&to=20199&from=abcd", Query::new());
    check("from=2030&to=2010", Query::new().with_years(YearRange::new(Some(2010), Some(2030))));
    check("from=2010&from=x", Query::new().with_years(YearRange::new(Some(2010), None)));
    check("sort=random", Query::new());
    check("sort=title&sort=bogus", Query::new().with_sort(SortOrder::Title));
    check("q=%E5%ZZ%", Query::new().with_text("\u{FFFD}%ZZ%"));
    check("q=a+b%2Bc", Query::new().with_text("a b+c"));
    check("q", Query::new());
    check("partner=", Query::new());
    check("partner=Helse+Nord%2C+RHF,NTNU", {
        Query::new().with(FacetValue::Partner("Helse Nord, RHF".into())).with(FacetValue::Partner("NTNU".into()))
    });
    let long = format!("q={}", "x".repeat(10_000));
    assert_eq!(parse(&long, "").text.chars().count(), nordic_partnerships::query::url_state::MAX_TEXT_CHARS);
    let many = format!("partner={}", (0..500).map(|i| format!("p{i}")).collect::<Vec<_>>().join(","));
    assert_eq!(parse(&many, "").selected().count(), nordic_partnerships::query::url_state::MAX_VALUES_PER_FACET);
}

#[test]
fn prefixes_keep_two_widgets_and_the_host_page_apart() {
    let first = issue_example();
    let second = Query::new().with(FacetValue::Status(Status::Completed));
    let page = "?lang=sv";
    let page = merge(page, "np1-", &WidgetAddress::from(first.clone()));
    let page = merge(&page, "np2-", &WidgetAddress::from(second.clone()));
    assert_eq!(
        page,
        "?lang=sv&np1-q=ai&np1-country=NO,SE&np1-focus=digital_health&np1-from=2019&np1-sort=newest&np2-status=completed"
    );
    assert_eq!(parse(&page, "np1-"), first);
    assert_eq!(parse(&page, "np2-"), second);
    // Clearing one widget leaves the rest alone, in place.
    assert_eq!(merge(&page, "np1-", &WidgetAddress::default()), "?lang=sv&np2-status=completed");
    assert_eq!(
        merge("?lang=sv", "", &WidgetAddress::default()),
        "?lang=sv",
        "unknown names are not ours, even unprefixed"
    );
    assert_eq!(merge("?q=old&flag", "", &WidgetAddress::default()), "?flag");
    assert_eq!(merge("", "", &WidgetAddress::default()), "");
}

#[test]
fn an_open_partnership_is_its_own_parameter_per_widget() {
    use nordic_partnerships::model::RecordId;
    let id = |s: &str| RecordId::parse(s);
    let opened = WidgetAddress { query: issue_example(), open: id("umu-region-vasterbotten") };
    let page = merge("?lang=sv&np2-open=other", "np1-", &opened);
    assert_eq!(
        page,
        "?lang=sv&np2-open=other&np1-q=ai&np1-country=NO,SE&np1-focus=digital_health&np1-from=2019&np1-sort=newest&np1-open=umu-region-vasterbotten"
    );
    assert_eq!(read(&page, "np1-"), opened);
    assert_eq!(read(&page, "np2-").open, id("other"));
    assert_eq!(read(&page, "np3-"), WidgetAddress::default());
    // Closing removes only this widget's `open`; the view's query stays.
    let closed = merge(&page, "np1-", &WidgetAddress::from(issue_example()));
    assert!(!closed.contains("np1-open") && closed.contains("np2-open=other"), "{closed}");
    // A malformed id is ignored (ids are kebab-case, at most 100 characters); the last good one wins.
    assert_eq!(read("?open=Bad%20Id", "").open, None);
    assert_eq!(read(&format!("?open={}", "a".repeat(101)), "").open, None);
    assert_eq!(read("?open=a-1&open=%3Cscript%3E&open=b-2&open=", "").open, id("b-2"));
    // `open` is never part of the query, and a view's own query string never carries it.
    assert_eq!(parse("?open=a-1", ""), Query::new());
    assert_eq!(to_query_string(&read("?q=x&open=a-1", "").query, ""), "q=x");
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn facet_value() -> impl Strategy<Value = FacetValue> {
        prop_oneof![
            select(Country::ALL.to_vec()).prop_map(FacetValue::Country),
            select(FocusArea::ALL).prop_map(FacetValue::FocusArea),
            select(PartnershipKind::ALL).prop_map(FacetValue::PartnershipKind),
            select(PartnerKind::ALL).prop_map(FacetValue::PartnerKind),
            select(Status::ALL).prop_map(FacetValue::Status),
            // Any 1–40 characters, built directly (a filter on any::<String>()
            // would run out of rejects in a long run).
            prop::collection::vec(any::<char>(), 1..=40)
                .prop_map(|chars| FacetValue::Partner(chars.into_iter().collect::<String>().into())),
        ]
    }

    prop_compose! {
        fn query()(
            text in "\\PC{0,40}|.{0,10}",
            values in prop::collection::vec(facet_value(), 0..8),
            from in proptest::option::of(1000u16..=9999),
            to in proptest::option::of(1000u16..=9999),
            sort in select(SortOrder::ALL.to_vec()),
        ) -> Query {
            let mut q = Query::new().with_text(text).with_years(YearRange::new(from, to)).with_sort(sort);
            for v in values {
                q.select(v);
            }
            q
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases(1000), ..ProptestConfig::default() })]

        #[test]
        fn round_trip(q in query(), prefix in "[a-z0-9-]{0,5}") {
            let text = to_query_string(&q, &prefix);
            prop_assert_eq!(parse(&text, &prefix), q.clone());
            prop_assert_eq!(parse(&format!("?{text}"), &prefix), q);
        }

        #[test]
        fn merge_replaces_only_ours(q in query(), old in query(), prefix in "np[0-9]-") {
            let page = format!("?x=1&{}&y", to_query_string(&old, &prefix));
            let merged = merge(&page, &prefix, &WidgetAddress::from(q.clone()));
            prop_assert_eq!(parse(&merged, &prefix), q);
            prop_assert!(merged.starts_with("?x=1&y"));
        }

        #[test]
        fn parsing_never_panics(input in any::<String>(), prefix in ".{0,3}") {
            let _ = parse(&input, &prefix);
            let _ = merge(&input, &prefix, &WidgetAddress::default());
        }

        #[test]
        fn parsing_url_like_garbage_never_panics(input in "[?&=,%+a-z0-9_-]{0,80}", prefix in "[a-z-]{0,2}") {
            let q = parse(&input, &prefix);
            // Whatever was read is written back in a form that reads the same.
            prop_assert_eq!(parse(&to_query_string(&q, &prefix), &prefix), q);
        }
    }
}
