// List.js renders and pages the list and does the text search; its items'
// `found` flags and the vanilla count loop give the facets.
import { countFacets, matchesFacets } from './shared.js';

/** Loads List.js's own build (a script that defines `List`), as a page would. */
const loaded = new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = '/node_modules/list.js/dist/list.min.js';
  script.onload = resolve;
  script.onerror = reject;
  document.head.append(script);
});

export async function create(records, list) {
  await loaded;
  // The widget's card, element for element, as a List.js template: List.js
  // fills elements by class (and the link's href by attribute); the four
  // partner slots and one source slot are fixed, as templates are.
  const slots = [0, 1, 2, 3];
  const item = `<li class="card"><article class="np-card" tabindex="-1"><header class="np-card__header">` +
    `<h3 class="np-card__title title"></h3><p class="np-card__kind kind"></p></header><p class="np-card__summary summary"></p>` +
    `<dl class="np-card__facts"><div class="np-fact"><dt>Countries</dt><dd class="cty"></dd></div>` +
    `<div class="np-fact"><dt>Region</dt><dd class="region"></dd></div><div class="np-fact"><dt>Period</dt><dd class="period"></dd></div></dl>` +
    `<h4 class="np-card__subhead">Partners</h4><ul class="np-partners">` +
    slots.map((i) => `<li class="np-partner"><span class="np-partner__name p${i}"></span><span class="np-partner__kind k${i}"></span></li>`).join('') +
    `<li class="np-partner np-partner--more more"></li></ul><ul class="np-tags" aria-label="Focus areas"><li class="np-tag tags"></li></ul>` +
    `<footer class="np-card__footer"><div class="np-sources-block"><h4 class="np-card__subhead">Sources</h4><ul class="np-sources">` +
    `<li class="np-source"><a class="np-source__link source href" target="_blank" rel="noopener noreferrer"></a></li></ul></div>` +
    `<button type="button" class="np-card__open">Details</button></footer></article></li>`;
  const values = records.map((r) => {
    const c = r.card;
    const v = { ...r, kind: c.kind, cty: c.countries, region: c.region, period: c.period,
      more: c.more, tags: c.tags.join(', '), source: c.sources[0]?.title ?? '', href: c.sources[0]?.href ?? '' };
    for (const i of slots) { v[`p${i}`] = c.partners[i]?.name ?? ''; v[`k${i}`] = c.partners[i]?.kind ?? ''; }
    return v;
  });
  const container = list.parentElement;
  container.id = 'list';
  list.classList.add('list');
  const names = ['title', 'summary', 'partners', 'cty', 'kind', 'region', 'period', 'more', 'tags', 'source', { name: 'href', attr: 'href' },
    ...slots.flatMap((i) => [`p${i}`, `k${i}`])];
  // eslint-disable-next-line no-undef
  const view = new List('list', { valueNames: names, item, page: 24 }, values);
  return {
    query(text, selected) {
      view.search(text, ['title', 'summary', 'partners']);
      const candidates = view.items.filter((it) => !text || it.found).map((it) => it.values());
      view.filter((it) => matchesFacets(it.values(), selected));
      return { total: view.matchingItems.length, counts: countFacets(candidates, selected) };
    },
  };
}
