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
  const item = (r) => `<li class="card"><h3 class="title"></h3><p class="summary"></p><p class="partners"></p><p class="meta"></p></li>`;
  const values = records.map((r) => ({ ...r, meta: `${r.countries.join(', ')} · ${r.focus.join(', ')}` }));
  const container = list.parentElement;
  container.id = 'list';
  list.classList.add('list');
  // eslint-disable-next-line no-undef
  const view = new List('list', { valueNames: ['title', 'summary', 'partners', 'meta'], item, page: 24 }, values);
  return {
    query(text, selected) {
      view.search(text, ['title', 'summary', 'partners']);
      const candidates = view.items.filter((it) => !text || it.found).map((it) => it.values());
      view.filter((it) => matchesFacets(it.values(), selected));
      return { total: view.matchingItems.length, counts: countFacets(candidates, selected) };
    },
  };
}
