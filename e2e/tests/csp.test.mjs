// A host page under a strict Content-Security-Policy, loading the widget from
// a second origin under a versioned sub-path: everything works, and the
// browser reports no CSP violation. The same with Trusted Types enforced
// (`require-trusted-types-for 'script'`) on the host page, and on the
// publisher's own frame and validator pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, WIDGET_HOSTS } from '../lib/browser.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const HOST = new URL('../../examples/host/', import.meta.url).pathname;
const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));
const BASE_PATH = '/nordic-partnerships/1.0.0';

let widgetServer;
let hostServer;
let trustedTypesHost;
let trustedTypesDist;
let browser;
let csp;
// What README.md's "Trusted Types" asks a host to add.
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types nordic-partnerships";

before(async () => {
  widgetServer = await serve({ [`${BASE_PATH}/`]: DIST }, { cors: true });
  const origin = widgetServer.url.replace(/\/$/, '');
  // Exactly what README.md's "What the host must allow" asks for: nothing for
  // style-src or img-src (they fall back to default-src 'self').
  csp = [
    "default-src 'self'",
    `script-src 'self' ${origin} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${origin}`,
  ].join('; ');
  hostServer = await serve(HOST, {
    headers: { 'Content-Security-Policy': csp },
    rewrite: (text) => text.replaceAll('WIDGET_BASE', `${origin}${BASE_PATH}`).replaceAll('WIDGET_ORIGIN', origin),
  });
  trustedTypesHost = await serve(HOST, {
    headers: { 'Content-Security-Policy': `${csp}; ${TRUSTED_TYPES}` },
    rewrite: (text) => text.replaceAll('WIDGET_BASE', `${origin}${BASE_PATH}`).replaceAll('WIDGET_ORIGIN', origin),
  });
  trustedTypesDist = await serve(DIST, { headers: { 'Content-Security-Policy': TRUSTED_TYPES } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hostServer?.close();
  await trustedTypesHost?.close();
  await trustedTypesDist?.close();
  await widgetServer?.close();
});

test('strict CSP, second origin, sub-path: the widgets run with no violation', async () => {
  const { context, page, violations, problems } = await watched();
  const response = await page.goto(`${hostServer.url}csp.html`);
  assert.equal(response.headers()['content-security-policy'], csp);

  const [own, danish] = [page.locator('div[data-nordic-partnerships] .np-widget'), page.locator('nordic-partnerships .np-widget')];
  await cardsShown(own, { timeout: 30_000 });
  await cardsShown(danish, { timeout: 30_000 });
  assert.equal(await own.getByRole('status').textContent(), '2 partnerskaber');
  const nDk = DATA.partnerships.filter((p) => p.countries.includes('DK')).length;
  assert.equal(await danish.getByRole('status').textContent(), `${nDk} partnerskaber`);
  // Styles applied (from the widget origin), so the cards are laid out as a grid.
  assert.equal(await danish.locator('.np-grid').evaluate((el) => getComputedStyle(el).display), 'grid');
  // Interaction works, and the two widgets keep their own address parameters.
  await danish.getByRole('searchbox').fill('aalborg');
  await page.waitForFunction(() => location.search.includes('dk-q=aalborg'));
  assert.deepEqual(violations, []);
  // The own file has one bad record: reported for the editor, nothing else.
  assert.deepEqual(problems.filter((p) => !/our-data\.json: record 2/.test(p)), []);
  // axe itself injects a <style> (the policy blocks it; that report is axe's, not the widget's).
  const axe = await new AxeBuilder({ page }).include(WIDGET_HOSTS).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await context.close();
});

/** A page that records CSP violations and console errors. */
async function watched() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });
  const problems = [];
  // A missing favicon.ico is the browser's own request, not the widget's.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon\.ico/.test(m.location()?.url ?? '')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, violations, problems };
}

test('Trusted Types enforced on the host: cards and the details dialog render through the named policy', async () => {
  const { context, page, violations, problems } = await watched();
  const response = await page.goto(`${trustedTypesHost.url}csp.html`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  assert.equal(await page.evaluate(() => typeof trustedTypes), 'object', 'this browser enforces Trusted Types');
  const danish = page.locator('nordic-partnerships .np-widget');
  await cardsShown(danish, { timeout: 30_000 });
  const nDk = DATA.partnerships.filter((p) => p.countries.includes('DK')).length;
  assert.equal(await danish.getByRole('status').textContent(), `${nDk} partnerskaber`);
  // A search re-renders the cards; the details dialog places its content the same way.
  await danish.getByRole('searchbox').fill('aalborg');
  await page.waitForFunction(() => location.search.includes('dk-q=aalborg'));
  await danish.locator('.np-card').first().getByRole('button').click();
  const dialog = danish.locator('dialog[open]');
  await dialog.locator('.np-dialog__summary').waitFor();
  assert.ok((await dialog.locator('.np-partner').count()) > 0, 'the details list the partners');
  await page.keyboard.press('Escape');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems.filter((p) => !/our-data\.json: record 2/.test(p)), []);
  await context.close();
});

test('Trusted Types enforced on the publisher\'s pages: frame.html and the validator page with its preview', async () => {
  const { context, page, violations, problems } = await watched();
  await page.goto(`${trustedTypesDist.url}frame.html?lang=fi&country=FI`);
  await cardsShown(page.locator('.np-widget'), { timeout: 30_000 });
  const nFi = DATA.partnerships.filter((p) => p.countries.includes('FI')).length;
  assert.equal(await page.locator('.np-widget').getByRole('status').textContent(), `${nFi} kumppanuutta`);

  await page.goto(`${trustedTypesDist.url}validate.html`);
  await page.waitForSelector('html[data-checker-ready]');
  await page.locator('#text').fill(readFileSync(new URL('../../examples/host/our-data.json', import.meta.url), 'utf8'));
  await page.getByRole('button', { name: 'Check the text' }).click();
  await cardsShown(page.locator('#preview .np-widget'), { timeout: 30_000 });
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});
