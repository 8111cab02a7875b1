// Free-text search: results follow every keystroke, case, diacritics and
// Nordic spellings do not matter, one typo is forgiven in longer words,
// matches are marked, and a query nothing matches offers its chip for removal.
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  N_RECORDS,
  titleOf,
  eventually,
  expectStatus,
  statusText,
  countText,
  showAll,
  cardTitles,
} from './support.mjs';

const env = setup();

// The text a record is searched by (titles and summaries in every language,
// partner names, region), for computing expected hits from the data.
const searchable = (r) =>
  [...Object.values(r.title), ...Object.values(r.summary ?? {}), ...r.partners.flatMap((p) => [p.name, p.name_en]), r.region]
    .filter(Boolean)
    .join(' \n ');

/** Titles of the records having a word that starts with `re` (a regexp source, case-insensitive). */
const titlesWithWordStarting = (re) => {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${re}`, 'iu');
  return RECORDS.filter((r) => word.test(searchable(r))).map(titleOf);
};

const searchbox = (page) => page.getByRole('searchbox', { name: 'Search partnerships' });

/** Fills the search box and waits for the count to leave the unfiltered state. */
async function searchFor(page, text) {
  await searchbox(page).fill(text);
  await eventually(async () => assert.notEqual(await statusText(page), countText(N_RECORDS)));
}

/** Texts of the <mark> elements in the results, and whether any holds markup. */
async function marks(page) {
  return page.locator('.np-results mark.np-mark').evaluateAll((ms) => ({
    texts: ms.map((m) => m.textContent),
    withChildren: ms.filter((m) => m.children.length > 0).length,
  }));
}

test('search ignores case and diacritics: umea, Umeå and UMEÅ find the same records, Umeå is marked', async () => {
  const { page, context, problems } = await env.open();
  const expected = titlesWithWordStarting('ume[åa]');
  assert.ok(expected.length > 0, 'the data mentions Umeå');

  // Type "umea" key by key: focus stays in the box and the count follows each key.
  const box = searchbox(page);
  await box.click();
  const seen = new Set();
  for (const key of 'umea') {
    await page.keyboard.type(key);
    const typed = await box.inputValue();
    await eventually(async () => {
      const text = await statusText(page);
      assert.match(text, new RegExp(`^\\d+ of ${N_RECORDS} partnerships$`));
      seen.add(text);
    });
    assert.equal(await page.evaluate(() => npActive()?.matches('input[type=search]')), true, `focus left the search box after typing "${typed}"`);
  }
  await expectStatus(page, countText(expected.length));
  assert.ok(seen.size >= 2, `the count changed while typing (saw ${[...seen].join(', ')})`);
  const found = await cardTitles(page);
  assert.deepEqual([...found].sort(), [...expected].sort());

  const m = await marks(page);
  assert.ok(m.texts.length >= found.length, `every hit shows a mark: ${JSON.stringify(m.texts)}`);
  for (const t of m.texts) assert.match(t, /^ume[åa]/i, `mark "${t}" is the matched word`);
  assert.equal(m.withChildren, 0, 'marks hold plain text only');
  assert.ok(m.texts.includes('Umeå'));
  // Every card that matched has a mark of its own.
  assert.equal(await page.locator('.np-card:not(:has(mark.np-mark))').count(), 0);

  for (const variant of ['Umeå', 'UMEÅ', 'umeaa']) {
    await box.fill(variant);
    await expectStatus(page, countText(expected.length));
    assert.deepEqual(await cardTitles(page), found, `"${variant}" gives the same results as "umea"`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('search folds Nordic letters: vasterbotten finds Västerbotten, høyskolen ⇄ hoyskolen, ældre ⇄ aeldre', async () => {
  const { page, context, problems } = await env.open();
  const box = searchbox(page);

  const västerbotten = titlesWithWordStarting('v(ä|a|ae)sterbotten');
  assert.ok(västerbotten.length > 0);
  await searchFor(page, 'vasterbotten');
  await expectStatus(page, countText(västerbotten.length));
  const plain = await cardTitles(page);
  assert.deepEqual([...plain].sort(), [...västerbotten].sort());
  assert.ok((await marks(page)).texts.includes('Västerbotten'), 'Västerbotten is marked');
  for (const variant of ['Västerbotten', 'VAESTERBOTTEN']) {
    await box.fill(variant);
    await expectStatus(page, countText(västerbotten.length));
    assert.deepEqual(await cardTitles(page), plain, variant);
  }

  // Every spelling finds the same records: all that say Høyskolen (and, by the
  // one-typo rule for long words, those that say Høgskolen).
  const høyskolen = titlesWithWordStarting('h(ø|o|oe)yskolen');
  assert.ok(høyskolen.length > 0);
  let first;
  for (const variant of ['hoyskolen', 'høyskolen', 'Høyskolen', 'hoeyskolen']) {
    await box.fill(variant);
    await eventually(async () => assert.notEqual(await statusText(page), countText(N_RECORDS)));
    await showAll(page);
    const titles = (await cardTitles(page)).sort();
    first ??= titles;
    assert.deepEqual(titles, first, variant);
    for (const title of høyskolen) assert.ok(titles.includes(title), `${variant} finds ${title}`);
  }

  // ældre and aeldre are the same word to the search, both ways.
  await box.fill('aeldre');
  await eventually(async () => assert.notEqual(await statusText(page), countText(N_RECORDS)));
  const aeldre = { count: await statusText(page), titles: await cardTitles(page) };
  await box.fill('ældre');
  await eventually(async () => assert.equal(await statusText(page), aeldre.count));
  assert.deepEqual(await cardTitles(page), aeldre.titles);

  assert.deepEqual(problems, []);
  await context.close();
});

test('a match in a Norwegian partner name is marked in the Bokmål interface (høyskolen → Høyskolen)', async () => {
  const { page, context, problems } = await env.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Norsk bokmål' });
  await eventually(async () => assert.equal(await page.locator('.np-widget').getAttribute('lang'), 'nb'));
  await page.getByRole('searchbox').fill('hoyskolen');
  await eventually(async () => assert.ok((await marks(page)).texts.includes('Høyskolen')));
  assert.equal((await marks(page)).withChildren, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('one typo is forgiven in words of five letters or more (Karolinksa, vasterboten), two are not', async () => {
  const { page, context, problems } = await env.open();
  const karolinska = titlesWithWordStarting('karolinska');
  assert.ok(karolinska.length > 0);
  const box = searchbox(page);

  await searchFor(page, 'Karolinska');
  await expectStatus(page, countText(karolinska.length));
  const exact = await cardTitles(page);
  assert.deepEqual([...exact].sort(), [...karolinska].sort());

  // Two neighbours swapped, as the last (prefix) term and as a finished word.
  for (const typo of ['Karolinksa', 'karolinksa ', 'Karolnska']) {
    await box.fill(typo);
    await expectStatus(page, countText(karolinska.length));
    assert.deepEqual(await cardTitles(page), exact, `"${typo}" finds what "Karolinska" finds`);
    assert.ok((await marks(page)).texts.includes('Karolinska'), `"${typo}" marks Karolinska`);
  }
  // A letter missing from Västerbotten.
  await box.fill('vasterboten');
  await expectStatus(page, countText(titlesWithWordStarting('v(ä|a|ae)sterbotten').length));
  assert.ok((await marks(page)).texts.includes('Västerbotten'));

  // Two typos are too many.
  await box.fill('Karolxnxka ');
  await expectStatus(page, countText(0));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a query that matches nothing shows the empty state, offering the search chip for removal', async () => {
  const { page, context, problems } = await env.open();
  await searchFor(page, 'zzqxjv');
  await expectStatus(page, countText(0));
  const empty = page.locator('.np-empty');
  await empty.waitFor();
  const text = await empty.textContent();
  assert.ok(text.includes('No partnerships match'), text);
  assert.ok(text.includes('Try removing one of these:'), text);
  assert.equal(await page.locator('.np-card').count(), 0);
  const chip = empty.getByRole('button', { name: 'Remove filter: Search: “zzqxjv”' });
  assert.equal(await chip.count(), 1);
  // A single chip needs no "Clear all".
  assert.equal(await page.getByRole('button', { name: 'Clear all' }).count(), 0);

  await chip.click();
  await expectStatus(page, countText(N_RECORDS));
  assert.equal(await searchbox(page).inputValue(), '');
  assert.equal(await page.locator('.np-empty').count(), 0);
  assert.equal(await page.locator('.np-card').count(), Math.min(24, N_RECORDS));
  assert.deepEqual(problems, []);
  await context.close();
});
