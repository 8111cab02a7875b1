// axe-core finds nothing in each interactive state (default, filtered, empty,
// dark, 375 px with the filters open, details open); screenshots of the
// default and filtered views at 375 and 1280 px, light and dark; the dark
// palette follows the system setting; print leaves only the results.
import { test } from 'node:test';
import {
  assert,
  setup,
  SHOTS,
  DESKTOP,
  MOBILE,
  N_RECORDS,
  countWhere,
  inCountries,
  hasFocus,
  eventually,
  expectStatus,
  statusText,
  countText,
  checkbox,
  revealCheckbox,
  axeViolations,
  cardsShown,
} from './support.mjs';

const env = setup();
const DH = 'Digital health & telemedicine';

/** Two facets and a text: Sweden, Digital health, "health". */
async function applyFilters(page) {
  await checkbox(page, 'Sweden').check();
  await (await revealCheckbox(page, 'Focus area', DH)).check();
  await page.getByRole('searchbox', { name: 'Search partnerships' }).fill('health');
  await eventually(async () => {
    const text = await statusText(page);
    assert.match(text, new RegExp(`^\\d+ of ${N_RECORDS} partnerships$`));
    assert.ok(Number(text.split(' ')[0]) <= countWhere((r) => inCountries('SE')(r) && hasFocus('digital_health')(r)));
  });
  assert.ok((await page.locator('.np-card').count()) > 0, 'the filtered view has results');
}

async function settle(page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

const SIZES = [
  ['1280', DESKTOP],
  ['375', MOBILE],
];
const SCHEMES = ['light', 'dark'];

for (const [width, base] of SIZES) {
  for (const scheme of SCHEMES) {
    test(`axe and screenshots, ${width} px ${scheme}: default and filtered`, async () => {
      const { page, context, problems } = await env.open('', { ...base, colorScheme: scheme });
      await cardsShown(page);
      assert.deepEqual(await axeViolations(page), [], 'default view');
      await settle(page);
      await page.screenshot({ path: `${SHOTS}states-${width}-${scheme}-default.png` });

      if (width === '375') {
        await page.getByRole('button', { name: 'Filters', exact: true }).click();
        await page.locator('.np-filters').waitFor({ state: 'visible' });
        assert.deepEqual(await axeViolations(page), [], 'filters panel open');
      }
      await applyFilters(page);
      assert.deepEqual(await axeViolations(page), [], 'filtered view');
      if (width === '375') {
        // Close the panel to show the results with their chips.
        await page.getByRole('button', { name: /^Filters \(\d+\)$/ }).click();
        await page.locator('.np-filters').waitFor({ state: 'hidden' });
      }
      await settle(page);
      await page.screenshot({ path: `${SHOTS}states-${width}-${scheme}-filtered.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('axe: 375 px with the filters panel open (all groups unfolded and expanded), light and dark', async () => {
  for (const scheme of SCHEMES) {
    const { page, context, problems } = await env.open('', { ...MOBILE, colorScheme: scheme });
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.locator('.np-filters').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: /^Organisation/ }).click();
    const more = page.locator('.np-filters').getByRole('button', { name: /^Show more/ });
    for (let n = await more.count(); n > 0; n--) {
      await more.first().click();
      await eventually(async () => assert.equal(await more.count(), n - 1));
    }
    assert.ok((await page.locator('.np-filters').getByRole('button', { name: 'Show fewer' }).count()) >= 3);
    await page.locator('label.np-check', { has: page.locator('.np-check__label', { hasText: /^Iceland$/ }) }).click();
    await expectStatus(page, countText(countWhere(inCountries('IS'))));
    assert.deepEqual(await axeViolations(page), [], scheme);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}states-375-${scheme}-filters-open.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('axe: the empty state, light and dark', async () => {
  for (const scheme of SCHEMES) {
    const { page, context, problems } = await env.open('?q=zzqxjv&country=SE', { ...DESKTOP, colorScheme: scheme });
    await expectStatus(page, countText(0));
    await page.locator('.np-empty').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Clear all' }).count(), 1, 'two chips offer "Clear all"');
    assert.deepEqual(await axeViolations(page), [], scheme);
    await settle(page);
    await page.screenshot({ path: `${SHOTS}states-1280-${scheme}-empty.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('axe: the details dialog open, light and dark, 1280 and 375 px', async () => {
  for (const [width, base] of SIZES) {
    for (const scheme of SCHEMES) {
      const { page, context, problems } = await env.open('', { ...base, colorScheme: scheme });
      const details = page.getByRole('button', { name: /^Details: / }).first();
      const title = (await details.getAttribute('aria-label')).slice('Details: '.length);
      await details.click();
      await page.getByRole('dialog', { name: title }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `${width} ${scheme}`);
      await settle(page);
      await page.screenshot({ path: `${SHOTS}states-${width}-${scheme}-details.png` });
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

/** Relative luminance of a computed CSS colour. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('the colour scheme follows the system: dark background and light text under prefers-color-scheme: dark', async () => {
  const colours = {};
  for (const scheme of SCHEMES) {
    const { page, context, problems } = await env.open('', { ...DESKTOP, colorScheme: scheme });
    await cardsShown(page);
    colours[scheme] = await page.evaluate(() => {
      const pick = (sel) => {
        const cs = getComputedStyle(npAll(sel)[0]);
        return { bg: cs.backgroundColor, fg: cs.color };
      };
      return { widget: pick('.np-widget'), card: pick('.np-card'), input: pick('.np-search__input') };
    });
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { light, dark } = colours;
  for (const part of ['widget', 'card']) {
    assert.ok(luminance(light[part].bg) > 0.7, `light ${part} background ${light[part].bg}`);
    assert.ok(luminance(light[part].fg) < 0.2, `light ${part} text ${light[part].fg}`);
    assert.ok(luminance(dark[part].bg) < 0.1, `dark ${part} background ${dark[part].bg}`);
    assert.ok(luminance(dark[part].fg) > 0.6, `dark ${part} text ${dark[part].fg}`);
  }
  assert.notEqual(dark.input.bg, light.input.bg, 'the search box follows the dark palette too');
});

test('print: toolbar, filters, language switch and buttons are hidden; the map and the cards remain', async () => {
  const { page, context, problems } = await env.open('?country=SE');
  await cardsShown(page);
  assert.equal(await page.locator('.np-toolbar').isVisible(), true);
  assert.equal(await page.locator('.np-filters').isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  await eventually(async () => assert.equal(await page.locator('.np-toolbar').isVisible(), false, 'toolbar hidden'));
  assert.equal(await page.locator('.np-filters .np-facet').first().isVisible(), false, 'filters hidden');
  assert.equal(await page.locator('.np-filters .np-years').isVisible(), false, 'year range hidden');
  assert.equal(await page.locator('.np-map').isVisible(), true, 'the map says where the printed partnerships are');
  assert.equal(await page.getByRole('button', { name: 'Download CSV' }).isVisible(), false, 'save buttons hidden');
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).isVisible(), false, 'language switch hidden');
  assert.equal(await page.getByRole('button', { name: /^Details: / }).first().isVisible(), false, 'Details buttons hidden');
  assert.equal(await page.locator('.np-card').first().isVisible(), true, 'cards printed');
  assert.equal(await page.locator('.np-count').isVisible(), true, 'the count says what is printed');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `printed page is ${overflow} px too wide`);
  await page.emulateMedia({ media: 'screen' });
  await eventually(async () => assert.equal(await page.locator('.np-toolbar').isVisible(), true));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the standalone page passes axe as a whole page: one h1, main landmark, all content in landmarks', async () => {
  const { page, context } = await env.open('', DESKTOP);
  await cardsShown(page);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('h1').textContent(), await page.locator('.np-widget').getAttribute('aria-label'));
  // No include(): every rule, page-level ones (page-has-heading-one, landmark-one-main, region) too.
  assert.deepEqual(await axeViolations(page, []), []);
  await context.close();
});
