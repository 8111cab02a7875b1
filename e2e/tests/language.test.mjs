// The language switch: every interface string, the section's lang attribute
// and month names follow it, the view (filters, text, address) stays, and
// switching back restores English.
import { test } from 'node:test';
import {
  assert,
  setup,
  RECORDS,
  N_RECORDS,
  titleOf,
  countWhere,
  inCountries,
  eventually,
  expectStatus,
  statusText,
  checkbox,
  search,
} from './support.mjs';

const env = setup();

// A record with a start and an end month, shown on the first page.
const DATED = RECORDS.findIndex((r) => /^\d{4}-\d{2}/.test(r.started ?? '') && /^\d{4}-\d{2}/.test(r.ended ?? ''));
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
const monthYear = (date, lang) => `${MONTHS[lang][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** The interface's own words: header, toolbar, filters, count, chips and the fixed parts of cards. */
function chromeText(page) {
  return page.evaluate(() => {
    const w = npAll('.np-widget')[0];
    const parts = [
      ...w.querySelectorAll(
        '.np-title, .np-select__label, .np-search__label, .np-facet__legend, .np-filters .np-link-button, option:not([lang]), .np-count, .np-chip, .np-link-button, .np-card__subhead, .np-card dt, .np-card__open, .np-more button, .np-visually-hidden, .np-card__kind, .np-tag, .np-partner__kind, .np-facet__help',
      ),
    ].map((e) => e.textContent.trim());
    // Labels that end in data (a "Details: <title>" button, the dialog) count only up to the data.
    const attrs = [...w.querySelectorAll('[aria-label]:not(dialog)')].map((e) =>
      e.matches('.np-card__open') ? e.getAttribute('aria-label').split(': ')[0] : e.getAttribute('aria-label'),
    );
    const placeholders = [...w.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder'));
    return [...parts, ...attrs, ...placeholders, w.getAttribute('aria-label')].join('\n');
  });
}

// English words that must not survive a switch to Swedish.
const ENGLISH_ONLY = [
  'Search partnerships', 'Name, partner, place or topic', 'Sort by', 'Best match', 'Newest first', 'Oldest first', 'Title A–Z',
  'Language', 'Country', 'Focus area', 'Type of partnership', 'Partner type', 'Years active', 'Any year', 'Show more',
  'partnerships', 'Remove filter', 'Details', 'Partners', 'Sources', 'Countries', 'opens in a new tab', 'Active filters',
  'Cluster collaboration', 'Strategic agreement', 'University', 'Hospital', 'Municipality', 'Digital health', 'Completed',
  'latest source', 'no dated source', 'a source from the last three years',
];

test('switching to Svenska translates every interface string and month name; switching back restores English', async () => {
  const { page, context, problems } = await env.open();
  const widget = page.locator('.np-widget');
  assert.ok(DATED >= 0 && DATED < 24, 'the data has a dated record on the first page');
  const dated = RECORDS[DATED];
  const period = page.locator('.np-card', { has: page.locator('.np-card__title', { hasText: titleOf(dated) }) }).locator('.np-fact', { hasText: /Period/ }).locator('dd');
  assert.equal((await period.textContent()).trim(), `${monthYear(dated.started, 'en')} – ${monthYear(dated.ended, 'en')}`);

  // Tick a value and type a query first: the switch must keep them.
  await page.getByRole('searchbox', { name: 'Search partnerships' }).fill('a');
  await checkbox(page, 'Sweden').check();
  await eventually(async () => assert.equal(search(page), '?q=a&country=SE'));
  await page.getByRole('searchbox').fill('');
  const nSe = countWhere(inCountries('SE'));
  await expectStatus(page, `${nSe} of ${N_RECORDS} partnerships`);
  // The address follows the render in an effect, which may come a frame later.
  await eventually(async () => assert.equal(search(page), '?country=SE'));
  const url = page.url();

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await eventually(async () => assert.equal(await widget.getAttribute('lang'), 'sv'));
  await expectStatus(page, `${nSe} av ${N_RECORDS} partnerskap`);
  assert.equal(await widget.getAttribute('aria-label'), 'Nordiska partnerskap för hälsoinnovation');
  assert.equal((await page.locator('.np-title').textContent()).trim(), 'Nordiska partnerskap för hälsoinnovation');
  assert.equal(await page.getByRole('combobox', { name: 'Språk' }).count(), 1);
  assert.equal(await page.getByRole('searchbox', { name: 'Sök bland partnerskap' }).count(), 1);
  assert.deepEqual(
    await page.getByRole('combobox', { name: 'Sortera efter' }).locator('option').allTextContents(),
    ['Bästa träff', 'Nyast först', 'Äldst först', 'Titel A–Ö'],
  );
  assert.equal(await page.getByRole('group', { name: 'Filter' }).count(), 1);
  for (const facet of ['Land', 'Fokusområde', 'Typ av partnerskap', 'Typ av part', 'Status', 'Organisation']) {
    assert.equal(await page.getByRole('button', { name: new RegExp(`^${facet}(\\s|$)`) }).count(), 1, facet);
  }
  assert.equal(await checkbox(page, 'Sverige').isChecked(), true, 'Sweden is still ticked, now as Sverige');
  assert.equal(await page.getByRole('button', { name: 'Ta bort filter: Land: Sverige' }).count(), 1);
  assert.equal(await page.getByRole('combobox', { name: 'Från' }).locator('option').first().textContent(), 'Alla år');
  assert.match(await page.getByRole('button', { name: /^Detaljer: / }).first().textContent(), /^Detaljer$/);

  const chrome = await chromeText(page);
  for (const en of ENGLISH_ONLY) assert.ok(!chrome.includes(en), `English "${en}" is still shown in Swedish:\n${chrome.split('\n').filter((l) => l.includes(en)).join('\n')}`);
  assert.equal(page.url(), url, 'the language is not part of the address');

  // A Swedish month name: untick Sweden so the dated record is back on the page.
  await page.getByRole('button', { name: 'Ta bort filter: Land: Sverige' }).click();
  await expectStatus(page, `${N_RECORDS} partnerskap`);
  const periodSv = page.locator('.np-card', { has: page.locator('.np-card__title', { hasText: titleOf(dated) }) }).locator('.np-fact dd').last();
  assert.equal((await periodSv.textContent()).trim(), `${monthYear(dated.started, 'sv')} – ${monthYear(dated.ended, 'sv')}`);
  // Umeå's partnership began in January 2019: "januari 2019".
  await page.getByRole('searchbox', { name: 'Sök bland partnerskap' }).fill('vasterbotten');
  await eventually(async () => assert.match(await page.locator('.np-card').first().textContent(), /januari 2019/));

  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await eventually(async () => assert.equal(await widget.getAttribute('lang'), 'en'));
  await eventually(async () => assert.match(await statusText(page), new RegExp(`^\\d+ of ${N_RECORDS} partnerships$`)));
  assert.match(await page.locator('.np-card').first().textContent(), /January 2019/);
  assert.equal(await page.getByRole('searchbox', { name: 'Search partnerships' }).inputValue(), 'vasterbotten');
  assert.equal(await widget.getAttribute('aria-label'), 'Nordic health-innovation partnerships');
  assert.deepEqual(problems, []);
  await context.close();
});

test('each interface language has its own count wording and lang attribute', async () => {
  const { page, context, problems } = await env.open();
  const widget = page.locator('.np-widget');
  const select = page.locator('.np-header select');
  assert.deepEqual(await select.locator('option').allTextContents(), ['English', 'Norsk bokmål', 'Norsk nynorsk', 'Svenska', 'Dansk', 'Suomi', 'Íslenska']);
  for (const [label, lang, count] of [
    ['Norsk bokmål', 'nb', `${N_RECORDS} samarbeid`],
    ['Norsk nynorsk', 'nn', `${N_RECORDS} samarbeid`],
    ['Íslenska', 'is', `${N_RECORDS} samstarfsverkefni`],
    ['Svenska', 'sv', `${N_RECORDS} partnerskap`],
    ['Dansk', 'da', `${N_RECORDS} partnerskaber`],
    ['Suomi', 'fi', `${N_RECORDS} kumppanuutta`],
    ['English', 'en', `${N_RECORDS} partnerships`],
  ]) {
    await select.selectOption({ label });
    await eventually(async () => assert.equal(await widget.getAttribute('lang'), lang, label));
    await expectStatus(page, count);
    // The select shows the chosen language and is labelled in it.
    assert.equal(await select.evaluate((s) => s.selectedOptions[0].textContent), label);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
