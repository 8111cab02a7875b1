// MiniSearch for the text (prefix and fuzzy matching, all terms required), the vanilla loops for facets.
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import { countFacets, matchesFacets, cardHtml } from './shared.js';

export function create(records, list) {
  const index = new MiniSearch({ fields: ['title', 'summary', 'partners'], idField: 'i' });
  index.addAll(records);
  return {
    query(text, selected) {
      const candidates = text
        ? index.search(text, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).map((hit) => records[hit.id])
        : records;
      const hits = candidates.filter((r) => matchesFacets(r, selected));
      list.innerHTML = hits.slice(0, 24).map(cardHtml).join('');
      return { total: hits.length, counts: countFacets(candidates, selected) };
    },
  };
}
