// The Rust developers' route: a Yew app (examples/yew_app.rs) renders the
// widget component with its own props.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, openPage } from '../lib/browser.mjs';

const APP = new URL('../../examples/yew-app/', import.meta.url).pathname;
const PKG = process.env.NP_YEW_APP_PKG ?? new URL('../../target/wasm/yew-app-pkg/', import.meta.url).pathname;
const STATIC = new URL('../../static/', import.meta.url).pathname;
const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));

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

test('a Yew app renders the component with its props: language, title, page size, starting filter', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const widget = page.locator('section.np-widget');
  await cardsShown(widget, { timeout: 30_000 });
  const n = DATA.partnerships.filter((p) => p.focus_areas.includes('digital_health')).length;
  assert.equal(await widget.getAttribute('lang'), 'fi');
  assert.equal(await widget.locator('h2').textContent(), 'Digitaalinen terveys Pohjoismaissa');
  assert.equal(await widget.getByRole('status').textContent(), `${n}/${DATA.partnerships.length} kumppanuutta`);
  assert.equal(await widget.locator('.np-card').count(), Math.min(6, n));
  assert.deepEqual(await widget.locator('.np-chip__label').allTextContents(), ['Painopistealue: Digitaalinen terveys ja etälääketiede']);
  // Without a url prop the component leaves the address bar alone.
  const before = await widget.getByRole('status').textContent();
  await widget.getByRole('searchbox').fill('oulu');
  // Once the results have followed the text, any address write would have happened.
  await page.waitForFunction((before) => document.querySelector('section.np-widget [role=status]').textContent !== before, before);
  assert.equal(new URL(page.url()).search, '');
  const axe = await new AxeBuilder({ page }).include('#app').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await context.close();
});
