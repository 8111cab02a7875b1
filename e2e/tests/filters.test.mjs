// Facets, chips, sorting and progressive rendering: counts computed from the
// bundled data, OR within a facet and AND across facets, disjunctive facet
// counts, removable chips, the three sort orders and the keyed "Show more".
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  N_RECORDS,
  PAGE_SIZE,
  titleOf,
  countWhere,
  inCountries,
  hasFocus,
  eventually,
  expectStatus,
  countText,
  cardTitles,
  showAll,
  facetCounts,
  checkbox,
  revealCheckbox,
  search,
  cardsShown,
} from './support.mjs';

const env = setup();

const COUNTRIES = { NO: 'Norway', SE: 'Sweden', DK: 'Denmark', FI: 'Finland', IS: 'Iceland' };
const FOCUS = {
  digital_health: 'Digital health & telemedicine',
  ai_health_data: 'AI & health data',
  medtech: 'Medical technology',
  life_science: 'Life science & entrepreneurship',
  clinical_research: 'Clinical research & quality of care',
  education: 'Education & competence supply',
  healthy_ageing: 'Healthy ageing & welfare technology',
  primary_care: 'Primary, home & social care',
  research_infrastructure: 'Research infrastructure & test beds',
  cancer: 'Cancer',
  mental_health: 'Mental health & neuroscience',
  public_health: 'Public health & prevention',
  regional_development: 'Regional development & leadership',
  precision_medicine: 'Precision medicine & genomics',
  innovation_transfer: 'Technology transfer & public–private partnership',
  cross_border: 'Nordic & cross-border cooperation',
};
const and = (...preds) => (r) => preds.every((p) => p(r));

/** Expected country counts among the records satisfying `pred`, by label. */
const expectedCountryCounts = (pred = () => true) =>
  Object.fromEntries(Object.entries(COUNTRIES).map(([code, label]) => [label, countWhere(and(pred, inCountries(code)))]));

/** Asserts the shown Country counts equal `expected` (every country listed). */
async function expectCountryCounts(page, expected) {
  await eventually(async () => assert.deepEqual(await facetCounts(page, 'Country'), expected));
}

/** Asserts each shown focus-area count equals the data's count among `pred`, every non-zero one listed. */
async function expectFocusCounts(page, pred) {
  const more = page.locator('fieldset.np-facet', { has: page.getByRole('button', { name: /^Focus area/ }) }).getByRole('button', { name: /^Show more/ });
  if ((await more.count()) > 0) await more.click();
  await eventually(async () => {
    const shown = await facetCounts(page, 'Focus area');
    for (const [code, label] of Object.entries(FOCUS)) {
      const n = countWhere(and(pred, hasFocus(code)));
      if (n > 0 || label in shown) assert.equal(shown[label], n, `Focus area "${label}"`);
    }
  });
}

test('ticking facet values filters and recounts: OR within a facet, AND across, disjunctive counts', async () => {
  const { page, context, problems } = await env.open();
  await expectStatus(page, countText(N_RECORDS));
  await expectCountryCounts(page, expectedCountryCounts());

  // Sweden: the count is the Swedish records; other countries' counts stay.
  const se = inCountries('SE');
  await checkbox(page, 'Sweden').check();
  await expectStatus(page, countText(countWhere(se)));
  assert.equal(await checkbox(page, 'Sweden').isChecked(), true);
  await expectCountryCounts(page, expectedCountryCounts());
  // ... but the other facets now count only Swedish records.
  await expectFocusCounts(page, se);
  assert.equal(await page.locator('.np-card').count(), Math.min(PAGE_SIZE, countWhere(se)));

  // Norway too: either country (OR).
  const seNo = inCountries('SE', 'NO');
  await checkbox(page, 'Norway').check();
  await expectStatus(page, countText(countWhere(seNo)));
  assert.ok(countWhere(seNo) > countWhere(se));
  await expectCountryCounts(page, expectedCountryCounts());
  await expectFocusCounts(page, seNo);

  // A focus area as well: both facets must hold (AND), and now the country
  // counts are those of the digital-health records.
  const dh = hasFocus('digital_health');
  await (await revealCheckbox(page, 'Focus area', FOCUS.digital_health)).check();
  const n = countWhere(and(seNo, dh));
  assert.ok(n > 0 && n < countWhere(seNo) && n < countWhere(dh), 'the example narrows both sets');
  await expectStatus(page, countText(n));
  await expectCountryCounts(page, expectedCountryCounts(dh));
  await expectFocusCounts(page, seNo);
  await showAll(page);
  const expectedTitles = RECORDS.filter(and(seNo, dh)).map(titleOf);
  assert.deepEqual((await cardTitles(page)).sort(), expectedTitles.sort());
  // The facet's heading button says how many values are ticked.
  assert.match(await page.getByRole('button', { name: /^Country/ }).textContent(), /2 selected/);

  // Unticking goes back.
  await checkbox(page, 'Norway').uncheck();
  await expectStatus(page, countText(countWhere(and(se, dh))));
  assert.deepEqual(problems, []);
  await context.close();
});

test('chips name the active filters; removing one and "Clear all" restore the results', async () => {
  const { page, context, problems } = await env.open();
  const chips = page.getByRole('list', { name: 'Active filters' });
  assert.equal(await chips.count(), 0, 'no chips before any filter');

  await checkbox(page, 'Sweden').check();
  await expectStatus(page, countText(countWhere(inCountries('SE'))));
  await (await revealCheckbox(page, 'Focus area', FOCUS.life_science)).check();
  await page.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await page.getByRole('searchbox', { name: 'Search partnerships' }).fill('region');
  await eventually(async () =>
    assert.deepEqual(await chips.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent.trim())), [
      'Remove filter: Search: “region”',
      'Remove filter: Country: Sweden',
      `Remove filter: Focus area: ${FOCUS.life_science}`,
      'Remove filter: Years active: 2019–',
      'Clear all',
    ]),
  );
  // Accessible names as a screen reader gets them.
  for (const name of ['Remove filter: Country: Sweden', 'Remove filter: Search: “region”', 'Remove filter: Years active: 2019–']) {
    assert.equal(await chips.getByRole('button', { name, exact: true }).count(), 1, name);
  }

  // Remove the focus-area chip: its checkbox unticks, the others stay.
  const before = await page.locator('.np-widget').getByRole('status').textContent();
  await chips.getByRole('button', { name: `Remove filter: Focus area: ${FOCUS.life_science}` }).click();
  // (Unticked, it may fall behind its group's "Show more" again, as the counts rank it.)
  await eventually(async () =>
    assert.equal(await (await revealCheckbox(page, 'Focus area', FOCUS.life_science)).isChecked(), false),
  );
  assert.equal(await checkbox(page, 'Sweden').isChecked(), true);
  assert.notEqual(await page.locator('.np-widget').getByRole('status').textContent(), before);
  assert.equal(await chips.getByRole('button', { name: /^Remove filter: Focus area/ }).count(), 0);

  // Remove the year chip: both selects go back to "Any year".
  await chips.getByRole('button', { name: 'Remove filter: Years active: 2019–' }).click();
  await eventually(async () => assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), ''));

  await chips.getByRole('button', { name: 'Clear all' }).click();
  await expectStatus(page, countText(N_RECORDS));
  assert.equal(await page.getByRole('searchbox').inputValue(), '');
  assert.equal(await checkbox(page, 'Sweden').isChecked(), false);
  assert.equal(await page.locator('.np-filters input[type=checkbox]:checked').count(), 0);
  assert.equal(await chips.count(), 0);
  assert.equal(await page.locator('.np-card').count(), Math.min(PAGE_SIZE, N_RECORDS));
  assert.deepEqual(problems, []);
  await context.close();
});

// Sort keys as documented in src/collate.rs for English: case and accents
// ignored, æ as ae, ø as o, punctuation ignored, a space before any letter,
// digits before letters.
const enKey = (s) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const byTitle = (a, b) => (enKey(titleOf(a)) < enKey(titleOf(b)) ? -1 : enKey(titleOf(a)) > enKey(titleOf(b)) ? 1 : 0);
// The first day a partial ISO date ("2019", "2019-08", "2019-08-30") can mean.
const firstDay = (d) => (d ? [...d.split('-'), '01', '01'].slice(0, 3).join('-') : null);

test('sort: Title A–Z is alphabetical, Newest and Oldest first order by start date (unknown last)', async () => {
  const { page, context, problems } = await env.open();
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  assert.deepEqual(
    await sort.locator('option').allTextContents(),
    ['Best match', 'Newest first', 'Oldest first', 'Title A–Z'],
  );

  await sort.selectOption({ label: 'Title A–Z' });
  await eventually(async () => assert.equal((await cardTitles(page))[0], titleOf([...RECORDS].sort(byTitle)[0])));
  await showAll(page);
  const titles = await cardTitles(page);
  assert.equal(titles.length, N_RECORDS);
  assert.deepEqual(titles, [...RECORDS].sort(byTitle).map(titleOf));

  const byStart = (dir) => (a, b) => {
    const [x, y] = [firstDay(a.started), firstDay(b.started)];
    if (x === y) return byTitle(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return dir * (x < y ? -1 : 1);
  };
  for (const [label, dir] of [['Newest first', -1], ['Oldest first', 1]]) {
    await sort.selectOption({ label });
    const expected = [...RECORDS].sort(byStart(dir)).map(titleOf);
    await eventually(async () => assert.equal((await cardTitles(page))[0], expected[0], `${label}: first card`));
    await showAll(page);
    assert.deepEqual(await cardTitles(page), expected, label);
  }
  // The most recent start is first under "Newest first".
  await sort.selectOption({ label: 'Newest first' });
  const latest = RECORDS.filter((r) => r.started).reduce((a, b) => (firstDay(b.started) > firstDay(a.started) ? b : a));
  await eventually(async () => assert.equal((await cardTitles(page))[0], titleOf(latest)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('progressive rendering: 24 cards, then "Show N more" adds the rest, keeping the rendered cards', async () => {
  const { page, context, problems } = await env.open();
  await cardsShown(page);
  assert.equal(await page.locator('.np-card').count(), Math.min(PAGE_SIZE, N_RECORDS));
  assert.deepEqual(await cardTitles(page), RECORDS.slice(0, PAGE_SIZE).map(titleOf));

  // Mark the first and last rendered cards' DOM nodes, and keep handles.
  const first = await page.locator('.np-grid > li').first().elementHandle();
  const last = await page.locator('.np-grid > li').nth(PAGE_SIZE - 1).elementHandle();
  await first.evaluate((li) => li.setAttribute('data-e2e-marker', 'first'));
  await last.evaluate((li) => li.setAttribute('data-e2e-marker', 'last'));

  let shown = PAGE_SIZE;
  while (shown < N_RECORDS) {
    const n = Math.min(PAGE_SIZE, N_RECORDS - shown);
    const more = page.getByRole('button', { name: `Show ${n} more` });
    assert.equal(await more.count(), 1, `"Show ${n} more" after ${shown} cards`);
    await more.click();
    shown += n;
    await eventually(async () => assert.equal(await page.locator('.np-card').count(), shown));
  }
  assert.equal(await page.getByRole('button', { name: /^Show \d+ more$/ }).count(), 0, 'no "Show more" when all are shown');
  assert.deepEqual(await cardTitles(page), RECORDS.map(titleOf));

  // Keyed rendering: the same nodes, still in place, still marked.
  assert.equal(await first.evaluate((li) => li.isConnected && li === npAll('.np-grid > li')[0]), true);
  assert.equal(await page.locator('.np-grid > li[data-e2e-marker="first"]').count(), 1);
  assert.equal(await last.evaluate((li, i) => li.isConnected && li === npAll('.np-grid > li')[i], PAGE_SIZE - 1), true);

  // A new query starts again from the first page.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title A–Z' });
  await eventually(async () => assert.equal(await page.locator('.np-card').count(), Math.min(PAGE_SIZE, N_RECORDS)));
  assert.deepEqual(problems, []);
  await context.close();
});

// A record's years as documented in src/search/years.rs: from the year of
// `started` to the year of `ended` (open periods run on to today); records
// without a start match no year range.
const year = (d) => Number(d.slice(0, 4));
const overlaps = (from, to) => (r) =>
  r.started != null && year(r.started) <= to && (r.ended == null || Math.max(year(r.ended), year(r.started)) >= from);

test('years active: From and To filter by overlapping periods; a reversed range is put the right way round', async () => {
  const { page, context, problems } = await env.open();
  const from = page.getByRole('combobox', { name: 'From' });
  const to = page.getByRole('combobox', { name: 'To' });
  assert.equal(await page.getByRole('group', { name: 'Years active' }).count(), 1);
  assert.equal(await from.locator('option').first().textContent(), 'Any year');
  assert.equal(await to.locator('option').first().textContent(), 'Any year');
  const years = RECORDS.filter((r) => r.started).map((r) => year(r.started));
  assert.equal(Number(await from.locator('option').nth(1).getAttribute('value')), Math.min(...years), 'the range starts at the earliest start');

  await from.selectOption('2019');
  await to.selectOption('2019');
  await expectStatus(page, countText(countWhere(overlaps(2019, 2019))));
  assert.equal(await page.getByRole('button', { name: 'Remove filter: Years active: 2019–2019' }).count(), 1);
  await eventually(async () => assert.equal(search(page), '?from=2019&to=2019'));

  await to.selectOption('2005');
  await expectStatus(page, countText(countWhere(overlaps(2005, 2019))));
  await eventually(async () => assert.deepEqual([await from.inputValue(), await to.inputValue()], ['2005', '2019'], 'the selects show the range the right way round'));
  await eventually(async () => assert.equal(search(page), '?from=2005&to=2019'));

  await from.selectOption('');
  await expectStatus(page, countText(countWhere(overlaps(0, 2019))));
  assert.equal(await page.getByRole('button', { name: 'Remove filter: Years active: –2019' }).count(), 1);
  await to.selectOption('');
  await expectStatus(page, countText(N_RECORDS));
  assert.deepEqual(problems, []);
  await context.close();
});

test('facet groups: six values then "Show more (n)"; Organisation starts folded; headings fold and unfold', async () => {
  const { page, context, problems } = await env.open();
  // The widget's frame: a labelled section inside the page's mount point, the count present at once.
  assert.equal(await page.locator('[data-nordic-partnerships] section.np-widget[lang="en"][aria-label="Nordic health-innovation partnerships"]').count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Nordic health-innovation partnerships' }).count(), 1);
  assert.equal(await page.locator('.np-widget p.np-count[role="status"]').count(), 1);
  const filters = page.getByRole('group', { name: 'Filters' });
  const titles = await filters.locator('fieldset.np-facet legend').evaluateAll((ls) => ls.map((l) => l.textContent.trim()));
  assert.deepEqual(titles, ['Country', 'Focus area', 'Type of partnership', 'Partner type', 'Status', 'Organisation', 'Years active']);

  const focus = filters.locator('fieldset.np-facet', { has: page.getByRole('button', { name: /^Focus area/ }) });
  const nFocus = new Set(RECORDS.flatMap((r) => r.focus_areas)).size;
  assert.equal(await focus.getByRole('checkbox').count(), 6);
  const more = focus.getByRole('button', { name: `Show more (${nFocus - 6})` });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.click();
  await eventually(async () => assert.equal(await focus.getByRole('checkbox').count(), nFocus));
  const fewer = focus.getByRole('button', { name: 'Show fewer' });
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
  await fewer.click();
  await eventually(async () => assert.equal(await focus.getByRole('checkbox').count(), 6));

  // A ticked value further down stays listed when the list is short again.
  await more.click();
  const rare = Object.entries(FOCUS).reduce((a, b) => (countWhere(hasFocus(b[0])) < countWhere(hasFocus(a[0])) && countWhere(hasFocus(b[0])) > 0 ? b : a));
  await checkbox(page, rare[1]).check();
  await expectStatus(page, countText(countWhere(hasFocus(rare[0]))));
  await focus.getByRole('button', { name: 'Show fewer' }).click();
  await eventually(async () => assert.equal(await checkbox(page, rare[1]).isChecked(), true));

  // Organisation (partner names) starts folded.
  const org = page.getByRole('button', { name: /^Organisation/ });
  assert.equal(await org.getAttribute('aria-expanded'), 'false');
  const orgGroup = filters.locator('fieldset.np-facet', { has: org });
  assert.equal(await orgGroup.getByRole('checkbox').count(), 0);
  await org.click();
  await eventually(async () => assert.equal(await org.getAttribute('aria-expanded'), 'true'));
  assert.ok((await orgGroup.getByRole('checkbox').count()) > 0, 'partner names are listed when unfolded');
  // Fold Country: its values go; unfold: they come back.
  const country = page.getByRole('button', { name: /^Country/ });
  const countryGroup = filters.locator('fieldset.np-facet', { has: country });
  const nCountries = await countryGroup.getByRole('checkbox').count();
  assert.ok(nCountries > 0);
  assert.equal(await country.getAttribute('aria-expanded'), 'true');
  await country.click();
  await eventually(async () => assert.equal(await countryGroup.getByRole('checkbox').count(), 0));
  assert.equal(await country.getAttribute('aria-expanded'), 'false');
  await country.click();
  await eventually(async () => assert.equal(await countryGroup.getByRole('checkbox').count(), nCountries));
  assert.deepEqual(problems, []);
  await context.close();
});
