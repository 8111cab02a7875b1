//! Property tests: on random records and random queries, the engine's results
//! and every facet count equal those of a naive reference implementation
//! written straight from the documented rules; orders are what they claim;
//! nothing panics.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use nordic_partnerships::i18n::{Label, UiLang};
use nordic_partnerships::model::{
    Country, DataLang, FocusArea, LocalizedText, PartialDate, Partner, PartnerKind, Partnership, PartnershipKind,
    RecordId, Status,
};
use nordic_partnerships::query::{Facet, FacetValue, Query, SortOrder, YearRange};
use nordic_partnerships::search::{Index, MAX_TERMS, MAX_TERM_CHARS, MIN_TYPO_CHARS};
use nordic_partnerships::text::collate;
use nordic_partnerships::text::fold::fold;
use nordic_partnerships::text::marks::is_combining_mark;
use proptest::prelude::*;
use proptest::sample::select;

mod common;
use common::cases;

const TODAY: u16 = 2025;

/// Words chosen to collide under folding, typos and prefixes.
const WORDS: &[&str] = &[
    "Umeå",
    "umea",
    "Høyskolen",
    "hoyskolen",
    "ældre",
    "aeldre",
    "health",
    "helth",
    "healthy",
    "care",
    "Oslo",
    "osla",
    "Århus",
    "aarhus",
    "data",
    "Göteborg",
    "goeteborg",
    "kræft",
    "cancer",
    "lab",
    "Aldring",
    "syöpä",
];
const PARTNERS: &[&str] = &["Umeå universitet", "Region Västerbotten", "NTNU", "Helse Nord RHF", "Aarhus Universitet"];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![3 => select(WORDS).prop_map(str::to_owned), 1 => "[a-eæøåäöA-E]{1,7}"]
}

fn phrase(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), min..=max).prop_map(|w| w.join(" "))
}

fn year_date(year: u16) -> Option<PartialDate> {
    PartialDate::parse(&year.to_string())
}

prop_compose! {
    fn partner()(name in select(PARTNERS), en in proptest::option::of(phrase(1, 2)), kind in select(PartnerKind::ALL)) -> Partner {
        Partner { name: name.to_owned(), name_en: en, kind, country: None }
    }
}

prop_compose! {
    fn record()(
        title_en in phrase(1, 3),
        title_sv in proptest::option::of(phrase(1, 3)),
        summary in proptest::option::of(phrase(1, 5)),
        region in proptest::option::of(phrase(1, 2)),
        partners in prop::collection::vec(partner(), 1..=3),
        countries in prop::sample::subsequence(Country::ALL.to_vec(), 1..=2),
        focus in prop::sample::subsequence(FocusArea::ALL[..5].to_vec(), 0..=2),
        kind in select(PartnershipKind::ALL),
        status in select(Status::ALL),
        started in proptest::option::of(2000u16..2030),
        length in proptest::option::of(0u16..6),
    ) -> Partnership {
        let mut title = vec![(DataLang::En, title_en)];
        title.extend(title_sv.map(|t| (DataLang::Sv, t)));
        Partnership {
            id: RecordId::parse("x").expect("valid id"),
            title: LocalizedText::new(title),
            summary: LocalizedText::new(summary.map(|s| vec![(DataLang::Fi, s)]).unwrap_or_default()),
            kind,
            status,
            started: started.and_then(year_date),
            ended: started.zip(length).and_then(|(s, l)| year_date(s + l)),
            countries,
            region,
            partners,
            focus_areas: focus,
            funders: Vec::new(),
            sources: Vec::new(),
            checked: None,
        }
    }
}

fn facet_value() -> impl Strategy<Value = FacetValue> {
    prop_oneof![
        select(Country::ALL.to_vec()).prop_map(FacetValue::Country),
        select(FocusArea::ALL[..6].to_vec()).prop_map(FacetValue::FocusArea),
        select(PartnershipKind::ALL).prop_map(FacetValue::PartnershipKind),
        select(PartnerKind::ALL).prop_map(FacetValue::PartnerKind),
        select(Status::ALL).prop_map(FacetValue::Status),
        select(PARTNERS).prop_map(|p| FacetValue::Partner(p.into())),
        Just(FacetValue::Partner("Nobody".into())),
    ]
}

prop_compose! {
    fn query()(
        text in phrase(0, 3),
        trailing in select(&["", " ", "-"][..]),
        values in prop::collection::vec(facet_value(), 0..4),
        from in proptest::option::of(1998u16..2032),
        to in proptest::option::of(1998u16..2032),
        sort in select(SortOrder::ALL.to_vec()),
    ) -> Query {
        let mut q = Query::new().with_text(format!("{text}{trailing}")).with_years(YearRange::new(from, to)).with_sort(sort);
        for v in values {
            q.select(v);
        }
        q
    }
}

// ---- The reference: the documented rules, written the slow, obvious way. ----

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// (start, end) byte offsets of the words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

struct RefTerm {
    chars: Vec<char>,
    prefix: bool,
    typo: bool,
}

fn ref_terms(text: &str) -> Vec<RefTerm> {
    let mut terms = Vec::new();
    let mut last_end = 0;
    for (s, e) in word_spans(text).into_iter().take(MAX_TERMS) {
        let chars: Vec<char> = fold(&text[s..e]).chars().take(MAX_TERM_CHARS).collect();
        if chars.is_empty() {
            continue;
        }
        let typo = chars.len() >= MIN_TYPO_CHARS && chars.iter().all(|c| c.is_alphabetic());
        terms.push(RefTerm { chars, prefix: false, typo });
        last_end = e;
    }
    if last_end == text.len() {
        if let Some(t) = terms.last_mut() {
            t.prefix = true;
        }
    }
    terms
}

/// Optimal string alignment distance, by the textbook dynamic programme.
fn osa(a: &[char], b: &[char]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

fn ref_matches(t: &RefTerm, word: &[char]) -> bool {
    word == t.chars.as_slice()
        || (t.prefix && word.starts_with(&t.chars))
        || (t.typo && osa(&t.chars, word) <= 1)
        || (t.typo && t.prefix && (0..=word.len()).any(|k| osa(&t.chars, &word[..k]) <= 1))
}

fn record_words(r: &Partnership) -> Vec<Vec<char>> {
    let mut texts: Vec<&str> = Vec::new();
    texts.extend(r.title.entries().iter().map(|(_, t)| t.as_str()));
    texts.extend(r.summary.entries().iter().map(|(_, t)| t.as_str()));
    for p in &r.partners {
        texts.push(&p.name);
        texts.extend(p.name_en.as_deref());
    }
    texts.extend(r.region.as_deref());
    for area in &r.focus_areas {
        texts.extend(UiLang::ALL.iter().map(|&l| area.label(l)));
    }
    texts.iter().flat_map(|t| word_spans(t).into_iter().map(move |(s, e)| fold(&t[s..e]).chars().collect())).collect()
}

fn ref_text(r: &Partnership, terms: &[RefTerm]) -> bool {
    let words = record_words(r);
    terms.iter().all(|t| words.iter().any(|w| ref_matches(t, w)))
}

fn ref_years(r: &Partnership, range: YearRange) -> bool {
    if range.is_open() {
        return true;
    }
    let Some(start) = r.started.map(|d| d.year()) else { return false };
    let end = r.ended.map_or(TODAY, |d| d.year()).max(start);
    range.from().is_none_or(|f| end >= f) && range.to().is_none_or(|t| start <= t)
}

fn has(r: &Partnership, v: &FacetValue) -> bool {
    match v {
        FacetValue::Country(c) => r.countries.contains(c),
        FacetValue::FocusArea(a) => r.focus_areas.contains(a),
        FacetValue::PartnershipKind(k) => r.kind == *k,
        FacetValue::PartnerKind(k) => r.partners.iter().any(|p| p.kind == *k),
        FacetValue::Status(s) => r.status == *s,
        FacetValue::Partner(name) => r.partners.iter().any(|p| *p.name == **name),
    }
}

/// Whether `r` passes every facet's selection except `skip`'s.
fn ref_facets(r: &Partnership, q: &Query, skip: Option<Facet>) -> bool {
    Facet::ALL.iter().filter(|&&f| Some(f) != skip).all(|&f| {
        let mut chosen = q.selected_in(f).peekable();
        chosen.peek().is_none() || chosen.any(|v| has(r, v))
    })
}

fn every_value(records: &[Partnership], q: &Query) -> Vec<FacetValue> {
    let mut values: Vec<FacetValue> = Country::ALL.iter().copied().map(FacetValue::Country).collect();
    values.extend(FocusArea::ALL.iter().map(|&a| FacetValue::FocusArea(a)));
    values.extend(PartnershipKind::ALL.iter().map(|&k| FacetValue::PartnershipKind(k)));
    values.extend(PartnerKind::ALL.iter().map(|&k| FacetValue::PartnerKind(k)));
    values.extend(Status::ALL.iter().map(|&s| FacetValue::Status(s)));
    values.extend(records.iter().flat_map(|r| r.partners.iter().map(|p| FacetValue::Partner(p.name.as_str().into()))));
    values.extend(q.selected().cloned());
    values.sort();
    values.dedup();
    values
}

/// Whether records starting at `a` then `b` are in newest- (or oldest-) first order, unknown starts last.
fn start_order(a: Option<(u16, u8, u8)>, b: Option<(u16, u8, u8)>, newest: bool) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (newest && x >= y) || (!newest && x <= y),
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(400), ..ProptestConfig::default() })]

    #[test]
    fn results_and_every_facet_count_equal_the_reference(
        records in prop::collection::vec(record(), 0..25),
        q in query(),
        lang in select(UiLang::ALL.to_vec()),
    ) {
        let index = Index::new(&records, TODAY);
        let results = index.run(&q, lang);
        let terms = ref_terms(&q.text);
        let base: Vec<bool> = records.iter().map(|r| ref_text(r, &terms) && ref_years(r, q.years)).collect();

        let mut got: Vec<usize> = results.hits.iter().map(|h| h.record).collect();
        got.sort_unstable();
        let want: Vec<usize> = (0..records.len()).filter(|&i| base[i] && ref_facets(&records[i], &q, None)).collect();
        prop_assert_eq!(&got, &want, "hits of {:?}", q);
        prop_assert_eq!(results.total(), want.len());

        // The timeline: per year, the records matching all but the year range whose period covers it.
        let no_years: Vec<usize> =
            (0..records.len()).filter(|&i| ref_text(&records[i], &terms) && ref_facets(&records[i], &q, None)).collect();
        let period = |r: &Partnership| r.started.map(|s| (s.year(), r.ended.map_or(TODAY, |d| d.year()).max(s.year())));
        let undated = no_years.iter().filter(|&&i| period(&records[i]).is_none()).count();
        prop_assert_eq!(results.years.undated, undated);
        for (year, count) in results.years.years() {
            let want = no_years.iter().filter(|&&i| period(&records[i]).is_some_and(|(a, b)| a <= year && year <= b)).count();
            prop_assert_eq!(count, want, "year {} of {:?}", year, q);
        }
        let dated_years: Vec<u16> = records.iter().filter_map(period).flat_map(|(a, b)| [a, b]).collect();
        prop_assert_eq!(results.years.counts.is_empty(), dated_years.is_empty());
        if let (Some(first), Some(last)) = (dated_years.iter().min(), dated_years.iter().max()) {
            prop_assert_eq!(results.years.first_year, *first);
            prop_assert_eq!(results.years.counts.len(), usize::from(last - first) + 1);
        }

        for value in every_value(&records, &q) {
            let facet = value.facet();
            let count = (0..records.len())
                .filter(|&i| base[i] && ref_facets(&records[i], &q, Some(facet)) && has(&records[i], &value))
                .count();
            let listed = results.facet(facet).iter().find(|c| c.value == value);
            let selected = q.is_selected(&value);
            if count > 0 || selected {
                let listed = listed.map(|c| (c.count, c.selected));
                prop_assert_eq!(listed, Some((count, selected)), "{:?} for {:?}", value, q);
            } else {
                prop_assert!(listed.is_none(), "{:?} listed at zero", value);
            }
            // A facet without a selection counts within the results, so no count exceeds the total.
            if q.selected_in(facet).next().is_none() {
                prop_assert!(count <= results.total());
            }
        }
    }

    #[test]
    fn orders_are_what_they_claim(
        records in prop::collection::vec(record(), 0..25),
        q in query(),
        lang in select(UiLang::ALL.to_vec()),
    ) {
        let results = Index::new(&records, TODAY).run(&q, lang);
        let hits = &results.hits;
        let title = |i: usize| nordic_partnerships::i18n::reader_text::title(&records[i], lang).text.to_owned();
        let start = |i: usize| records[i].started.map(|d| d.earliest());
        for pair in hits.windows(2) {
            let (a, b) = (pair[0].record, pair[1].record);
            match (q.sort, results.has_text()) {
                (SortOrder::Relevance, false) => prop_assert!(a < b),
                (SortOrder::Relevance, true) => prop_assert!(pair[0].score > pair[1].score || (pair[0].score == pair[1].score && a < b)),
                (SortOrder::Title, _) => prop_assert!(collate::compare(&title(a), &title(b), lang).is_le()),
                (SortOrder::Newest, _) => prop_assert!(start_order(start(a), start(b), true)),
                (SortOrder::Oldest, _) => prop_assert!(start_order(start(a), start(b), false)),
            }
        }
        // Highlights never point outside their strings.
        for hit in hits.iter().take(5) {
            let record = &records[hit.record];
            for field in results.highlights(record, lang).fields {
                let text = field.field.text(record, lang).unwrap_or_default();
                for r in &field.ranges {
                    prop_assert!(text.get(r.clone()).is_some_and(|s| !s.is_empty()));
                }
            }
        }
    }

    #[test]
    fn any_text_and_any_selection_never_panic(
        records in prop::collection::vec(record(), 0..8),
        text in any::<String>(),
        names in prop::collection::vec(any::<String>(), 0..3),
    ) {
        let mut q = Query::new().with_text(text);
        for n in names {
            q.select(FacetValue::Partner(n.into()));
        }
        let index = Index::new(&records, TODAY);
        let results = index.run(&q, UiLang::Fi);
        for hit in &results.hits {
            let _ = results.highlights(&records[hit.record], UiLang::Fi);
        }
        let counts: BTreeMap<Facet, usize> = results.facets.iter().map(|f| (f.facet, f.values.len())).collect();
        prop_assert_eq!(counts.len(), Facet::ALL.len());
    }
}
