// The floor: one lower-cased haystack per record, an array filter and a count loop.
import { countFacets, matchesFacets, cardHtml } from './shared.js';

export function create(records, list) {
  const hay = records.map((r) => `${r.title} ${r.summary} ${r.partners}`.toLowerCase());
  return {
    query(text, selected) {
      const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
      const candidates = terms.length ? records.filter((r) => terms.every((t) => hay[r.i].includes(t))) : records;
      const hits = candidates.filter((r) => matchesFacets(r, selected));
      list.innerHTML = hits.slice(0, 24).map(cardHtml).join('');
      return { total: hits.length, counts: countFacets(candidates, selected) };
    },
  };
}
