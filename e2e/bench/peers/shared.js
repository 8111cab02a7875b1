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
    card: cardFields(p),
  }));
}

const LABEL = (code) => code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const COUNTRY = { NO: 'Norway', SE: 'Sweden', DK: 'Denmark', FI: 'Finland', IS: 'Iceland' };

/** What a card shows, as the widget words it in English (labels from codes). */
function cardFields(p) {
  const partners = p.partners.map((x) => ({ name: x.name_en ?? x.name, kind: LABEL(x.kind) }));
  return {
    kind: `${LABEL(p.kind)} · ${LABEL(p.status)}`,
    countries: p.countries.map((c) => COUNTRY[c] ?? c).join(', '),
    region: p.region ?? '',
    period: `${p.started ?? 'start not known'} – ${p.ended ?? (p.status === 'active' ? 'present' : '')}`,
    partners: partners.slice(0, 4),
    more: partners.length > 4 ? `+ ${partners.length - 4} more` : '',
    tags: (p.focus_areas ?? []).map(LABEL),
    sources: (p.sources ?? []).map((x) => ({ title: x.title, href: x.url ?? '' })),
  };
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
// The same card as the widget's, element for element (view/card_markup.rs):
// header with title and kind, summary, three facts, partners with their kind,
// focus-area tags, the source as a link that opens a new tab, a "Details"
// button. A lighter card would make the peers' DOM work smaller than ours.
export const cardHtml = (r) => {
  const c = r.card;
  const fact = (term, value) => `<div class="np-fact"><dt>${term}</dt><dd>${esc(value)}</dd></div>`;
  return `<li class="card"><article class="np-card" tabindex="-1"><header class="np-card__header">` +
    `<h3 class="np-card__title">${esc(r.title)}</h3><p class="np-card__kind">${esc(c.kind)}</p></header>` +
    (r.summary ? `<p class="np-card__summary">${esc(r.summary)}</p>` : '') +
    `<dl class="np-card__facts">${fact('Countries', c.countries)}${c.region ? fact('Region', c.region) : ''}${fact('Period', c.period)}</dl>` +
    `<h4 class="np-card__subhead">Partners</h4><ul class="np-partners">` +
    c.partners.map((x) => `<li class="np-partner"><span class="np-partner__name">${esc(x.name)}</span><span class="np-partner__kind">${esc(x.kind)}</span></li>`).join('') +
    (c.more ? `<li class="np-partner np-partner--more">${c.more}</li>` : '') + '</ul>' +
    (c.tags.length ? `<ul class="np-tags" aria-label="Focus areas">${c.tags.map((t) => `<li class="np-tag">${esc(t)}</li>`).join('')}</ul>` : '') +
    `<footer class="np-card__footer"><div class="np-sources-block"><h4 class="np-card__subhead">Sources</h4><ul class="np-sources">` +
    c.sources.map((x) => `<li class="np-source"><a class="np-source__link" href="${esc(x.href)}" target="_blank" rel="noopener noreferrer">${esc(x.title)}<span class="np-visually-hidden"> (opens in a new tab)</span></a></li>`).join('') +
    `</ul></div><button type="button" class="np-card__open" aria-label="Details: ${esc(r.title)}">Details</button></footer></article></li>`;
};

