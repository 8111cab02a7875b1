// The Rust developers' route: a Yew app (examples/yew_app.rs) renders the
// widget component with its own data and props, and hears it through its
// callbacks (on_results, on_open, on_query with a controlled query).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, openPage } from '../lib/browser.mjs';

const APP = new URL('../../examples/yew-app/', import.meta.url).pathname;
const PKG = process.env.NP_YEW_APP_PKG ?? new URL('../../target/wasm/yew-app-pkg/', import.meta.url).pathname;
const STATIC = new URL('../../static/', import.meta.url).pathname;
const OURS = JSON.parse(readFileSync(new URL('../../examples/yew-app/our-partnerships.json', import.meta.url), 'utf8'));

let server;
let browser;

before(async () => {
  server = await serve({ '/pkg/': PKG, '/static/': STATIC, '/': APP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a Yew app renders the component with its own data and props, styled by itself, and hears what happens', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const widget = page.locator('section.np-widget');
  await cardsShown(widget, { timeout: 30_000 });
  const ours = OURS.partnerships;
  const digital = ours.filter((p) => p.focus_areas.includes('digital_health')).length;
  assert.equal(await widget.getAttribute('lang'), 'sv');
  assert.equal(await widget.locator('h2').textContent(), 'Våra partnerskap');
  assert.equal(await widget.getByRole('status').textContent(), `${digital} av ${ours.length} partnerskap`);
  assert.equal(await widget.locator('.np-card').count(), digital);
  // Styled with no stylesheet on the page: the component adopted its own.
  assert.equal(await page.locator('link[rel=stylesheet], style').count(), 0);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
  assert.equal(await widget.locator('.np-card').first().evaluate((card) => getComputedStyle(card).borderTopStyle), 'solid');
  // on_results: the app's heading follows the count.
  const heading = page.locator('#app-heading');
  assert.equal(await heading.textContent(), `Våra partnerskap: ${digital} av ${ours.length}`);
  await widget.getByRole('button', { name: /^Ta bort filter/ }).first().click();
  await page.waitForFunction((n) => document.querySelector('#app-heading').textContent.endsWith(`${n} av ${n}`), ours.length);
  // on_open: the app's line names the opened partnership; closing clears it.
  await widget.locator('.np-card__open').first().click();
  const opened = await page.locator('#app-open a').textContent();
  assert.ok(ours.some((p) => p.id === opened), opened);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#app-open').textContent === 'Inget partnerskap öppet');
  // Controlled mode: the app sets the query; the widget follows.
  await page.locator('#app-completed').click();
  const completed = ours.filter((p) => p.status === 'completed').length;
  await page.waitForFunction((text) => document.querySelector('section.np-widget [role=status]').textContent === text,
    `${completed} av ${ours.length} partnerskap`);
  assert.deepEqual(await widget.locator('.np-chip__label').allTextContents(), ['Status: Avslutat']);
  // Without a url prop the component leaves the address bar alone.
  await widget.getByRole('searchbox').fill('sahlgrenska');
  await page.waitForFunction(() => document.querySelector('#app-heading').textContent.startsWith('Våra partnerskap: 0'));
  assert.equal(new URL(page.url()).search, '');
  const axe = await new AxeBuilder({ page }).include('#app').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await context.close();
});
