// Seen at once: the standalone page carries the opening view in its HTML
// (rendered at build time by the widget's own components), the live widget
// takes its place without a layout shift, text typed before then is kept and
// searched, and without JavaScript the view and a static list of every
// partnership are there, each with its id as an anchor.
import { test } from 'node:test';
import { readFileSync, existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from '../lib/browser.mjs';
import { assert, setup, eventually, RECORDS, N_RECORDS, countText, statusText, DIST } from './support.mjs';

const env = setup();
const host = (page) => page.locator('[data-nordic-partnerships]');
// The prerendered view's cards and count (the live widget may be rendering unseen beside it).
const shown = async (page, scope) => ({
  titles: (await page.locator(`${scope} .np-card__title`).allTextContents()).map((t) => t.trim()),
  count: (await page.locator(`${scope} .np-count`).textContent()).trim(),
});
const prerenderedCount = (page) =>
  page.evaluate(() => document.querySelector('[data-nordic-partnerships]').shadowRoot?.querySelectorAll('[data-np-prerendered]').length ?? 0);

test('the built pages carry the first view in every language', () => {
  const index = readFileSync(`${DIST}index.html`, 'utf8');
  assert.match(index, /<template shadowrootmode="open"><style data-np-prerendered>/);
  for (const lang of ['en', 'nb', 'sv', 'da', 'fi']) {
    const view = readFileSync(`${DIST}first-view/${lang}.html`, 'utf8');
    assert.equal(view.match(/class="np-card /g)?.length, 24, `${lang}: a first page of cards`);
    assert.match(view, new RegExp(`lang="${lang}"`));
    assert.ok(existsSync(`${DIST}all/${lang}.html`), `${lang}: the static list`);
  }
});

test('with JavaScript off: the first view, and "Show more" leads to every partnership with its anchor', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.url());
  assert.equal(await host(page).locator('.np-card').count(), 24);
  assert.equal(await host(page).locator('.np-count').textContent(), countText(N_RECORDS));
  assert.ok(await host(page).locator('.np-source__link').count() > 24, 'sources are links');
  assert.equal(await host(page).locator('input[type=checkbox]').first().isDisabled(), true, 'a control that needs the code says so');
  await page.screenshot({ path: new URL('../screenshots/first-view-nojs-375.png', import.meta.url).pathname });
  await host(page).getByRole('link', { name: /^Show \d+ more$/ }).click();
  await page.waitForURL(/all\/en\.html#/);
  const ids = await page.locator('article[id]').evaluateAll((a) => a.map((e) => e.id));
  assert.deepEqual([...ids].sort(), RECORDS.map((r) => r.id).sort(), 'every partnership, each with its id');
  assert.equal(await page.title(), `Nordic health-innovation partnerships (${N_RECORDS} partnerships)`);
  assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), 'en.html');
  await context.close();
  // axe runs as a script: the same page, read with JavaScript on.
  const { page: list, context: withJs } = await openPage(env.browser, env.url('all/en.html'));
  const axe = await new AxeBuilder({ page: list }).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), []);
  await withJs.close();
});

test('the live widget takes over with no layout shift, the same cards and counts, and keeps what was typed', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the data back so the prerendered view is what shows, and type into it.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/partnerships.json', async (route) => { await held; await route.continue(); });
  await page.goto(env.url());
  assert.equal(await prerenderedCount(page), 2, 'the first view and its stylesheet');
  const before = await shown(page, '[data-np-prerendered]');
  assert.equal(before.titles.length, 24);
  await host(page).getByRole('searchbox', { name: 'Search partnerships' }).pressSequentially('helse', { delay: 20 });
  release();
  await eventually(async () => assert.equal(await prerenderedCount(page), 0), { timeout: 30_000 });
  const search = host(page).getByRole('searchbox', { name: 'Search partnerships' });
  assert.equal(await search.inputValue(), 'helse', 'typed text kept');
  assert.equal(await page.evaluate(() => document.querySelector('[data-nordic-partnerships]').shadowRoot.activeElement?.type), 'search', 'focus kept');
  await eventually(async () => assert.match(new URL(page.url()).search, /q=helse/), { timeout: 5_000 });
  assert.notEqual(await statusText(page), before.count, 'and searched');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift (CLS counts none after input: the typed search changes the view)');
  await context.close();

  // Untouched, the live view is the prerendered one: same cards, same count, no shift.
  const second = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const phone = await second.newPage();
  await phone.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  let releasePhone;
  const heldPhone = new Promise((r) => { releasePhone = r; });
  await phone.route('**/partnerships.json', async (route) => { await heldPhone; await route.continue(); });
  await phone.goto(env.url());
  const prerendered = await shown(phone, '[data-np-prerendered]');
  releasePhone();
  await eventually(async () => assert.equal(await prerenderedCount(phone), 0), { timeout: 30_000 });
  assert.deepEqual(await shown(phone, '.np-host'), prerendered);
  assert.deepEqual(await phone.evaluate(() => window.__shifts), [], 'no layout shift on a phone');
  await second.close();
});

test('a shared link with a view of its own never shows the prerendered one first', async () => {
  const { page, context } = await env.open('?country=IS');
  assert.equal(await prerenderedCount(page), 0);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-np-first-view')), false);
  assert.equal(await statusText(page), countText(RECORDS.filter((r) => r.countries.includes('IS')).length));
  await context.close();
});
