// itemsjs does it all: its full-text search, OR facets with counts, paging.
import itemsjs from '/node_modules/itemsjs/dist/index.modern.js';
import { FACETS, cardHtml } from './shared.js';

export function create(records, list) {
  const aggregations = Object.fromEntries(FACETS.map(([f, title]) => [f, { title, conjunction: false, size: 100 }]));
  const engine = itemsjs(records, { searchableFields: ['title', 'summary', 'partners'], aggregations });
  return {
    query(text, selected) {
      const filters = Object.fromEntries(FACETS.map(([f]) => [f, [...selected[f]]]));
      const result = engine.search({ query: text, per_page: 24, filters });
      list.innerHTML = result.data.items.map(cardHtml).join('');
      const counts = Object.fromEntries(FACETS.map(([f]) =>
        [f, new Map(result.data.aggregations[f].buckets.map((b) => [b.key, b.doc_count]))]));
      return { total: result.pagination.total, counts };
    },
  };
}
