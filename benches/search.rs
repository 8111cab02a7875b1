//! The search engine at 1k, 10k and 100k synthetic records (`cargo bench --bench search`).
//!
//! - `query/N`: one keystroke's work: a text query (one whole term and one
//!   being typed, so exact and prefix lookups) plus two facets (two countries,
//!   one focus area), with every facet's counts, sorted by relevance.
//! - `query_typo/N`: the same with a misspelt whole term (a typo-tolerant
//!   scan of the whole word list).
//! - `build/N`: building the index.
//! - `bundled/build`, `bundled/query`: the same for the real bundled data
//!   (51 records), what the widget does on every page load.
//!
//! Kept short for a 2-core shared machine: 20 samples, a few seconds each.
//! Figures and the command are in `BENCHMARKS.md`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{BenchmarkId, Criterion};
    use nordic_partnerships::i18n::UiLang;
    use nordic_partnerships::model::{Country, FocusArea};
    use nordic_partnerships::query::{FacetValue, Query};
    use nordic_partnerships::search::Index;
    use nordic_partnerships::{load::bundled, synthetic};

    const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
    const TODAY: u16 = 2025;

    fn query(text: &str) -> Query {
        let mut q = Query::new()
            .with(FacetValue::Country(Country::Se))
            .with(FacetValue::Country(Country::No))
            .with(FacetValue::FocusArea(FocusArea::DigitalHealth));
        q.text = text.to_owned();
        q
    }

    pub fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("query");
        group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
        let mut typo = Vec::new();
        for n in SIZES {
            let records = synthetic::partnerships(n);
            let index = Index::new(&records, TODAY);
            let q = query("health digi");
            let results = index.run(&q, UiLang::En);
            eprintln!("{n} records, {} words: `{}` + 2 facets → {} hits", index.n_words(), q.text, results.total());
            group.bench_with_input(BenchmarkId::from_parameter(n), &q, |b, q| {
                b.iter(|| index.run(black_box(q), UiLang::En))
            });
            typo.push((n, index));
        }
        group.finish();

        let mut group = c.benchmark_group("query_typo");
        group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
        for (n, index) in &typo {
            let q = query("helth digi");
            group.bench_with_input(BenchmarkId::from_parameter(n), &q, |b, q| {
                b.iter(|| index.run(black_box(q), UiLang::En))
            });
        }
        group.finish();
        drop(typo);

        let mut group = c.benchmark_group("bundled");
        group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
        let records = bundled::dataset().map(|d| d.records).unwrap_or_default();
        group.bench_function("build", |b| b.iter(|| Index::new(black_box(&records), TODAY)));
        let index = Index::new(&records, TODAY);
        let q = query("health digi");
        group.bench_function("query", |b| b.iter(|| index.run(black_box(&q), UiLang::En)));
        group.finish();

        let mut group = c.benchmark_group("build");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
        for n in SIZES {
            let records = synthetic::partnerships(n);
            group.bench_with_input(BenchmarkId::from_parameter(n), &records, |b, records| {
                b.iter(|| Index::new(black_box(records), TODAY))
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

/// Benchmarks are native only; this keeps a wasm32 `--all-targets` build compiling.
#[cfg(target_arch = "wasm32")]
fn main() {}
