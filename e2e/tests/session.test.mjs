// Each widget's one loading session (issue 21): removing a widget while it
// loads aborts its download and stops its work (only the survivor finishes,
// nothing leaks over 50 cycles); a hostile file is answered in bounded time
// and memory while a good widget beside it keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { cardsShown, launch, SHADOW_HELPERS } from '../lib/browser.mjs';
import { syntheticFile } from '../lib/synthetic.mjs';

const DIST = process.env.NP_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'np-session-'));
const midFile = syntheticFile(2_000, { seed: 3 });
let site;
let browser;

before(async () => {
  // Served over HTTP like editors' files, so they arrive in network-sized chunks.
  writeFileSync(join(dir, 'big-a.json'), syntheticFile(10_000, { seed: 1 }));
  writeFileSync(join(dir, 'big-b.json'), syntheticFile(10_000, { seed: 2 }));
  writeFileSync(join(dir, 'mid.json'), midFile);
  const n = Math.floor((1 << 20) / 6);
  writeFileSync(join(dir, 'refused-1mb.json'), `{"schema_version": 1, "partnerships":[${Array(n).fill('1e400').join(',')}]}`);
  // 60 MB of small broken records (each a missing title, kind, status, countries and partners).
  const broken = '{"id":"x-1","summary":{"xx":""}}';
  const count = Math.floor((60 * 1000 * 1000) / (broken.length + 1));
  writeFileSync(join(dir, 'broken-60mb.json'), `{"schema_version": 1, "partnerships":[${Array(count).fill(broken).join(',')}]}`);
  writeFileSync(join(dir, 'page.html'), `<!doctype html><html lang="en"><head><title>sessions</title></head><body>
    <main></main><script type="module" src="/widget/embed.js"></script></body></html>`);
  site = await serve({ '/widget/': DIST, '/': dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true });
});

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(SHADOW_HELPERS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${site.url}page.html`);
  // embed.js's module has run (its exports are there once the wasm is ready).
  await page.evaluate(async () => { await import('/widget/embed.js'); });
  return { context, page, problems };
}

const probe = (page) => page.evaluate(async () => {
  const m = await import('/widget/embed.js');
  return {
    sessions: m.loadingSessions(),
    mounted: m.mountedCount(),
    memory: m.wasmMemoryBytes(),
    read: performance.getEntriesByName('nordic-partnerships:read').length,
    indexed: performance.getEntriesByName('nordic-partnerships:indexed').length,
  };
});

/** Adds a placeholder for `src` to the page's <main>, with a title to find it by. */
const addWidget = (page, src, title) => page.evaluate(([src, title]) => {
  const element = document.createElement('div');
  element.setAttribute('data-nordic-partnerships', '');
  element.setAttribute('data-src', src);
  element.setAttribute('data-title', title);
  element.setAttribute('data-url-state', 'off');
  document.querySelector('main').append(element);
}, [src, title]);

const removeWidget = (page, title) => page.evaluate((title) => document.querySelector(`[data-title="${title}"]`).remove(), title);

async function until(page, check, what, timeout = 30_000) {
  const start = Date.now();
  for (;;) {
    const now = await probe(page);
    if (check(now)) return now;
    if (Date.now() - start > timeout) throw new Error(`${what}: ${JSON.stringify(now)}`);
    await page.waitForTimeout(20);
  }
}

test('a widget removed while both load 10 000 records stops: only the survivor finishes', async () => {
  const { context, page, problems } = await openPage();
  const aborted = [];
  page.on('requestfailed', (r) => aborted.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
  await addWidget(page, 'big-a.json', 'A');
  await addWidget(page, 'big-b.json', 'B');
  await until(page, (p) => p.sessions === 2 && p.mounted === 2, 'both load');
  await removeWidget(page, 'A');
  // The removed widget's task ends at its next step (its download aborted, or its next slice).
  const right = await until(page, (p) => p.sessions <= 1, 'the removed session ends', 5_000);
  assert.equal(right.mounted, 1);
  await cardsShown(page.locator('[data-title="B"] .np-widget'), { timeout: 60_000 });
  assert.equal(await page.locator('[data-title="B"] .np-widget').getByRole('status').textContent(), '10000 partnerships');
  // The survivor builds the rest in the background, then its session ends too.
  const done = await until(page, (p) => p.sessions === 0, 'the survivor\'s session ends', 60_000);
  await page.waitForTimeout(1_000);
  const later = await probe(page);
  assert.equal(later.indexed, 1, 'only the survivor was indexed');
  assert.equal(later.indexed, done.indexed, 'no work after the end');
  assert.ok(later.read <= 2);
  console.log(`# removed while loading: marks read ${later.read}, indexed ${later.indexed}; aborted requests: ${aborted.join(', ') || 'none (the download had ended)'}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('50 widgets mounted and removed while loading leave no session, no mount and no growing memory', async () => {
  const { context, page, problems } = await openPage();
  let memoryAt10 = 0;
  for (let i = 1; i <= 50; i++) {
    await addWidget(page, 'mid.json', `W${i}`);
    await until(page, (p) => p.sessions === 1 && p.mounted === 1, `cycle ${i} loads`);
    // Half the cycles remove it during the download, half while reading or indexing.
    if (i % 2 === 0) await page.waitForFunction(() => performance.getEntriesByName('nordic-partnerships:read').length > 0);
    await removeWidget(page, `W${i}`);
    await until(page, (p) => p.sessions === 0 && p.mounted === 0, `cycle ${i} ends`, 5_000);
    if (i === 10) memoryAt10 = (await probe(page)).memory;
  }
  const end = await probe(page);
  console.log(`# 50 cycles: wasm memory ${(memoryAt10 / 1048576).toFixed(1)} MB after 10, ${(end.memory / 1048576).toFixed(1)} MB after 50; ` +
    `${end.indexed} of 50 reached the first cards`);
  // Memory never shrinks, and a cycle cancelled later than the others raises the peak; a leak
  // of even a tenth of each cycle's file would add 40 tenths of it over cycles 11 to 50.
  assert.ok(end.memory - memoryAt10 < 4 * midFile.length, `wasm memory grew from ${memoryAt10} to ${end.memory} (file ${midFile.length} bytes)`);
  // And a widget mounted afterwards still works.
  await addWidget(page, 'mid.json', 'Last');
  await cardsShown(page.locator('[data-title="Last"] .np-widget'), { timeout: 60_000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile files beside a good widget: answered with their problems, in bounded memory; the good one keeps working', async () => {
  const { context, page, problems } = await openPage();
  const good = page.locator('[data-title="Good"] .np-widget');
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.setAttribute('data-nordic-partnerships', '');
    element.setAttribute('data-title', 'Good');
    document.querySelector('main').append(element);
  });
  await cardsShown(good);

  const started = Date.now();
  await addWidget(page, 'refused-1mb.json', 'Refused');
  const refused = page.locator('[data-title="Refused"] .np-widget');
  await refused.locator('.np-notice').first().waitFor({ timeout: 30_000 });
  const refusedMs = Date.now() - started;
  assert.match(await refused.locator('.np-notice').first().textContent(), /^100000 entries in the data could not be shown/);

  const before = (await probe(page)).memory;
  await addWidget(page, 'broken-60mb.json', 'Broken');
  const broken = page.locator('[data-title="Broken"] .np-widget');
  // The good widget answers a search while the 60 MB file is read.
  await good.getByRole('searchbox').fill('cancer');
  await good.getByRole('status').filter({ hasText: /^\d+ of \d+ partnerships$/ }).waitFor({ timeout: 30_000 });
  await broken.locator('.np-notice').first().waitFor({ timeout: 120_000 });
  assert.match(await broken.locator('.np-notice').first().textContent(), /^100000 entries in the data could not be shown/);
  const peak = (await probe(page)).memory;
  console.log(`# 1 MB of refused numbers answered in ${refusedMs} ms; wasm memory ${(before / 1048576).toFixed(0)} MB before the 60 MB file, ` +
    `${(peak / 1048576).toFixed(0)} MB after it`);
  // The good widget still works, and the module did not stop.
  await good.getByRole('searchbox').fill('');
  await good.getByRole('status').filter({ hasText: /^\d+ partnerships$/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
