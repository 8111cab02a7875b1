// The peer pages of the benchmark: the same task as the widget — a search
// box, three facet groups with disjunctive counts (country, focus area,
// status), a live result count and the first 24 cards — over the same
// schema-v1 file, with a minimal vanilla renderer. Only the search engine
// differs (`?engine=`): vanilla (an array filter and a count loop), List.js,
// MiniSearch or itemsjs. Nothing here is shipped; it is the yardstick.
export const FACETS = [
  ['countries', 'Country'],
  ['focus', 'Focus area'],
  ['status', 'Status'],
];

/** One flat object per record: what the engines search and facet on. */
export function flatten(file) {
  return file.partnerships.map((p, i) => ({
    i,
    id: p.id,
    title: p.title.en ?? Object.values(p.title)[0] ?? p.id,
    summary: p.summary?.en ?? Object.values(p.summary ?? {})[0] ?? '',
    partners: p.partners.map((x) => x.name_en ?? x.name).join(', '),
    countries: p.countries,
    focus: p.focus_areas ?? [],
    status: [p.status],
  }));
}

/** Disjunctive counts: each facet counted within the records matching everything but its own selection. */
export function countFacets(candidates, selected) {
  const counts = Object.fromEntries(FACETS.map(([f]) => [f, new Map()]));
  const active = FACETS.filter(([f]) => selected[f].size > 0).map(([f]) => f);
  for (const r of candidates) {
    // How many active facets the record fails; a facet's own failure does not stop its counts.
    let failed = 0;
    let failing = null;
    for (const f of active) {
      if (!r[f].some((v) => selected[f].has(v))) {
        failed++;
        failing = f;
      }
    }
    if (failed > 1) continue;
    for (const [f] of FACETS) {
      if (failed === 1 && failing !== f) continue;
      const m = counts[f];
      for (const v of r[f]) m.set(v, (m.get(v) ?? 0) + 1);
    }
  }
  return counts;
}

export function matchesFacets(r, selected) {
  return FACETS.every(([f]) => selected[f].size === 0 || r[f].some((v) => selected[f].has(v)));
}

export const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
export const cardHtml = (r) => `<li class="card"><h3>${esc(r.title)}</h3><p>${esc(r.summary)}</p>` +
  `<p class="partners">${esc(r.partners)}</p><p class="meta">${r.countries.join(', ')} · ${r.focus.join(', ')}</p></li>`;

