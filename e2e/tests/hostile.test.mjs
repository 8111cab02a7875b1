// Hostile input: script-like text and links in the data, in the element's
// attributes and in the address bar, on a page with a <base> pointing away,
// conflicting ids and aggressive CSS. Nothing may execute and nothing may
// break the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../lib/server.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import { cardsShown, launch, SHADOW_HELPERS, WIDGET_HOSTS } from '../lib/browser.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const HOST = new URL('../../examples/host/', import.meta.url).pathname;
const HOSTILE = JSON.parse(readFileSync(new URL('../../examples/host/hostile-data.json', import.meta.url), 'utf8'));

let server;
let browser;

before(async () => {
  let origin = '';
  server = await serve({ '/widget/': DIST, '/': HOST }, {
    cors: true,
    rewrite: (text) => text.replaceAll('WIDGET_BASE', `${origin}/widget`).replaceAll('HOST_ORIGIN', origin),
  });
  origin = server.url.replace(/\/$/, '');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const ADDRESS_ATTACKS = [
  'q=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
  'country=SE,%3Cscript%3E,%22%3E%3Csvg%20onload%3Dwindow.__xss%3D1%3E&sort=__proto__',
  'partner=%3Cb%3Ex%3C%2Fb%3E&from=99999&to=-1&focus=javascript:alert(1)',
  'q=%E0%A4%A&q=%FF%FE&w2-q=' + 'a'.repeat(5000),
];

for (const attack of ADDRESS_ATTACKS) {
  test(`nothing executes: hostile data, attributes and address (${attack.slice(0, 40)}…)`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(SHADOW_HELPERS);
    const page = await context.newPage();
    const problems = [];
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${server.url}hostile.html?${attack}`);
    const hostile = page.locator('[data-title="Hostile data"] .np-widget');
    // Both widgets have their data (the loading lines are gone; a hostile
    // address may well leave no results).
    await page.waitForFunction(() => npAll('.np-widget input[type=search]').length === 2);
    // Give any injected handler a chance to run.
    for (const card of await page.locator('.np-card').all()) await card.hover({ force: true, trial: false }).catch(() => {});
    // Any injected handler would run by the time the page and its requests have settled.
    await page.waitForLoadState('networkidle');

    assert.equal(await page.evaluate(() => window.__xss), undefined, 'a payload executed');
    assert.equal(await page.evaluate(() => ({}).polluted), undefined, 'prototype polluted');
    // The only SVGs are each widget's own map and timeline, made of their own shapes.
    const own = ':is(.np-map__svg, .np-timeline__svg)';
    assert.equal(await page.locator(`.np-widget :is(img, script, iframe, svg:not(${own}), style, b, object, embed)`).count(), 0);
    const parts = await page.locator(`${own} *`).evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName))].sort());
    assert.deepEqual(parts, ['circle', 'g', 'line', 'path', 'text']);
    const hrefs = await page.locator('.np-widget a[href]').evaluateAll((as) => as.map((a) => a.href));
    for (const href of hrefs) assert.match(href, /^https?:\/\//);
    assert.equal(await page.locator('.np-widget [style]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('hostile records are shown as text, bad links are not links, bad attributes are named', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}hostile.html`);
  const hostile = page.locator('[data-title="Hostile data"] .np-widget');
  await cardsShown(hostile, { timeout: 30_000 });
  const titles = await hostile.locator('.np-card__title').allTextContents();
  assert.ok(titles.length > 0);
  // Every record is shown with each payload literally, as text; a record with
  // an unsafe link keeps its source, without the link.
  const expected = HOSTILE.partnerships.filter((p) => p.countries.includes('SE'));
  while (await hostile.locator('.np-more button').count()) await hostile.locator('.np-more button').click({ force: true });
  assert.deepEqual(await hostile.locator('.np-card__title').allTextContents(), expected.map((p) => p.title.en));
  const sourceLinks = await hostile.locator('.np-source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(sourceLinks.every((href) => /^https:\/\/example\.org\/source-\d+$/.test(href)), sourceLinks.join(' '));
  assert.equal(sourceLinks.length, HOSTILE.partnerships.filter((p) => p.id.startsWith('xss-') && p.countries.includes('SE')).length);
  assert.ok(titles.includes('<img src=x onerror="window.__xss=1">'));
  assert.ok(titles.includes('<script>window.__xss=1</script>'));
  const notices = (await hostile.locator('.np-notice').allTextContents()).join('\n');
  assert.match(notices, /data-country="<script>" was ignored/);
  assert.match(notices, /data-theme="javascript:alert\(1\)" was ignored/);
  assert.match(notices, /data-page-size="-1e309" was ignored/);
  assert.match(notices, /entries are shown without details that could not be read/);
  await context.close();
});

test('isolation: the host page CSS cannot reach the widget, and the widget CSS does not leak', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(SHADOW_HELPERS);
  const page = await context.newPage();
  await page.goto(`${server.url}hostile.html`);
  const bundled = page.locator('[data-title="Bundled data"] .np-widget');
  await cardsShown(bundled, { timeout: 30_000 });
  const style = (locator) => locator.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { font: cs.fontFamily, size: cs.fontSize, display: cs.display, boxSizing: cs.boxSizing, color: cs.color, bg: cs.backgroundColor };
  });
  // Inside: the widget's own font, sizes and box model, visible buttons and headings.
  const card = await style(bundled.locator('.np-card__title').first());
  assert.doesNotMatch(card.font, /^serif$/);
  assert.notEqual(card.size, '30px');
  assert.equal((await style(bundled.locator('.np-card').first())).boxSizing, 'border-box');
  assert.equal(await bundled.getByRole('button', { name: /^Show \d+ more$/ }).isVisible(), true);
  const title = await style(bundled.locator('.np-title'));
  assert.notEqual(title.color, title.bg);
  assert.ok((await bundled.getByRole('searchbox').boundingBox()).width > 100);
  // Outside: the host's paragraph with the widget's class names keeps the host's look.
  const host = await style(page.locator('body > p.np-card'));
  assert.equal(host.font, 'serif');
  assert.equal(host.size, '30px');
  assert.equal(host.display, 'block');
  const axe = await new AxeBuilder({ page }).include(WIDGET_HOSTS).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
  // Conflicting ids on the page change nothing, and the widget adds none.
  assert.equal(await page.evaluate(() => npAll('.np-widget [id]').length), 0);
  await page.screenshot({ path: new URL('../screenshots/hostile-page.png', import.meta.url).pathname, fullPage: false });
  await context.close();
});
