// The page of a benchmark peer (see shared.js): builds the controls, loads
// the file named by `?src=`, and asks the engine named by `?engine=`.
import { FACETS, flatten, esc } from './shared.js';

const params = new URLSearchParams(location.search);
const ENGINE = params.get('engine') ?? 'vanilla';
const SRC = params.get('src');

const root = document.getElementById('app');
root.innerHTML = `<label for="q">Search</label> <input id="q" type="search" data-bench="search">
  <div class="layout"><div id="facets"></div><div><p id="count" role="status"></p><ul id="cards" class="cards"></ul></div></div>`;
const input = root.querySelector('#q');
const facetsEl = root.querySelector('#facets');
const countEl = root.querySelector('#count');
const selected = Object.fromEntries(FACETS.map(([f]) => [f, new Set()]));

function renderFacets(counts) {
  facetsEl.innerHTML = FACETS.map(([f, label]) => {
    const values = [...new Set([...counts[f].keys(), ...selected[f]])]
      .sort((a, b) => (counts[f].get(b) ?? 0) - (counts[f].get(a) ?? 0) || (a < b ? -1 : 1));
    return `<fieldset data-facet="${f}"><legend>${label}</legend>` + values.map((v) =>
      `<label><input type="checkbox" data-bench="facet-option" data-facet="${f}" value="${esc(v)}"${selected[f].has(v) ? ' checked' : ''}> ` +
      `${esc(v)} <span>(${counts[f].get(v) ?? 0})</span></label>`).join('') + '</fieldset>';
  }).join('');
}

const file = await (await fetch(SRC)).json();
const records = flatten(file);
const engine = await (await import(`./${ENGINE}.js`)).create(records, root.querySelector('#cards'));
// The first cards are on screen when this returns; the probe watches for them.
function update() {
  const { total, counts } = engine.query(input.value.trim(), selected);
  countEl.textContent = `${total} partnerships`;
  renderFacets(counts);
}
input.addEventListener('input', update);
facetsEl.addEventListener('change', (e) => {
  const box = e.target;
  if (box.checked) selected[box.dataset.facet].add(box.value);
  else selected[box.dataset.facet].delete(box.value);
  update();
});
update();
