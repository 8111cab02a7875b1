//! Deterministic synthetic partnerships, for benchmarks and tests at sizes the
//! real data will never reach (1 000, 10 000, 100 000 records).
//!
//! Clearly fake and never bundled: every id starts with `synthetic-`, every
//! English title with "Synthetic", every record's only source says it was
//! generated, and company partners are called "Synthetic … AB". The same
//! `count` always gives the same records (a SplitMix64 generator seeded by
//! the count), so benchmark runs compare like with like.
//!
//! The records look like the real ones where it matters to the engine:
//! titles and summaries in English plus a Nordic language, Nordic letters in
//! place and organisation names, 2–6 partners drawn from a pool that grows
//! with the count (so the partner facet has thousands of values at 100 000),
//! and a vocabulary of invented words that also grows with the count (so
//! typo-tolerant lookups scan a realistically large word list).

use crate::model::{
    Country, CountryCode, DataLang, FocusArea, LocalizedText, PartialDate, Partner, PartnerKind, Partnership,
    PartnershipKind, RecordId, Source, Status,
};

/// `count` synthetic partnerships, always the same ones for the same count.
pub fn partnerships(count: usize) -> Vec<Partnership> {
    let mut rng = SplitMix64(0x9E37_79B9_7F4A_7C15 ^ count as u64);
    (0..count).filter_map(|i| record(i, count, &mut rng)).collect()
}

/// A small, fast, well-mixed pseudo-random generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// One item of a non-empty list.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const PLACES: &[(&str, Country)] = &[
    ("Umeå", Country::Se),
    ("Västerbotten", Country::Se),
    ("Göteborg", Country::Se),
    ("Malmö", Country::Se),
    ("Linköping", Country::Se),
    ("Örebro", Country::Se),
    ("Luleå", Country::Se),
    ("Uppsala", Country::Se),
    ("Tromsø", Country::No),
    ("Bodø", Country::No),
    ("Trøndelag", Country::No),
    ("Bergen", Country::No),
    ("Ålesund", Country::No),
    ("Høyanger", Country::No),
    ("Kristiansand", Country::No),
    ("Aarhus", Country::Dk),
    ("Ærø", Country::Dk),
    ("Odense", Country::Dk),
    ("Aalborg", Country::Dk),
    ("Sjælland", Country::Dk),
    ("Køge", Country::Dk),
    ("Oulu", Country::Fi),
    ("Jyväskylä", Country::Fi),
    ("Tampere", Country::Fi),
    ("Turku", Country::Fi),
    ("Vaasa", Country::Fi),
    ("Seinäjoki", Country::Fi),
    ("Reykjavík", Country::Is),
    ("Akureyri", Country::Is),
    ("Ísafjörður", Country::Is),
];

const TOPICS_EN: &[&str] = &[
    "digital health",
    "telemedicine",
    "AI",
    "health data",
    "medtech",
    "elderly care",
    "welfare technology",
    "cancer research",
    "mental health",
    "primary care",
    "precision medicine",
    "genomics",
    "rehabilitation",
    "home care",
    "public health",
    "biobank",
    "clinical trials",
    "life science",
    "innovation",
    "e-health",
];

const KIND_WORDS: &[&str] =
    &["pilot", "programme", "network", "cluster", "alliance", "consortium", "test bed", "centre", "hub", "partnership"];

/// Local-language title words and topics: (language, "Synthetic" word, topics).
const LOCAL: &[(DataLang, &str, &[&str])] = &[
    (
        DataLang::Sv,
        "Syntetiskt",
        &[
            "digital hälsa",
            "vård",
            "äldreomsorg",
            "välfärdsteknik",
            "hälsodata",
            "cancervård",
            "psykisk hälsa",
            "primärvård",
            "forskning",
            "innovation",
        ],
    ),
    (
        DataLang::Nb,
        "Syntetisk",
        &[
            "digital helse",
            "eldreomsorg",
            "velferdsteknologi",
            "helsedata",
            "kreftbehandling",
            "psykisk helse",
            "primærhelsetjeneste",
            "høyskolesamarbeid",
            "forskning",
            "innovasjon",
        ],
    ),
    (
        DataLang::Da,
        "Syntetisk",
        &[
            "digital sundhed",
            "ældrepleje",
            "velfærdsteknologi",
            "sundhedsdata",
            "kræftbehandling",
            "mental sundhed",
            "almen praksis",
            "forskning",
            "innovation",
            "sygepleje",
        ],
    ),
    (
        DataLang::Fi,
        "Synteettinen",
        &[
            "digitaalinen terveys",
            "vanhustenhoito",
            "hyvinvointiteknologia",
            "terveysdata",
            "syöpähoito",
            "mielenterveys",
            "perusterveydenhuolto",
            "tutkimus",
            "innovaatio",
            "kuntoutus",
        ],
    ),
];

/// Syllables of the invented words, Nordic letters included.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "sta", "vä", "ør", "ån", "be", "ti", "nu", "sk", "ja", "ho", "ey", "ul", "ri", "fa", "gö", "dæ",
];

const FILLER_EN: &[&str] = &[
    "regional",
    "hospital",
    "patients",
    "municipalities",
    "researchers",
    "students",
    "companies",
    "shared",
    "platform",
    "services",
    "development",
    "collaboration",
    "education",
    "testing",
    "evaluation",
    "implementation",
];

fn record(i: usize, count: usize, rng: &mut SplitMix64) -> Option<Partnership> {
    let id = RecordId::parse(&format!("synthetic-{i:06}"))?;
    let &(place, country) = rng.pick(PLACES)?;
    let topic = *rng.pick(TOPICS_EN)?;
    let kind_word = *rng.pick(KIND_WORDS)?;
    let local = match country {
        Country::Se => LOCAL.first(),
        Country::No | Country::Is => LOCAL.get(1),
        Country::Dk => LOCAL.get(2),
        Country::Fi => LOCAL.get(3),
    }?;
    let (local_lang, synthetic_word, local_topics) = *local;
    let local_topic = *rng.pick(local_topics)?;

    let mut partners = place_partners(place, country, rng);
    for _ in 0..rng.below(3) {
        partners.push(company(count, country, rng)?);
    }
    partners.truncate(6);

    // A vocabulary that grows with the data, as real text does.
    let n_invented = (count / 2).clamp(50, 50_000);
    let invented: Vec<String> = (0..3 + rng.below(3)).map(|_| invented_word(rng.below(n_invented))).collect();
    let filler: Vec<&str> = (0..6).filter_map(|_| rng.pick(FILLER_EN).copied()).collect();

    let title_en = format!("Synthetic {topic} {kind_word}, {place}");
    let title_local = format!("{synthetic_word} {local_topic}, {place}");
    let lead = partners.first().map_or("", |p| p.name.as_str());
    let summary_en = format!(
        "Synthetic record: a {kind_word} on {topic} in {place}, led by {lead}. It brings {} together. Keywords: {}.",
        filler.join(" "),
        invented.join(", ")
    );
    let summary_local = format!("{synthetic_word} {local_topic}: {place} ({lead}). {}.", invented.join(" "));

    let mut countries = vec![country];
    if rng.chance(20) {
        let other = *rng.pick(Country::ALL)?;
        if other != country {
            countries.push(other);
        }
    }
    let mut focus_areas: Vec<FocusArea> = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let area = *rng.pick(FocusArea::ALL)?;
        if !focus_areas.contains(&area) {
            focus_areas.push(area);
        }
    }
    let status = match rng.below(100) {
        0..50 => Status::Active,
        50..80 => Status::Completed,
        80..85 => Status::Planned,
        _ => Status::Unknown,
    };
    let started = if rng.chance(95) { date(1998 + rng.below(28), rng) } else { None };
    let ended = match (status, started) {
        (Status::Completed, Some(start)) => date(usize::from(start.year()) + 1 + rng.below(6), rng),
        _ => None,
    };

    Some(Partnership {
        id,
        title: localized(local_lang, title_en, title_local),
        summary: localized(local_lang, summary_en, summary_local),
        kind: *rng.pick(PartnershipKind::ALL)?,
        status,
        started,
        ended,
        countries,
        region: rng.chance(80).then(|| place.to_owned()),
        partners,
        focus_areas,
        funders: Vec::new(),
        sources: vec![Source {
            url: None,
            title: "Synthetic record generated for benchmarks and tests; not a real partnership".to_owned(),
            published: None,
            language: DataLang::En,
        }],
        checked: None,
    })
}

/// English and one local text, in the order the loader gives languages (by code).
fn localized(local: DataLang, en: String, local_text: String) -> LocalizedText {
    let mut entries = vec![(DataLang::En, en), (local, local_text)];
    entries.sort_by_key(|(lang, _)| lang.code());
    LocalizedText::new(entries)
}

/// A year, sometimes with a month, rarely with a day; always a real date.
fn date(year: usize, rng: &mut SplitMix64) -> Option<PartialDate> {
    let year = year.min(2030);
    let text = match rng.below(10) {
        0..5 => format!("{year}"),
        5..8 => format!("{year}-{:02}", 1 + rng.below(12)),
        _ => format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
    };
    PartialDate::parse(&text)
}

/// One to four public partners based at `place`.
fn place_partners(place: &str, country: Country, rng: &mut SplitMix64) -> Vec<Partner> {
    let templates: &[(&str, &str, PartnerKind)] = match country {
        Country::Se => &[
            ("{} universitet", "{} University", PartnerKind::University),
            ("Region {}", "", PartnerKind::Region),
            ("{} kommun", "", PartnerKind::Municipality),
            ("Sjukhuset i {}", "", PartnerKind::Hospital),
        ],
        Country::No => &[
            ("Universitetet i {}", "University of {}", PartnerKind::University),
            ("Helse {} HF", "", PartnerKind::HealthAuthority),
            ("{} kommune", "", PartnerKind::Municipality),
            ("Høgskolen i {}", "{} University College", PartnerKind::UniversityCollege),
        ],
        Country::Dk => &[
            ("{} Universitet", "{} University", PartnerKind::University),
            ("Region {}", "", PartnerKind::Region),
            ("{} Kommune", "", PartnerKind::Municipality),
            ("{} Universitetshospital", "{} University Hospital", PartnerKind::Hospital),
        ],
        Country::Fi => &[
            ("{} yliopisto", "University of {}", PartnerKind::University),
            ("{} kaupunki", "City of {}", PartnerKind::Municipality),
            ("{} yliopistollinen sairaala", "{} University Hospital", PartnerKind::Hospital),
            ("{} ammattikorkeakoulu", "{} University of Applied Sciences", PartnerKind::UniversityCollege),
        ],
        Country::Is => &[
            ("Háskólinn á {}", "University of {}", PartnerKind::University),
            ("Heilbrigðisstofnun {}", "{} Health Institution", PartnerKind::HealthAuthority),
        ],
    };
    let n = 1 + rng.below(templates.len());
    let first = rng.below(templates.len());
    (0..n)
        .filter_map(|k| templates.get((first + k) % templates.len()))
        .map(|&(name, name_en, kind)| Partner {
            name: name.replace("{}", place),
            name_en: (!name_en.is_empty()).then(|| name_en.replace("{}", place)),
            kind,
            country: CountryCode::parse(country.code()),
        })
        .collect()
}

/// A company from a pool that grows with the data: about one company per
/// 50 records and country, so 100 000 records have some 10 000 organisations.
fn company(count: usize, country: Country, rng: &mut SplitMix64) -> Option<Partner> {
    const ADJECTIVES: [&str; 6] = ["Nordic", "Arctic", "Boreal", "Fjord", "Aurora", "Polar"];
    const NOUNS: [&str; 6] = ["MedTech", "Health", "Care", "Diagnostics", "Data", "Robotics"];
    let k = rng.below((count / 50).max(20));
    let adjective = ADJECTIVES.get(k % 6)?;
    let noun = NOUNS.get(k / 6 % 6)?;
    let n = k / 36 + 1;
    let suffix = match country {
        Country::Se => "AB",
        Country::No => "AS",
        Country::Dk => "A/S",
        Country::Fi => "Oy",
        Country::Is => "ehf.",
    };
    Some(Partner {
        name: format!("Synthetic {adjective} {noun} {n} {suffix}"),
        name_en: None,
        kind: PartnerKind::Company,
        country: CountryCode::parse(country.code()),
    })
}

/// The invented word number `k`: two to four syllables.
fn invented_word(k: usize) -> String {
    let base = SYLLABLES.len();
    let mut word = String::new();
    let mut rest = k;
    let mut n = 0;
    while n < 2 || (rest > 0 && n < 4) {
        word.push_str(SYLLABLES.get(rest % base).copied().unwrap_or("a"));
        rest /= base;
        n += 1;
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// The record as the JSON the loader reads, to prove it valid.
    fn to_json(p: &Partnership) -> Value {
        let text = |t: &LocalizedText| -> Value {
            t.entries().iter().map(|(lang, s)| (lang.code().to_owned(), Value::from(s.as_str()))).collect()
        };
        json!({
            "id": p.id.as_str(),
            "title": text(&p.title),
            "summary": text(&p.summary),
            "kind": p.kind.code(),
            "status": p.status.code(),
            "started": p.started.map(|d| d.to_string()),
            "ended": p.ended.map(|d| d.to_string()),
            "countries": p.countries.iter().map(|c| c.code()).collect::<Vec<_>>(),
            "region": p.region,
            "partners": p.partners.iter().map(|x| json!({
                "name": x.name, "name_en": x.name_en, "kind": x.kind.code(),
                "country": x.country.map(|c| c.to_string()),
            })).collect::<Vec<_>>(),
            "focus_areas": p.focus_areas.iter().map(|f| f.code()).collect::<Vec<_>>(),
            "funders": [],
            "sources": p.sources.iter().map(|s| json!({
                "url": s.url, "title": s.title, "published": null, "language": s.language.code(),
            })).collect::<Vec<_>>(),
        })
    }

    #[test]
    fn records_pass_the_loader_unchanged() {
        let records = partnerships(300);
        assert_eq!(records.len(), 300);
        let file = json!({ "schema_version": 1, "partnerships": records.iter().map(to_json).collect::<Vec<_>>() });
        let dataset = crate::load::load(&file.to_string()).unwrap();
        let problems: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems, Vec::<String>::new());
        // Compared one by one: a failure then prints one record, not three hundred.
        for (loaded, generated) in dataset.records.iter().zip(&records) {
            assert_eq!(loaded, generated);
        }
    }

    #[test]
    fn deterministic_and_clearly_synthetic() {
        assert_eq!(partnerships(50), partnerships(50));
        for r in partnerships(1000) {
            assert!(r.id.as_str().starts_with("synthetic-"));
            assert!(r.title.get(DataLang::En).is_some_and(|t| t.starts_with("Synthetic ")));
            assert!(!r.partners.is_empty() && r.partners.len() <= 6 && !r.countries.is_empty());
        }
        assert_eq!(invented_word(0), "kaka");
        assert_ne!(invented_word(20), invented_word(21));
    }
}
