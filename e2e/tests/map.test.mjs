// The map facet: each country is a checkbox-like control that ticks the same
// country filter as its checkbox (same state, address and chips), by mouse,
// Enter or Space; it shows the live counts as text and shade; it passes axe in
// light and dark, fits 375 px, prints, and can be turned off with data-map.
import { test } from 'node:test';
import {
  assert,
  setup,
  countWhere,
  inCountries,
  hasFocus,
  expectStatus,
  countText,
  eventually,
  checkbox,
  facetCounts,
  params,
  axeViolations,
  cardsShown,
  MOBILE,
  SHOTS,
} from './support.mjs';

const env = setup();
const NAMES = { NO: 'Norway', SE: 'Sweden', DK: 'Denmark', FI: 'Finland', IS: 'Iceland' };

const country = (page, code) => page.locator(`.np-map [data-np-country=${code}]`);

/** What the map says of each country: its accessible name, checked state, written count and shade. */
async function mapState(page) {
  return page.locator('.np-map [data-np-country]').evaluateAll((nodes) => Object.fromEntries(nodes.map((g) => [
    g.dataset.npCountry,
    { name: g.getAttribute('aria-label'), checked: g.getAttribute('aria-checked'), text: g.querySelector('text').textContent, shade: Number(g.dataset.shade) },
  ])));
}

/** The map agrees with the Country checkboxes: the same counts and ticks. */
async function expectMapMatchesCheckboxes(page, ticked) {
  await eventually(async () => {
    const map = await mapState(page);
    const counts = await facetCounts(page, 'Country');
    for (const [code, name] of Object.entries(NAMES)) {
      const n = counts[name] ?? 0;
      const on = ticked.includes(code);
      assert.equal(map[code].name, `${name}, ${n} ${n === 1 ? "partnership" : "partnerships"}`);
      assert.equal(map[code].checked, String(on), `${name} checked on the map`);
      assert.equal(await checkbox(page, name).isChecked(), on, `${name} checkbox`);
      assert.equal(map[code].text, on ? `✓ ${n}` : String(n), `${name}'s written count`);
    }
  });
}

test('clicking a country ticks its checkbox, adds its chip and puts it in the address; the checkbox ticks the map', async () => {
  const { page, context, problems } = await env.open();
  await expectMapMatchesCheckboxes(page, []);
  // The largest count has the darkest shade; shades follow the counts.
  const map = await mapState(page);
  const byCount = Object.entries(map).sort((a, b) => Number(a[1].text) - Number(b[1].text));
  assert.equal(byCount.at(-1)[1].shade, 5);
  for (let i = 1; i < byCount.length; i++) assert.ok(byCount[i][1].shade >= byCount[i - 1][1].shade, 'shades rise with counts');

  await country(page, 'SE').click();
  await expectStatus(page, countText(countWhere(inCountries('SE'))));
  await expectMapMatchesCheckboxes(page, ['SE']);
  assert.equal(params(page).get('country'), 'SE');
  assert.equal(await page.getByRole('button', { name: 'Remove filter: Country: Sweden' }).count(), 1);

  await checkbox(page, 'Norway').check();
  await expectStatus(page, countText(countWhere(inCountries('SE', 'NO'))));
  await expectMapMatchesCheckboxes(page, ['NO', 'SE']);

  // Another facet changes the map's counts as it changes the checkboxes'.
  await page.goto(`${env.url()}?focus=cancer`);
  await cardsShown(page);
  await expectStatus(page, countText(countWhere(hasFocus('cancer'))));
  await expectMapMatchesCheckboxes(page, []);
  assert.equal((await mapState(page)).FI.text, String(countWhere((r) => hasFocus('cancer')(r) && inCountries('FI')(r))));

  await country(page, 'SE').click();
  await country(page, 'SE').click();
  await expectMapMatchesCheckboxes(page, []);
  assert.equal(params(page).get('country'), null, 'a second click unticks');
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard: each country is a Tab stop; Enter and Space tick and untick it; Space does not scroll', async () => {
  const { page, context, problems } = await env.open();
  await country(page, 'FI').focus();
  assert.equal(await page.evaluate(() => npActive()?.dataset.npCountry), 'FI');
  await page.keyboard.press('Enter');
  await expectStatus(page, countText(countWhere(inCountries('FI'))));
  await expectMapMatchesCheckboxes(page, ['FI']);
  assert.equal(await page.evaluate(() => npActive()?.dataset.npCountry), 'FI', 'focus stays on the country');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => npActive()?.dataset.npCountry), 'DK');
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  await expectMapMatchesCheckboxes(page, ['DK', 'FI']);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'Space ticked instead of scrolling');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expectMapMatchesCheckboxes(page, ['DK']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe finds nothing in the map, light and dark; at 375 px it fits the open filter panel', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await env.open('?country=SE', { viewport: { width: 1280, height: 900 }, colorScheme });
    await country(page, 'NO').focus();
    assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme}`);
    await page.locator('.np-widget').screenshot({ path: `${SHOTS}/map-1280-${colorScheme}.png` });
    await context.close();
  }
  const { page, context, problems } = await env.open('?country=FI', { ...MOBILE, colorScheme: 'dark' });
  await page.getByRole('button', { name: /^Filters/ }).tap();
  const svg = page.locator('.np-map svg');
  await svg.waitFor();
  const box = await svg.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, `the map fits the screen (${box.x} + ${box.width})`);
  assert.ok(box.width > 200, `the map is large enough to tap (${box.width} px wide)`);
  await country(page, 'IS').tap();
  await expectMapMatchesCheckboxes(page, ['FI', 'IS']);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: `${SHOTS}/map-375-dark.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('data-map="off" leaves the map out; the checkboxes still filter', async () => {
  const { page, context, problems } = await env.open();
  await env.host(page, `<div data-nordic-partnerships data-map="off" data-url-state="off"></div>
    <script type="module" src="embed.js"></script>`, 'nomap.html');
  await cardsShown(page.locator('.np-widget'));
  assert.equal(await page.locator('.np-map').count(), 0);
  await checkbox(page, 'Iceland').check();
  await expectStatus(page, countText(countWhere(inCountries('IS'))));
  assert.deepEqual(problems, []);
  await context.close();
});
