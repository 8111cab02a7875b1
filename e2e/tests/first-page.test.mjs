// The standalone page over the built dist/: every bundled partnership as a
// card, readable at phone and desktop widths, light and dark, with no axe
// violations and no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, openPage, WIDGET_HOSTS } from '../lib/browser.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));
const N_RECORDS = DATA.partnerships.length;

let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openWidget(options = {}) {
  const opened = await openPage(browser, server.url, options);
  await cardsShown(opened.page);
  return opened;
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).include(WIDGET_HOSTS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

test('every bundled partnership is shown as a card, with its count announced', async () => {
  const { page, context, problems } = await openWidget({ viewport: { width: 1280, height: 900 } });
  // Rendered a page at a time; "Show more" renders the rest.
  assert.equal(await page.locator('.np-card').count(), Math.min(24, N_RECORDS));
  while (await page.getByRole('button', { name: /^Show \d+ more$/ }).count()) {
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
  }
  assert.equal(await page.locator('.np-card').count(), N_RECORDS);
  const status = page.getByRole('status');
  assert.equal((await status.textContent()).trim(), `${N_RECORDS} partnerships`);
  // Each card names its partnership in a heading and lists partners and sources.
  const titles = await page.locator('.np-card__title').allTextContents();
  const expected = DATA.partnerships.map((p) => p.title.en ?? Object.values(p.title)[0]);
  assert.deepEqual(titles, expected);
  assert.equal(await page.locator('.np-card:not(:has(.np-partner))').count(), 0);
  // Links come only from http(s) URLs and open safely in a new tab.
  const links = await page.locator('.np-source__link').evaluateAll((as) => as.map((a) => [a.href, a.rel, a.target]));
  assert.ok(links.length >= N_RECORDS);
  for (const [href, rel, target] of links) {
    assert.match(href, /^https?:\/\//);
    assert.equal(rel, 'noopener noreferrer');
    assert.equal(target, '_blank');
  }
  // No inline style attributes anywhere in the widget (strict-CSP ready).
  assert.equal(await page.locator('.np-widget [style]').count(), 0);
  await page.screenshot({ path: `${SHOTS}first-page-1280.png`, fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a card shows the facts of its record, its details the rest', async () => {
  const { page, context, problems } = await openWidget();
  const card = page.locator('.np-card', { hasText: 'Strengthened competence transfer' });
  assert.equal(await card.count(), 1);
  const text = await card.textContent();
  for (const fact of ['Project', 'Completed', 'May 2022 – June 2023', 'Norway', 'Oslo', 'Kristiania University College']) {
    assert.ok(text.includes(fact), `card lacks ${fact}: ${text}`);
  }
  await card.getByRole('button', { name: /^Details/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const details = await dialog.textContent();
  for (const fact of ['City of Oslo', 'OsloMet', 'University of Oslo']) {
    assert.ok(details.includes(fact), `details lack ${fact}: ${details}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, options] of [
  ['light, 1280 px', { viewport: { width: 1280, height: 900 } }],
  ['dark, 1280 px', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['light, 375 px', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
  ['dark, 375 px', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
]) {
  test(`no axe violations and no overflow: ${name}`, async () => {
    const { page, context, problems } = await openWidget(options);
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
    const file = `first-page-${name.replace(/[^a-z0-9]+/g, '-')}.png`;
    await page.screenshot({ path: `${SHOTS}${file}` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('printing lists every partnership, not only the rendered page', async () => {
  const { page, context, problems } = await openWidget({ viewport: { width: 1280, height: 900 } });
  assert.equal(await page.locator('.np-card').count(), Math.min(24, N_RECORDS));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => npAll('.np-card').length === n, N_RECORDS);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.np-card').count(), N_RECORDS);
  assert.equal(await page.locator('.np-toolbar').isVisible(), false);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => npAll('.np-card').length === 24);
  assert.deepEqual(problems, []);
  await context.close();
});
