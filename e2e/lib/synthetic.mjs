// Deterministic synthetic partnerships (schema v1) for the browser tests and
// the benchmark: varied titles, summaries and partner names drawn from word
// lists with a seeded generator, so search and facets do real work and
// every run sees the same data.

const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'IS'];
const KINDS = ['strategic_agreement', 'project', 'network', 'research_programme', 'cluster_collaboration', 'other'];
const STATUSES = ['active', 'completed', 'planned', 'unknown'];
const FOCUS = ['digital_health', 'clinical_research', 'ai_health_data', 'education', 'medtech', 'life_science',
  'public_health', 'healthy_ageing', 'mental_health', 'primary_care', 'precision_medicine', 'cancer'];
const PARTNER_KINDS = ['university', 'hospital', 'region', 'municipality', 'company', 'cluster', 'public_agency'];
const TOPICS = ['digital', 'health', 'clinical', 'research', 'innovation', 'care', 'hospital', 'patient', 'data',
  'genomics', 'imaging', 'cancer', 'diabetes', 'rehabilitation', 'telemedicine', 'welfare', 'technology', 'trial',
  'biobank', 'pharmacy', 'nursing', 'primary', 'emergency', 'pediatric', 'cardiology', 'neurology', 'wellbeing'];
const PLACES = ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Stavanger', 'Uppsala', 'Umeå', 'Lund', 'Göteborg',
  'Linköping', 'Örebro', 'Aarhus', 'Odense', 'Aalborg', 'København', 'Helsinki', 'Oulu', 'Tampere', 'Turku',
  'Kuopio', 'Reykjavík', 'Akureyri', 'Jyväskylä', 'Malmö', 'Bodø'];
const ORG = ['University', 'Hospital', 'Region', 'Municipality', 'Health Cluster', 'Institute', 'Science Park'];

/** A small seeded generator (mulberry32), so the data is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` valid records as objects. */
export function syntheticRecords(n, seed = 1) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(list)))];
  const records = [];
  for (let i = 0; i < n; i++) {
    const countries = some(COUNTRIES, 2);
    const place = pick(PLACES);
    const words = some(TOPICS, 3);
    const started = 1995 + Math.floor(r() * 32);
    const status = pick(STATUSES);
    const record = {
      id: `p-${i}`,
      title: { en: `${place} ${words.join(' ')} partnership ${i}` },
      summary: { en: `A partnership in ${place} on ${some(TOPICS, 4).join(', ')} and ${pick(TOPICS)} services.` },
      kind: pick(KINDS),
      status,
      started: `${started}`,
      countries,
      partners: Array.from({ length: 2 + Math.floor(r() * 3) }, () => ({
        name: `${pick(PLACES)} ${pick(ORG)} ${Math.floor(r() * 400)}`,
        kind: pick(PARTNER_KINDS),
        country: pick(countries),
      })),
      focus_areas: some(FOCUS, 3),
      sources: [{ url: `https://example.org/news/${i}`, title: `News ${i}`, language: 'en' }],
    };
    if (i % 3 === 0) record.title.sv = `Partnerskap ${i} i ${place}`;
    if (status === 'completed') record.ended = `${Math.min(2026, started + 1 + Math.floor(r() * 8))}`;
    records.push(record);
  }
  return records;
}

/** A data file of `n` synthetic records and `bad` more that are left out (an invalid id, no title…), as text. */
export function syntheticFile(n, { seed = 1, bad = 0 } = {}) {
  const broken = Array.from({ length: bad }, (_, i) => ({ id: `Bad ${i}`, kind: 'project' }));
  return JSON.stringify({ schema_version: 1, partnerships: [...syntheticRecords(n, seed), ...broken] });
}
