//! The search engine's rules, one test (or table) per rule of the issue,
//! through the public API only: records are read by the loader from JSON.

use nordic_partnerships::i18n::UiLang;
use nordic_partnerships::load::load;
use nordic_partnerships::model::{Country, FocusArea, PartnerKind, Partnership, PartnershipKind, Status};
use nordic_partnerships::query::{Facet, FacetValue, Query, SortOrder, YearRange};
use nordic_partnerships::search::{segments, Field, Index, Results};
use serde_json::{json, Value};

const TODAY: u16 = 2025;

/// A minimal valid record; `patch` sets the fields a test cares about.
fn record(id: &str, patch: Value) -> Value {
    let mut r = json!({
        "id": id,
        "title": { "en": format!("Record {id}") },
        "kind": "project",
        "status": "active",
        "started": "2020",
        "countries": ["SE"],
        "partners": [{ "name": format!("Partner of {id}"), "kind": "other" }],
    });
    if let (Some(r), Value::Object(patch)) = (r.as_object_mut(), patch) {
        r.extend(patch);
    }
    r
}

fn records(list: Vec<Value>) -> Vec<Partnership> {
    let dataset = load(&json!({ "schema_version": 1, "partnerships": list }).to_string()).expect("loads");
    assert_eq!(dataset.problems, [], "fixture records are valid");
    dataset.records
}

fn text(q: &str) -> Query {
    Query::new().with_text(q)
}

/// The ids of the hits, in order.
fn ids(records: &[Partnership], results: &Results) -> Vec<String> {
    results.hits.iter().map(|h| records[h.record].id.to_string()).collect()
}

fn search(records: &[Partnership], query: &Query) -> Vec<String> {
    ids(records, &Index::new(records, TODAY).run(query, UiLang::En))
}

/// (value code, count, selected) of one facet.
fn facet(results: &Results, facet: Facet) -> Vec<(String, usize, bool)> {
    results.facet(facet).iter().map(|c| (c.value.code().to_owned(), c.count, c.selected)).collect()
}

mod text {
    use super::*;

    #[test]
    fn nordic_spellings_match_in_both_directions() {
        // (query, text in the data): each must find the other.
        let pairs = [
            ("umea", "Umeå"),
            ("vasterbotten", "Västerbotten"),
            ("vaesterbotten", "Västerbotten"),
            ("hoyskolen", "Høyskolen"),
            ("hoeyskolen", "Høyskolen"),
            ("aeldre", "ældre"),
            ("aarhus", "Århus"),
            ("arhus", "Århus"),
            ("goteborg", "Göteborg"),
            ("goeteborg", "Göteborg"),
            ("tromso", "Tromsø"),
            ("MALARDALEN", "Mälardalen"),
            ("cafe", "Café"),
        ];
        for (query, data) in pairs {
            let rs = records(vec![record("x", json!({ "title": { "en": data } })), record("other", json!({}))]);
            assert_eq!(search(&rs, &text(&format!("{query} "))), ["x"], "{query:?} finds {data:?}");
            let rs = records(vec![record("x", json!({ "title": { "en": query } })), record("other", json!({}))]);
            assert_eq!(search(&rs, &text(&format!("{data} "))), ["x"], "{data:?} finds {query:?}");
        }
    }

    #[test]
    fn every_searchable_field_and_language() {
        let rs = records(vec![
            record("title-sv", json!({ "title": { "en": "A", "sv": "Vårdsamverkan" } })),
            record("summary-fi", json!({ "summary": { "fi": "Terveysteknologia" } })),
            record(
                "partner-name",
                json!({ "partners": [{ "name": "Høgskulen på Vestlandet", "kind": "university_college" }] }),
            ),
            record(
                "partner-en",
                json!({ "partners": [{ "name": "X", "name_en": "Western Norway University", "kind": "other" }] }),
            ),
            record("region", json!({ "region": "Norrbotten" })),
            record("focus", json!({ "focus_areas": ["cancer"] })),
        ]);
        for (query, want) in [
            ("vardsamverkan", "title-sv"),
            ("terveysteknologia", "summary-fi"),
            ("hogskulen", "partner-name"),
            ("western norway", "partner-en"),
            ("norrbotten", "region"),
            ("cancer", "focus"),
            ("kræft", "focus"),
            ("kraeft", "focus"),
            ("syöpä", "focus"),
            ("kreft", "focus"),
        ] {
            assert_eq!(search(&rs, &text(&format!("{query} "))), [want], "{query:?}");
        }
    }

    #[test]
    fn all_terms_must_match_in_any_fields() {
        let rs = records(vec![
            record("both", json!({ "title": { "en": "Telemedicine lab" }, "region": "Tromsø" })),
            record("one", json!({ "title": { "en": "Telemedicine lab" }, "region": "Oslo" })),
        ]);
        assert_eq!(search(&rs, &text("telemedicine tromso ")), ["both"]);
        assert_eq!(search(&rs, &text("telemedicine")), ["both", "one"]);
        assert_eq!(search(&rs, &text("telemedicine bergen")), Vec::<String>::new());
    }

    #[test]
    fn the_last_term_is_a_prefix_while_typing() {
        let rs = records(vec![record("x", json!({ "title": { "en": "Helseklynge Bergen" } }))]);
        for (query, found) in [
            ("helsek", true),
            ("bergen helsek", true),
            ("helsek ", false),
            ("helsek bergen", false),
            ("berg", true),
            ("b", true),
            ("bergenxy", false),
            ("bergenx", true), // one typo
        ] {
            assert_eq!(search(&rs, &text(query)).len(), usize::from(found), "{query:?}");
        }
    }

    #[test]
    fn one_typo_in_terms_of_five_letters_or_more() {
        let rs = records(vec![record("x", json!({ "title": { "en": "Health Oslo Telemedicine" } }))]);
        for (query, found) in [
            ("helth ", true),   // deletion
            ("healht ", true),  // swap
            ("heaxth ", true),  // substitution
            ("healthh ", true), // insertion
            ("hxalht ", false), // two typos
            ("osla ", false),   // four letters: exact only
            ("oslo ", true),
            ("telemedicne", true), // typo in the last term, typed as prefix
            ("telemdi", true),     // typo in a prefix of the word
            ("12346 ", false),     // numbers get no typos
        ] {
            assert_eq!(search(&rs, &text(query)).len(), usize::from(found), "{query:?}");
        }
    }

    #[test]
    fn ranking_weights_title_over_partners_over_summary_over_region() {
        let rs = records(vec![
            record("region", json!({ "region": "Kuopio" })),
            record("summary", json!({ "summary": { "en": "Kuopio" } })),
            record("title", json!({ "title": { "en": "Kuopio" } })),
            record("partner", json!({ "partners": [{ "name": "Kuopio", "kind": "other" }] })),
        ]);
        assert_eq!(search(&rs, &text("kuopio ")), ["title", "partner", "summary", "region"]);
        // An exact match outranks a prefix match in the same field.
        let rs = records(vec![
            record("prefix", json!({ "title": { "en": "Kuopiolainen" } })),
            record("exact", json!({ "title": { "en": "Kuopio" } })),
        ]);
        assert_eq!(search(&rs, &text("kuopio")), ["exact", "prefix"]);
    }

    #[test]
    fn highlights_are_byte_ranges_into_the_displayed_strings() {
        let rs = records(vec![record(
            "x",
            json!({
                "title": { "en": "Umeå University health", "sv": "Umeå universitet" },
                "summary": { "en": "Care in Umeå." },
                "partners": [{ "name": "Umeå universitet", "name_en": "Umeå University", "kind": "university" }],
                "region": "Västerbotten",
                "focus_areas": ["healthy_ageing"],
            }),
        )]);
        let index = Index::new(&rs, TODAY);
        let r = &rs[0];
        let results = index.run(&text("umea univ"), UiLang::En);
        let h = results.highlights(r, UiLang::En);
        let marked = |field: Field, lang: UiLang, h: &nordic_partnerships::search::Highlights| -> Vec<String> {
            let text = field.text(r, lang).unwrap_or_default();
            segments(text, h.ranges(field)).iter().filter(|s| s.matched).map(|s| s.text.to_owned()).collect()
        };
        assert_eq!(marked(Field::Title, UiLang::En, &h), ["Umeå", "Univ"]);
        assert_eq!(marked(Field::Summary, UiLang::En, &h), ["Umeå"]);
        assert_eq!(marked(Field::Partner(0), UiLang::En, &h), ["Umeå", "Univ"], "English name in English");
        let sv = results.highlights(r, UiLang::Sv);
        assert_eq!(marked(Field::Title, UiLang::Sv, &sv), ["Umeå", "univ"], "the Swedish title in Swedish");
        assert_eq!(marked(Field::Partner(0), UiLang::Sv, &sv), ["Umeå", "univ"]);
        let ageing = index.run(&text("aldring"), UiLang::Nb);
        let nb = ageing.highlights(r, UiLang::Nb);
        assert_eq!(marked(Field::FocusArea(FocusArea::HealthyAgeing), UiLang::Nb, &nb), ["Aldring"]);
        let region = index.run(&text("vaest"), UiLang::En).highlights(r, UiLang::En);
        assert_eq!(marked(Field::Region, UiLang::En, &region), ["Väst"], "vaest folds to vast: four letters");
        assert!(index.run(&Query::new(), UiLang::En).highlights(r, UiLang::En).fields.is_empty());
    }
}

mod facets {
    use super::*;

    fn fixture() -> Vec<Partnership> {
        records(vec![
            record("se-cancer", json!({ "countries": ["SE"], "focus_areas": ["cancer"], "status": "active" })),
            record(
                "no-cancer",
                json!({ "countries": ["NO"], "focus_areas": ["cancer"], "status": "completed", "ended": "2021" }),
            ),
            record("no-ai", json!({ "countries": ["NO"], "focus_areas": ["ai_health_data"], "status": "active" })),
            record(
                "dk-se-ai",
                json!({ "countries": ["DK", "SE"], "focus_areas": ["ai_health_data", "cancer"], "status": "planned" }),
            ),
            record("fi-none", json!({ "countries": ["FI"], "status": "unknown" })),
        ])
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let rs = fixture();
        let q = Query::new().with(FacetValue::Country(Country::Se)).with(FacetValue::Country(Country::No));
        assert_eq!(search(&rs, &q), ["se-cancer", "no-cancer", "no-ai", "dk-se-ai"]);
        let q = q.with(FacetValue::FocusArea(FocusArea::Cancer));
        assert_eq!(search(&rs, &q), ["se-cancer", "no-cancer", "dk-se-ai"]);
        let q = q.with(FacetValue::Status(Status::Active));
        assert_eq!(search(&rs, &q), ["se-cancer"]);
    }

    #[test]
    fn counts_leave_out_the_facets_own_selection() {
        let rs = fixture();
        let index = Index::new(&rs, TODAY);
        let q = Query::new().with(FacetValue::Country(Country::No)).with(FacetValue::FocusArea(FocusArea::Cancer));
        let results = index.run(&q, UiLang::En);
        assert_eq!(ids(&rs, &results), ["no-cancer"]);
        // Countries are counted among cancer records (SE: 2, NO: 1, DK: 1), in enum order.
        assert_eq!(
            facet(&results, Facet::Country),
            [("NO".into(), 1, true), ("SE".into(), 2, false), ("DK".into(), 1, false)]
        );
        // Focus areas are counted among Norwegian records, by count then label.
        assert_eq!(
            facet(&results, Facet::FocusArea),
            [("ai_health_data".into(), 1, false), ("cancer".into(), 1, true)]
        );
        // Other facets are counted within the result.
        assert_eq!(facet(&results, Facet::Status), [("completed".into(), 1, false)]);
        assert_eq!(facet(&results, Facet::PartnershipKind), [("project".into(), 1, false)]);
    }

    #[test]
    fn chosen_values_are_listed_even_at_zero() {
        let rs = fixture();
        let q = Query::new()
            .with(FacetValue::Country(Country::Is))
            .with(FacetValue::Partner("Nobody at all".into()))
            .with(FacetValue::PartnerKind(PartnerKind::Hospital));
        let results = Index::new(&rs, TODAY).run(&q, UiLang::En);
        assert_eq!(results.total(), 0);
        assert!(facet(&results, Facet::Country).contains(&("IS".into(), 0, true)));
        assert_eq!(facet(&results, Facet::Partner), [("Nobody at all".into(), 0, true)]);
        assert_eq!(facet(&results, Facet::PartnerKind), [("hospital".into(), 0, true)]);
        assert_eq!(facet(&results, Facet::Status), []);
    }

    #[test]
    fn partner_facet_by_name_and_partner_kind_by_any_partner() {
        let rs = records(vec![
            record(
                "a",
                json!({ "partners": [
                { "name": "Umeå universitet", "name_en": "Umeå University", "kind": "university" },
                { "name": "Region Västerbotten", "kind": "region" }] }),
            ),
            record("b", json!({ "partners": [{ "name": "Umeå universitet", "kind": "university" }] })),
            record("c", json!({ "partners": [{ "name": "Örebro universitet", "kind": "university" }] })),
        ]);
        let index = Index::new(&rs, TODAY);
        let results = index.run(&Query::new(), UiLang::Sv);
        assert_eq!(
            facet(&results, Facet::Partner),
            [
                ("Umeå universitet".into(), 2, false),
                ("Region Västerbotten".into(), 1, false),
                ("Örebro universitet".into(), 1, false)
            ],
            "by count, then Swedish alphabet"
        );
        let q = Query::new().with(FacetValue::Partner("Umeå universitet".into()));
        assert_eq!(ids(&rs, &index.run(&q, UiLang::En)), ["a", "b"]);
        let q = Query::new().with(FacetValue::PartnerKind(PartnerKind::Region));
        assert_eq!(ids(&rs, &index.run(&q, UiLang::En)), ["a"]);
        let q = Query::new().with(FacetValue::PartnershipKind(PartnershipKind::Network));
        assert_eq!(index.run(&q, UiLang::En).total(), 0);
    }
}

mod years {
    use super::*;

    #[test]
    fn a_record_matches_when_its_period_overlaps_the_range() {
        let rs = records(vec![
            record("2010-2012", json!({ "started": "2010-05", "ended": "2012", "status": "completed" })),
            record("2018-open", json!({ "started": "2018" })),
            record("2027-planned", json!({ "started": "2027", "status": "planned" })),
            record("no-start", json!({ "started": null, "ended": "2015", "status": "completed" })),
        ]);
        let range = |from, to| Query::new().with_years(YearRange::new(from, to));
        for (from, to, want) in [
            (None, None, vec!["2010-2012", "2018-open", "2027-planned", "no-start"]),
            (Some(2012), None, vec!["2010-2012", "2018-open", "2027-planned"]),
            (Some(2013), Some(2017), vec![]),
            (Some(2013), Some(2018), vec!["2018-open"]),
            (Some(2025), Some(2025), vec!["2018-open"]),
            (Some(2026), None, vec!["2027-planned"]),
            (None, Some(2010), vec!["2010-2012"]),
            (Some(2017), Some(2011), vec!["2010-2012"]),
        ] {
            assert_eq!(search(&rs, &range(from, to)), want, "{from:?}–{to:?}");
        }
    }
}

mod sorting {
    use super::*;

    fn fixture() -> Vec<Partnership> {
        records(vec![
            record("b", json!({ "title": { "en": "Zeta", "sv": "Örebro" }, "started": "2019-03" })),
            record("a", json!({ "title": { "en": "Alfa", "sv": "Åre" }, "started": "2021" })),
            record("c", json!({ "title": { "en": "Ørsted", "sv": "Zeta" }, "started": null })),
            record("d", json!({ "title": { "en": "Ærø" }, "started": "2019-01" })),
        ])
    }

    #[test]
    fn orders() {
        let rs = fixture();
        let index = Index::new(&rs, TODAY);
        let run = |sort, lang| ids(&rs, &index.run(&Query::new().with_sort(sort), lang));
        assert_eq!(run(SortOrder::Relevance, UiLang::En), ["b", "a", "c", "d"], "data order without text");
        assert_eq!(run(SortOrder::Newest, UiLang::En), ["a", "b", "d", "c"], "no start date last");
        assert_eq!(run(SortOrder::Oldest, UiLang::En), ["d", "b", "a", "c"]);
        assert_eq!(run(SortOrder::Title, UiLang::En), ["d", "a", "c", "b"], "Ærø, Alfa, Ørsted, Zeta");
        assert_eq!(run(SortOrder::Title, UiLang::Sv), ["c", "a", "d", "b"], "Zeta, Åre, Ærø (as ä), Örebro");
        assert_eq!(run(SortOrder::Title, UiLang::Da), ["a", "b", "d", "c"], "Alfa, Zeta, Ærø, Ørsted");
    }

    #[test]
    fn sorting_keeps_the_text_filter() {
        let rs = fixture();
        let q = Query::new().with_text("zeta").with_sort(SortOrder::Title);
        assert_eq!(ids(&rs, &Index::new(&rs, TODAY).run(&q, UiLang::Sv)), ["c", "b"]);
    }
}

mod bundled {
    use super::*;

    #[test]
    fn the_issue_examples_find_bundled_records() {
        let rs = nordic_partnerships::load::bundled::dataset().expect("bundled").records;
        let index = Index::new(&rs, TODAY);
        for (query, id) in [
            ("umea", "umu-region-vasterbotten-partnership"),
            ("vasterbotten", "umu-region-vasterbotten-partnership"),
            ("aarhus", "au-region-midtjylland-partnership"),
            ("tromso telemedicine", "tromso-telemedicine-laboratory"),
            ("hogskulen", "alrek-helseklynge"),
        ] {
            let found = ids(&rs, &index.run(&text(query), UiLang::En));
            assert!(found.iter().any(|f| f == id), "{query:?} should find {id}, found {found:?}");
        }
    }

    #[test]
    fn every_record_is_found_by_its_own_title() {
        let rs = nordic_partnerships::load::bundled::dataset().expect("bundled").records;
        let index = Index::new(&rs, TODAY);
        for lang in UiLang::ALL {
            for (i, r) in rs.iter().enumerate() {
                let title = nordic_partnerships::i18n::reader_text::title(r, lang).text;
                let results = index.run(&text(title), lang);
                assert!(results.hits.iter().any(|h| h.record == i), "{lang:?}: {title:?}");
            }
        }
    }

    #[test]
    fn counts_add_up_without_filters() {
        let rs = nordic_partnerships::load::bundled::dataset().expect("bundled").records;
        let results = Index::new(&rs, TODAY).run(&Query::new(), UiLang::En);
        assert_eq!(results.total(), rs.len());
        let statuses: usize = results.facet(Facet::Status).iter().map(|c| c.count).sum();
        assert_eq!(statuses, rs.len(), "every record has exactly one status");
        let kinds: usize = results.facet(Facet::PartnershipKind).iter().map(|c| c.count).sum();
        assert_eq!(kinds, rs.len());
    }
}

/// An index whose words come after the first answer (`text_later`) answers
/// exactly as one built at once: queries without text at every stage, text
/// queries once the words are in (and, before, matches nothing to text
/// rather than something wrong).
mod text_later {
    use super::*;
    use nordic_partnerships::search::IndexBuilder;

    fn queries() -> Vec<Query> {
        let mut ticked = Query::new();
        ticked.toggle(FacetValue::Country(Country::Se));
        vec![
            Query::new(),
            ticked.clone(),
            ticked.with_sort(SortOrder::Title),
            text("umeå"),
            text("helse innovasjon"),
            text("regi"),
        ]
    }

    #[test]
    fn words_added_later_give_the_same_answers() {
        let records = nordic_partnerships::load::bundled::dataset().expect("bundled").records;
        let whole = Index::new(&records, TODAY);
        for lang in [UiLang::Nb, UiLang::En] {
            let mut builder = IndexBuilder::new(&records, TODAY, lang).text_later();
            while !builder.step() {}
            let later = builder.finish();
            assert!(!later.has_text());
            for query in queries() {
                let results = later.run(&query, lang);
                if query.text.is_empty() {
                    assert_eq!(results, whole.run(&query, lang), "{query:?}");
                } else {
                    assert_eq!(results.total(), 0, "{query:?}: no text index, no text match");
                }
            }
            // In steps, as the browser does it.
            let mut text = later.text_builder(&records);
            let mut steps = 0;
            while !text.step() {
                steps += 1;
            }
            later.add_text(text);
            assert!(later.has_text() && steps > 1);
            assert_eq!(later.n_words(), whole.n_words());
            for query in queries() {
                assert_eq!(later.run(&query, lang), whole.run(&query, lang), "{query:?}");
            }
        }
    }

    #[test]
    fn prepare_text_builds_once_and_a_late_builder_changes_nothing() {
        let records = nordic_partnerships::load::bundled::dataset().expect("bundled").records;
        let mut builder = IndexBuilder::new(&records, TODAY, UiLang::Sv).text_later();
        while !builder.step() {}
        let index = builder.finish();
        let mut late = index.text_builder(&records[..1]);
        while !late.step() {}
        index.prepare_text(&records);
        let words = index.n_words();
        index.add_text(late);
        index.prepare_text(&records);
        assert_eq!(index.n_words(), words);
        assert_eq!(index.run(&text("umeå"), UiLang::Sv), Index::new(&records, TODAY).run(&text("umeå"), UiLang::Sv));
    }
}
