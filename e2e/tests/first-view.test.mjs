// Seen at once: the pages carry the opening view in their HTML (rendered at
// build time by the widget's own components), a host page's snippet and a
// frame in another language get the matching view before the code arrives,
// the live widget takes its place without a layout shift, text typed before
// then is kept and searched, and without JavaScript the view and a static
// list of every partnership are there, each with its id as an anchor.
import { test } from 'node:test';
import { readFileSync, existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from '../lib/browser.mjs';
import {
  assert,
  setup,
  eventually,
  RECORDS,
  N_RECORDS,
  countText,
  statusText,
  DIST,
  SHOTS,
  watchLayoutShifts,
  layoutShifts,
  holdBack,
  axeViolations,
} from './support.mjs';

const env = setup();
const LANGS = ['en', 'nb', 'nn', 'sv', 'da', 'fi', 'is'];
const host = (page) => page.locator('[data-nordic-partnerships]');
// The prerendered view's cards and count (the live widget may be rendering unseen beside it).
const shown = async (page, scope) => ({
  titles: (await page.locator(`${scope} .np-card__title`).allTextContents()).map((t) => t.trim()),
  count: (await page.locator(`${scope} .np-count`).textContent()).trim(),
});
const prerenderedCount = (page) =>
  page.evaluate(() => document.querySelector('[data-nordic-partnerships]').shadowRoot?.querySelectorAll('[data-np-prerendered]').length ?? 0);
const liveMounted = (page) =>
  page.evaluate(() => !!document.querySelector('[data-nordic-partnerships]').shadowRoot?.querySelector('.np-host:not([data-np-prerendered]):not([data-np-pending])'));

test('the built pages and fragments carry the first view in every language and variant', () => {
  for (const page of ['index.html', 'frame.html']) {
    const html = readFileSync(`${DIST}${page}`, 'utf8');
    assert.match(html, /<template shadowrootmode="open"><style data-np-prerendered>/, page);
    assert.equal(html.match(/class="np-card /g)?.length, 24, `${page}: a first page of cards`);
  }
  // The frame keeps its view to itself (no "Copy link"); the standalone page offers it.
  assert.match(readFileSync(`${DIST}index.html`, 'utf8'), />Copy link</);
  assert.doesNotMatch(readFileSync(`${DIST}frame.html`, 'utf8'), />Copy link</);
  // One fragment per language, at a snippet's heading level 2 with "Copy link"; embed.js
  // derives the other variants (the prerender checks the derivation against rendering them).
  for (const lang of LANGS) {
    const fragment = JSON.parse(readFileSync(`${DIST}first-view/${lang}.json`, 'utf8'));
    const text = JSON.stringify(fragment.view);
    assert.equal(fragment.lang, lang);
    assert.equal(fragment.css, undefined, `${lang}: drawn with widget.css, which embed.js fetches for the live widget too`);
    assert.equal(text.match(/"class":"np-card /g)?.length, 24, `${lang}: a first page of cards`);
    assert.match(text, /\["h2",\{"class":"np-title"/, `${lang}: heading level 2`);
    assert.match(text, /"class":"np-link-button np-copy-link"/, `${lang}: with "Copy link"`);
    assert.ok(existsSync(`${DIST}all/${lang}.html`), `${lang}: the static list`);
  }
  // The published stylesheet is the minified one, and it styles cards.
  const css = readFileSync(`${DIST}widget.css`, 'utf8');
  assert.ok(css.includes('.np-card') && !css.includes('/*'), 'dist/widget.css: minified, with the card styles');
});

test('with JavaScript off: the first view on the page and in the frame, and "Show more" leads to every partnership with its anchor', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const route of ['', 'frame.html?lang=sv']) {
    await page.goto(env.url(route));
    assert.equal(await host(page).locator('.np-card').count(), 24, route);
    assert.equal(await host(page).locator('.np-count').textContent(), countText(N_RECORDS));
    assert.ok(await host(page).locator('.np-source__link').count() > 24, 'sources are links');
    assert.equal(await host(page).locator('input[type=checkbox]').first().isDisabled(), true, 'a control that needs the code says so');
  }
  await page.screenshot({ path: `${SHOTS}first-view-nojs-frame-375.png` });
  await page.goto(env.url());
  await page.screenshot({ path: `${SHOTS}first-view-nojs-375.png` });
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
  await watchLayoutShifts(page);
  // Hold the data back so the prerendered view is what shows, and type into it.
  const release = await holdBack(page, '**/partnerships.json');
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
  assert.deepEqual(await layoutShifts(page), [], 'no layout shift (CLS counts none after input: the typed search changes the view)');
  await context.close();

  // Untouched, the live view is the prerendered one: same cards, same count, no shift.
  const second = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const phone = await second.newPage();
  await watchLayoutShifts(phone);
  const releasePhone = await holdBack(phone, '**/partnerships.json');
  await phone.goto(env.url());
  const prerendered = await shown(phone, '[data-np-prerendered]');
  releasePhone();
  await eventually(async () => assert.equal(await prerenderedCount(phone), 0), { timeout: 30_000 });
  assert.deepEqual(await shown(phone, '.np-host'), prerendered);
  assert.deepEqual(await layoutShifts(phone), [], 'no layout shift on a phone');
  await second.close();
});

test('before the code: a control says it is loading and ignores nothing silently', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(env.url());
  const sweden = host(page).locator('[data-np-prerendered]').getByRole('checkbox', { name: /^Sweden\s*\d+$/ });
  await eventually(async () => assert.equal(await sweden.getAttribute('aria-disabled'), 'true'), { timeout: 10_000 });
  assert.equal(await sweden.evaluate((box) => box.disabled), false, 'focusable, so it can be reached and explained');
  await sweden.click({ force: true });
  assert.equal(await sweden.isChecked(), false, 'the click changed nothing');
  await eventually(async () =>
    assert.equal(await host(page).locator('[data-np-prerendered] [role=status]:not(.np-count)').textContent(), 'Loading partnerships…'),
  );
  await sweden.focus();
  await page.keyboard.press('Space');
  assert.equal(await sweden.isChecked(), false, 'nor did Space');
  release();
  await eventually(async () => assert.equal(await prerenderedCount(page), 0), { timeout: 30_000 });
  await context.close();
});

test('a snippet on a host page: the view for its language shows before the code arrives, then the live one takes its place', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await watchLayoutShifts(page);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const release = await holdBack(page, '**/*.wasm');
  await env.host(page, '<h1>Host</h1><div data-nordic-partnerships data-lang="sv"></div><script type="module" src="embed.js"></script>');
  await eventually(async () => assert.equal(await prerenderedCount(page), 1), { timeout: 10_000 });
  assert.equal(await host(page).locator('.np-widget').getAttribute('lang'), 'sv');
  assert.equal(await host(page).locator('.np-card').count(), 24);
  assert.equal(await host(page).getByRole('heading', { level: 2, name: /partnerskap/i }).count(), 1, "a snippet's heading level");
  const more = await host(page).getByRole('link', { name: /^Visa \d+ till$/ }).getAttribute('href');
  assert.equal(new URL(more).pathname, '/all/sv.html', '"Show more" leads beside embed.js, not beside the host page');
  const prerendered = await shown(page, '[data-np-prerendered]');
  await page.screenshot({ path: `${SHOTS}first-view-snippet-sv-375.png` });
  assert.deepEqual(await axeViolations(page), [], 'axe on the prerendered view');
  release();
  await eventually(async () => assert.equal(await liveMounted(page), true), { timeout: 30_000 });
  assert.equal(await prerenderedCount(page), 0);
  assert.deepEqual(await shown(page, '.np-host'), prerendered, 'the same cards and count');
  assert.deepEqual(await layoutShifts(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a frame in another language shows its view before the code; settings that change the view get none', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(env.url('frame.html?lang=fi'));
  await eventually(async () => assert.equal(await host(page).locator('.np-widget').getAttribute('lang'), 'fi'), { timeout: 10_000 });
  assert.equal(await host(page).getByRole('heading', { level: 1 }).count(), 1, "the frame's heading level");
  assert.equal(await host(page).locator('.np-card__title').first().evaluate((e) => e.tagName), 'H2', 'card titles one level below it');
  // The frame keeps its view out of the address: no "Copy link", and the downloads stay.
  assert.equal(await host(page).locator('.np-copy-link, .np-view-actions__status').count(), 0, 'no "Copy link" in the frame');
  assert.equal(await host(page).locator('.np-view-actions .np-link-button').count(), 2, 'CSV and JSON');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-np-first-view')), false, 'shown');
  assert.equal(await host(page).locator('.np-card').count(), 24);
  // A locked filter changes the opening view: no prerendered view, hidden until the live one draws itself.
  await page.goto(env.url('frame.html?lang=fi&country=IS'));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-nordic-partnerships]')).visibility), 'hidden');
  release();
  await eventually(async () => assert.equal(await liveMounted(page), true), { timeout: 30_000 });
  assert.equal(await host(page).locator('.np-count').textContent(), `${RECORDS.filter((r) => r.countries.includes('IS')).length} kumppanuutta`);
  await context.close();

  // On a host page too: a widget with its own filter waits for the live view.
  const other = await env.browser.newContext();
  const hostPage = await other.newPage();
  const releaseHost = await holdBack(hostPage, '**/*.wasm');
  await env.host(hostPage, '<div data-nordic-partnerships data-country="SE"></div><script type="module" src="embed.js"></script>');
  await hostPage.waitForTimeout(500);
  assert.equal(await prerenderedCount(hostPage), 0);
  releaseHost();
  await eventually(async () => assert.equal(await liveMounted(hostPage), true), { timeout: 30_000 });
  await other.close();
});

test('a shared link with a view of its own never shows the prerendered one first', async () => {
  const { page, context } = await env.open('?country=IS');
  assert.equal(await prerenderedCount(page), 0);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-np-first-view')), false);
  assert.equal(await statusText(page), countText(RECORDS.filter((r) => r.countries.includes('IS')).length));
  await context.close();
});

test('screenshots: the prerendered view and the live one, 375 and 1280 px, light and dark', async () => {
  for (const [width, height] of [[375, 800], [1280, 900]]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await env.browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      const release = await holdBack(page, '**/partnerships.json');
      await page.goto(env.url());
      assert.equal(await prerenderedCount(page), 2);
      await page.screenshot({ path: `${SHOTS}first-view-${width}-${colorScheme}-prerendered.png` });
      release();
      await eventually(async () => assert.equal(await liveMounted(page), true), { timeout: 30_000 });
      await eventually(async () => assert.equal(await prerenderedCount(page), 0));
      await page.screenshot({ path: `${SHOTS}first-view-${width}-${colorScheme}-live.png` });
      await context.close();
    }
  }
});
