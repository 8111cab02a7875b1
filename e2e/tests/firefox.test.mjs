// The core visitor flow in Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi: the page loads, a search without diacritics finds "Umeå", a
// country facet narrows the results and reaches the address bar (and a
// reload restores it), the details dialog opens and closes with Escape,
// returning focus, and the keyboard reaches the controls. As a guest (issue 21):
// the host router's history.state survives the widget's history entries, and
// on a host that enforces Trusted Types the cards and the dialog still render.
// Seen at once (issue 22): the first view shows before the code, declared in
// our page and built by embed.js on a host page, and gives way to the live one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from '../lib/server.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));
const RECORDS = DATA.partnerships;

const HOST = new URL('../../examples/host/', import.meta.url).pathname;
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types nordic-partnerships";

let server;
let hostServer;
let browser;

before(async () => {
  server = await serve(DIST);
  // The example host pages with the widget under /widget/, enforcing Trusted Types.
  hostServer = await serve({ '/widget/': DIST, '/': HOST }, {
    headers: { 'Content-Security-Policy': TRUSTED_TYPES },
    rewrite: (text) => text.replaceAll('WIDGET_BASE', '/widget').replaceAll('WIDGET_ORIGIN', ''),
    // The code arrives after the first view's fragment, as on a real network.
    delay: (path) => (path.endsWith('.wasm') ? 800 : 0),
  });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // No update checks, telemetry or other calls out of this closed machine.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await hostServer?.close();
});

/** Text of the widget's live count (inside its shadow root). */
const status = (page) => page.$eval('[data-nordic-partnerships] >>> .np-host:not([data-np-prerendered]) .np-widget .np-count', (el) => el.textContent.trim());

/**
 * Waits for `selector` inside the widget's shadow root, polling: puppeteer's
 * own waitForSelector watches the document's mutations, which do not include
 * changes inside a shadow root.
 */
// The live widget's part of the root (a prerendered first view may show beside it until it takes over).
const LIVE = '.np-host:not([data-np-prerendered]):not([data-np-pending])';
const waitInWidget = async (page, selector) => {
  await page.waitForFunction(
    (selector) => document.querySelector('[data-nordic-partnerships]')?.shadowRoot?.querySelector(selector) !== null,
    { timeout: 60_000, polling: 100 },
    `${LIVE} ${selector}`,
  );
  return page.$(`[data-nordic-partnerships] >>> ${LIVE} ${selector}`);
};

/**
 * Records, from the page's first frame on, the most cards a prerendered first
 * view showed (in `window.__prerendered`), and any CSP violation.
 */
const watchFirstView = (page) =>
  page.evaluateOnNewDocument(() => {
    window.__prerendered = 0;
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    const look = () => {
      const root = document.querySelector('[data-nordic-partnerships]')?.shadowRoot;
      window.__prerendered = Math.max(window.__prerendered, root?.querySelectorAll('[data-np-prerendered] .np-card').length ?? 0);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });

/** Waits until `fn` (run in the page) returns true. */
const until = (page, fn, ...args) => page.waitForFunction(fn, { timeout: 15_000 }, ...args);

/** The element focused inside the widget's shadow root, as "tag.class". */
const focused = (page) =>
  page.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e ? `${e.tagName.toLowerCase()}.${e.className}` : '';
  });

test('Firefox: load, folded search, facet, address, details dialog, keyboard', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(server.url);
  await waitInWidget(page, '.np-card');
  assert.equal(await status(page), `${RECORDS.length} partnerships`);

  // Folded search: "umea" finds the records that say "Umeå".
  const umea = RECORDS.filter((r) => JSON.stringify(r).includes('Umeå')).length;
  assert.ok(umea > 0);
  const box = await waitInWidget(page, 'input[type=search]');
  await box.type('umea');
  await until(page, () => new URLSearchParams(location.search).get('q') === 'umea');
  const found = Number((await status(page)).split(' ')[0]);
  assert.ok(found >= 1 && found <= umea + 2, `umea: ${found} results, ${umea} records say Umeå`);
  const titles = await page.$$eval('[data-nordic-partnerships] >>> .np-card__title', (els) => els.map((e) => e.textContent));
  assert.ok(titles.some((t) => /Umeå/.test(t)), titles.join(' | '));
  await box.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await until(page, () => !new URLSearchParams(location.search).has('q'));

  // A facet: Sweden narrows the results and reaches the address; reload restores it.
  const nSe = RECORDS.filter((r) => r.countries.includes('SE')).length;
  const checks = await page.$$('[data-nordic-partnerships] >>> label.np-check');
  const labels = await Promise.all(checks.map((c) => c.evaluate((l) => l.querySelector('.np-check__label').textContent.trim())));
  const sweden = checks[labels.indexOf('Sweden')];
  assert.ok(sweden, labels.join(' | '));
  await (await sweden.$('input')).click();
  await until(page, () => new URLSearchParams(location.search).get('country') === 'SE');
  assert.equal(await status(page), `${nSe} of ${RECORDS.length} partnerships`);
  await page.reload();
  await waitInWidget(page, '.np-card');
  assert.equal(await status(page), `${nSe} of ${RECORDS.length} partnerships`);

  // The details dialog: opens modal, Escape closes it, focus returns to its button.
  const details = await waitInWidget(page, '.np-card__open');
  await details.focus();
  await page.keyboard.press('Enter');
  await waitInWidget(page, 'dialog[open]');
  assert.match(await focused(page), /^button\.np-button np-dialog__close/);
  await page.keyboard.press('Escape');
  await waitInWidget(page, 'dialog:not([open])');
  assert.match(await focused(page), /np-card__open/);

  // The keyboard reaches the controls in order, starting with the language switch.
  await page.goto(`${server.url}?country=SE`);
  await waitInWidget(page, '.np-card');
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^select\./);
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^input\.np-search__input/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: the host router keeps its history.state; Trusted Types enforced, cards and dialog render', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${hostServer.url}router.html?page=2`);
  assert.equal(await page.evaluate(() => typeof trustedTypes), 'object', 'this Firefox enforces Trusted Types');
  await waitInWidget(page, '.np-card');
  const hostState = { router: 'mini', route: '/partners', key: 'k1' };
  const state = () => page.evaluate(() => history.state);

  const box = await waitInWidget(page, 'input[type=search]');
  await box.type('ai');
  await until(page, () => location.search === '?page=2&q=ai');
  assert.deepEqual(await state(), hostState, 'typing keeps the entry\'s state');
  const length = await page.evaluate(() => history.length);
  const checks = await page.$$('[data-nordic-partnerships] >>> label.np-check');
  const labels = await Promise.all(checks.map((c) => c.evaluate((l) => l.querySelector('.np-check__label').textContent.trim())));
  await (await checks[labels.indexOf('Sweden')].$('input')).click();
  await until(page, () => location.search === '?page=2&q=ai&country=SE');
  assert.equal(await page.evaluate(() => history.length), length + 1);
  assert.deepEqual(await state(), hostState, 'the pushed entry carries the host\'s state');
  await page.goBack();
  await until(page, () => location.search === '?page=2&q=ai');
  assert.deepEqual(await state(), hostState, 'Back returns to the host\'s state, intact');
  assert.deepEqual(await page.evaluate(() => window.routerErrors), []);

  // The cards re-rendered through the policy after each change; the dialog places its content the same way.
  const details = await waitInWidget(page, '.np-card__open');
  await details.click();
  await waitInWidget(page, 'dialog[open] .np-partner');
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: the first view shows before the code, on our page and built by embed.js on a host enforcing Trusted Types', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewport({ width: 375, height: 800 });
  await watchFirstView(page);
  for (const url of [server.url, `${hostServer.url}router.html?page=2`]) {
    await page.goto(url);
    await waitInWidget(page, '.np-card');
    assert.equal(await page.evaluate(() => window.__prerendered), 24, `${url}: the prerendered first page of cards showed`);
    assert.equal(await page.evaluate(() => document.querySelector('[data-nordic-partnerships]').shadowRoot.querySelectorAll('[data-np-prerendered]').length), 0, 'and gave way');
    assert.equal(await page.$$eval('[data-nordic-partnerships] >>> .np-card', (cards) => cards.length), 24, 'one set of cards');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], url);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
