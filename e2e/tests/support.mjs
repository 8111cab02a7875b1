// Shared set-up for the interaction tests (not a test file itself): one
// static server and one Chromium per test file, the bundled data to compute
// expectations from, and small polling helpers (playwright-core has no
// `expect`, so waiting for Yew's re-render is done here).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../lib/server.mjs';
export { cardsShown } from '../lib/browser.mjs';
import { launch, openPage, WIDGET_HOSTS } from '../lib/browser.mjs';

export const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
export const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
export const DATA = JSON.parse(readFileSync(new URL('../../data/partnerships.json', import.meta.url), 'utf8'));
export const RECORDS = DATA.partnerships;
export const N_RECORDS = RECORDS.length;
export const PAGE_SIZE = 24;

export const DESKTOP = { viewport: { width: 1280, height: 900 } };
export const MOBILE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true };

/** The English title a card shows for a record. */
export const titleOf = (record) => record.title.en ?? Object.values(record.title)[0];

/** How many records satisfy `pred`. */
export const countWhere = (pred) => RECORDS.filter(pred).length;

/** Records with any of `codes` among their countries. */
export const inCountries = (...codes) => (r) => r.countries.some((c) => codes.includes(c));
/** Records tagged with focus area `code`. */
export const hasFocus = (code) => (r) => r.focus_areas.includes(code);

/**
 * Registers one server and one browser for the calling test file and returns
 * an accessor object. `open(search, options)` opens the standalone page with
 * the given query string (e.g. '?country=SE') and waits for the first paint
 * of the widget.
 */
export function setup() {
  const env = { server: null, browser: null };
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    env.server = await serve(DIST);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.url = (search = '') => `${env.server.url}${search}`;
  // A host page of the test's own, served beside the widget (its embed.js, frame.html…), holding `body`.
  env.host = async (page, body, name = 'host.html') => {
    await page.route(env.url(name), (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>${name}</title></head><body>${body}</body></html>`,
    }));
    await page.goto(env.url(name));
  };
  env.open = async (search = '', options = DESKTOP) => {
    const opened = await openPage(env.browser, env.url(search), options);
    await waitForLive(opened.page);
    await filled(opened.page);
    return opened;
  };
  return env;
}

/** Waits until no widget's first page is still filling (`aria-busy` on its grid). */
export async function filled(page) {
  await page.waitForFunction(() => npAll('.np-grid[aria-busy]').length === 0, null, { timeout: 10_000 });
}

/** Retries `check` (which throws on failure) until it passes or `timeout` ms pass. */
export async function eventually(check, { timeout = 5_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }
}

/** The live count's text, trimmed. */
export async function statusText(page) {
  return (await page.locator('.np-widget').getByRole('status').textContent()).trim();
}

/** Waits until the live count reads `expected`. */
export async function expectStatus(page, expected) {
  await eventually(async () => assert.equal(await statusText(page), expected));
}

/** "N partnerships" or "12 of N partnerships", N the bundled count. */
export const countText = (n, total = N_RECORDS) => (n === total ? `${total} partnerships` : `${n} of ${total} partnerships`);

/** The trimmed titles of the rendered cards, in order. */
export async function cardTitles(page) {
  return (await page.locator('.np-card .np-card__title').allTextContents()).map((t) => t.trim());
}

/** Clicks "Show N more" until every result is rendered. */
export async function showAll(page) {
  for (let i = 0; i < 100; i++) {
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    if ((await more.count()) === 0) return;
    const before = await page.locator('.np-card').count();
    // force: the button is the one to press; waiting for it to be "stable" timed out once
    // on a loaded machine (fresh-clone run) while cards were still being laid out.
    await more.click({ force: true });
    await eventually(async () => assert.ok((await page.locator('.np-card').count()) > before));
  }
}

/** The query string of the page address, as URLSearchParams. */
export const params = (page) => new URL(page.url()).searchParams;

/** The page's query string, decoded for readable comparisons ('' when empty; raw if not decodable). */
export const search = (page) => {
  const raw = new URL(page.url()).search;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** axe-core violations inside `selector` (default the widget), as readable lines. */
export async function axeViolations(page, selectors = [WIDGET_HOSTS]) {
  let builder = new AxeBuilder({ page });
  for (const s of selectors) builder = builder.include(s);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`,
  );
}

/** Facet counts shown in the fieldset whose toggle starts with `facet`, as { label: count }. */
export async function facetCounts(page, facet) {
  const group = page.locator('fieldset.np-facet').filter({ has: page.getByRole('button', { name: new RegExp(`^${facet}`) }) });
  return group.locator('label.np-check').evaluateAll((labels) =>
    Object.fromEntries(
      labels.map((l) => [l.querySelector('.np-check__label').textContent.trim(), Number(l.querySelector('.np-check__count').textContent)]),
    ),
  );
}

/** The checkbox whose label text is exactly `label` (its accessible name also has the count). */
export const checkbox = (page, label) =>
  page.locator('.np-filters').getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\d+$`) });

/**
 * The checkbox of `label` in the facet whose toggle starts with `facet`,
 * pressing the group's "Show more" first if the value is not listed yet.
 */
export async function revealCheckbox(page, facet, label) {
  const box = checkbox(page, label);
  if ((await box.count()) === 0) {
    const group = page.locator('fieldset.np-facet').filter({ has: page.getByRole('button', { name: new RegExp(`^${facet}`) }) });
    await group.getByRole('button', { name: /^Show more/ }).click();
    await box.waitFor();
  }
  return box;
}

/**
 * Waits for the live widget's search box: it is there once the data is ready
 * (the loading line has a count too). The standalone page's prerendered first
 * view has one too, until the live widget takes its place.
 */
export function waitForLive(page, timeout = 30_000) {
  return page.locator('.np-host:not([data-np-prerendered]) .np-widget input[type=search]').waitFor({ timeout });
}

/**
 * Records the page's layout shifts from its first paint on (call before
 * `goto`); `layoutShifts(page)` reads them. Shifts right after input are left
 * out, as CLS leaves them out (a search typed changes the view on purpose).
 */
export function watchLayoutShifts(page) {
  return page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
export const layoutShifts = (page) => page.evaluate(() => window.__shifts);

/**
 * Holds back every request matching `pattern` until the returned function is
 * called: what the page shows before the code (or the data) arrives.
 */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * Words broken across two lines inside the visible elements matching
 * `selector` (e.g. a button label wrapping as "Clo / se"), as "word (element)".
 */
export function brokenWords(page, selector) {
  return page.evaluate((selector) => {
    const out = [];
    for (const el of npAll(selector)) {
      if (!el.getClientRects().length) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode()); ) {
        // A break after a hyphen or a dash is ordinary typesetting, not a split word.
        for (const m of node.data.matchAll(/[^\s\-–—]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`${m[0]} (${el.tagName.toLowerCase()}.${el.className})`);
        }
      }
    }
    return out;
  }, selector);
}

export { assert };
