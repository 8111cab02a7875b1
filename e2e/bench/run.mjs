// The browser benchmark (`./dev bench`): the release build in dist/ against
// List.js, MiniSearch, itemsjs and a vanilla-JS floor, on the same data,
// doing the same task (see peers/shared.js), in headless Chromium.
//
//   node bench/run.mjs [--rounds N] [--sizes bundled,100,1000,10000,100000]
//                      [--pages widget,vanilla,listjs,minisearch,itemsjs] [--phone off] [--write]
//
// First, the phone table (phone.mjs): first card on screen per route
// (standalone, frame, host snippet) against the vanilla floor, on a desktop
// and on a throttled phone.
//
// With NP_BASELINE=<another dist/> the page `baseline` is that build (say,
// the last commit's), so a change is measured before and after in one run:
//   NP_BASELINE=/tmp/old/dist node bench/run.mjs --pages widget,baseline,vanilla
//   NP_BENCH_TRACE=1 … also prints each keystroke's time (to find which one sets the p95)
//
// Per page, data set and round, in a fresh browser context: navigation →
// first cards painted; each keystroke of a typed query (input event → last
// DOM change); ticking and unticking three facet values (click → last DOM
// change); opening the details dialog (the widget only; peers have none);
// JS heap (after a GC) and wasm memory after load; bytes transferred (raw,
// gzip -9, brotli 11) by kind; the longest main-thread task; layout shift.
// Results go to target/bench/results.json and a Markdown table to stdout
// (with --write also into BENCHMARKS.md between its bench markers); then
// the timing budgets (budgets.mjs) are checked and the exit code says
// whether they hold.
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { syntheticFile } from '../lib/synthetic.mjs';
import { checkBudgets } from './budgets.mjs';
import { phoneBench } from './phone.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = process.env.NP_DIST ?? join(ROOT, 'dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ROUNDS = Number(arg('rounds', '3'));
const SIZES = arg('sizes', 'bundled,100,1000,10000,100000').split(',');
const PAGES = arg('pages', 'widget,vanilla,listjs,minisearch,itemsjs').split(',');
const WRITE = process.argv.includes('--write');
// The phone table (phone.mjs): on unless `--phone off`.
const PHONE = arg('phone', 'on') !== 'off';
const QUERY = 'health';

const SELECTORS = {
  widget: {
    card: '.np-card',
    search: '.np-widget input[type=search]',
    option: '.np-widget .np-facet >> nth=0 >> .np-check__box',
    details: '.np-widget .np-card__footer button',
  },
  peer: { card: '.card', search: '[data-bench=search]', option: 'fieldset[data-facet=countries] input' },
};

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function compressed(bytes) {
  return {
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function kindOf(url) {
  const path = new URL(url).pathname;
  if (/\.(js|mjs|wasm)$/.test(path)) return 'code';
  if (/\.json$/.test(path)) return 'data';
  return 'page';
}

async function measure(browser, server, page, size) {
  const ours = page === 'widget' || page === 'baseline';
  const sel = ours ? SELECTORS.widget : SELECTORS.peer;
  const src = size === 'bundled' ? (ours ? null : '/widget/partnerships.json') : `/data/synthetic-${size}.json`;
  const query = [src && `src=${encodeURIComponent(src)}`, page === 'baseline' && 'build=baseline'].filter(Boolean).join('&');
  const url = ours
    ? `${server.url}bench/widget.html${query ? `?${query}` : ''}`
    : `${server.url}bench/peers/peer.html?engine=${page}&src=${encodeURIComponent(src)}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: `window.__benchCardSelector = ${JSON.stringify(sel.card)};` });
  await context.addInitScript({ path: new URL('./probe.js', import.meta.url).pathname });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  const transfers = [];
  tab.on('response', (response) => transfers.push(response.body().then((body) => [response.url(), body], () => [response.url(), Buffer.alloc(0)])));
  const cdp = await context.newCDPSession(tab);
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => window.__bench.firstCards !== null, null, { timeout: 180_000 });
    await tab.evaluate(() => window.__bench.settle(300, 30_000));
    const load = await tab.evaluate(() => ({ firstCards: __bench.firstCards, longTasks: __bench.longTasks.slice(), cls: __bench.layoutShift }));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = await tab.evaluate(() => window.npWidget?.wasmMemoryBytes?.() ?? null);

    const box = tab.locator(sel.search).first();
    await box.click();
    await tab.evaluate(() => __bench.settle());
    const keystrokes = [];
    for (const ch of QUERY) {
      await tab.keyboard.type(ch);
      keystrokes.push(await tab.evaluate(() => __bench.settle()));
      if (process.env.NP_BENCH_TRACE) console.error(`trace: ${page} ${size} key ${ch}: ${keystrokes.at(-1)?.toFixed(1)} ms`);
    }
    await box.fill('');
    await tab.evaluate(() => __bench.settle());

    const clicks = [];
    for (let k = 0; k < 3; k++) {
      for (let pass = 0; pass < 2; pass++) { // tick, then untick
        await tab.locator(sel.option).nth(k).click();
        clicks.push(await tab.evaluate(() => __bench.settle()));
      }
    }
    let dialog = null;
    if (sel.details) {
      await tab.locator(sel.details).first().click();
      dialog = await tab.evaluate(() => __bench.settle());
      await tab.keyboard.press('Escape');
      await tab.evaluate(() => __bench.settle());
    }
    const all = await tab.evaluate(() => __bench.longTasks.slice());
    const bytes = { code: { raw: 0, gz: 0, br: 0 }, data: { raw: 0, gz: 0, br: 0 }, page: { raw: 0, gz: 0, br: 0 } };
    for (const done of await Promise.all(transfers)) {
      if (!done) continue;
      const [u, fetched] = done;
      // The browser does not hand over bodies of tens of megabytes; the data files are on disk.
      const path = new URL(u).pathname;
      const body = path.startsWith('/data/') ? readFileSync(join(dataDir, path.slice('/data/'.length))) : fetched;
      const c = compressed(body);
      for (const k of ['raw', 'gz', 'br']) bytes[kindOf(u)][k] += c[k];
    }
    return {
      firstCards: load.firstCards,
      loadLongest: Math.max(0, ...load.longTasks.map(([, d]) => d)),
      longest: Math.max(0, ...all.map(([, d]) => d)),
      cls: load.cls,
      heap,
      wasm,
      keystrokes,
      clicks,
      dialog,
      bytes,
      errors,
    };
  } catch (error) {
    return { failed: String(error.message ?? error).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'np-bench-'));
for (const size of SIZES.filter((s) => s !== 'bundled')) writeFileSync(join(dataDir, `synthetic-${size}.json`), syntheticFile(Number(size)));
const server = await serve({
  '/widget/': DIST,
  ...(process.env.NP_BASELINE ? { '/baseline/': process.env.NP_BASELINE } : {}),
  '/bench/': new URL('./', import.meta.url).pathname,
  '/data/': dataDir,
  '/node_modules/list.js/': join(ROOT, 'e2e/node_modules/list.js'),
  '/node_modules/minisearch/': join(ROOT, 'e2e/node_modules/minisearch'),
  '/node_modules/itemsjs/': join(ROOT, 'e2e/node_modules/itemsjs'),
});
let phone = null;
if (PHONE) {
  const gzipServer = await serve({ '/widget/': DIST, '/bench/': new URL('./', import.meta.url).pathname }, { gzip: true });
  try {
    phone = await phoneBench(gzipServer, ROUNDS);
  } finally {
    await gzipServer.close();
  }
}
const browser = await launch();
const version = browser.version();
const runs = {};
try {
  for (const size of SIZES) {
    for (let round = 0; round < ROUNDS; round++) {
      // Pages take turns within a round, so a slow moment of the machine hits them alike.
      for (const page of PAGES) {
        const result = await measure(browser, server, page, size);
        (runs[`${page}@${size}`] ??= []).push(result);
        const note = result.failed ? `failed: ${result.failed}` : `first cards ${result.firstCards.toFixed(0)} ms`;
        console.error(`bench: ${page} ${size} round ${round + 1}: ${note}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true });
}

/** One row per page and size: medians over rounds, percentiles over all samples. */
function summarise(list) {
  const ok = list.filter((r) => !r.failed);
  if (ok.length === 0) return { failed: list[0]?.failed ?? 'no run' };
  const flat = (key) => ok.flatMap((r) => r[key]);
  return {
    rounds: ok.length,
    firstCards: median(ok.map((r) => r.firstCards)),
    firstCardsP95: percentile(ok.map((r) => r.firstCards), 95),
    keyP50: median(flat('keystrokes')),
    keyP95: percentile(flat('keystrokes'), 95),
    clickP50: median(flat('clicks')),
    clickP95: percentile(flat('clicks'), 95),
    dialog: median(ok.map((r) => r.dialog)),
    heapMB: median(ok.map((r) => r.heap)) / 1048576,
    wasmMB: ok[0].wasm === null ? null : median(ok.map((r) => r.wasm)) / 1048576,
    codeGz: ok[0].bytes.code.gz,
    codeBr: ok[0].bytes.code.br,
    codeRaw: ok[0].bytes.code.raw,
    dataGz: ok[0].bytes.data.gz,
    loadLongest: median(ok.map((r) => r.loadLongest)),
    longest: Math.max(...ok.map((r) => r.longest)),
    cls: Math.max(...ok.map((r) => r.cls)),
    errors: [...new Set(ok.flatMap((r) => r.errors))],
  };
}
const summary = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarise(v)]));

const ms = (x) => (x === null || x === undefined ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const ratio = (x, floor) => (x === null || !floor ? '' : ` (${(x / floor).toFixed(2)}×)`);
const lines = [
  `Chromium ${version} headless, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ` +
  `${ROUNDS} rounds; \`./dev bench\` (${new Date().toISOString().slice(0, 10)}). Medians; ratios against the vanilla floor of the same run.`,
  '',
  '| data | page | first cards ms | keystroke p50 / p95 ms | facet click p50 / p95 ms | dialog ms | longest task ms (load / all) | CLS | JS heap MB | wasm MB | code KB gz / br | data KB gz |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const size of SIZES) {
  const floor = summary[`vanilla@${size}`];
  for (const page of PAGES) {
    const s = summary[`${page}@${size}`];
    if (!s) continue;
    if (s.failed) {
      lines.push(`| ${size} | ${page} | failed: ${s.failed} | | | | | | | | | |`);
      continue;
    }
    const f = page === 'vanilla' ? null : floor;
    lines.push(`| ${size} | ${page} | ${ms(s.firstCards)}${ratio(s.firstCards, f?.firstCards)} | ` +
      `${ms(s.keyP50)} / ${ms(s.keyP95)}${ratio(s.keyP95, f?.keyP95)} | ${ms(s.clickP50)}${ratio(s.clickP50, f?.clickP50)} / ${ms(s.clickP95)} | ` +
      `${ms(s.dialog)} | ${ms(s.loadLongest)} / ${ms(s.longest)} | ${s.cls.toFixed(3)} | ${s.heapMB.toFixed(1)} | ` +
      `${s.wasmMB === null ? '–' : s.wasmMB.toFixed(1)} | ${(s.codeGz / 1000).toFixed(1)} / ${(s.codeBr / 1000).toFixed(1)} | ${(s.dataGz / 1000).toFixed(1)} |`);
  }
}
const table = lines.join('\n');
console.log(table);
if (phone) console.log(`\n${phone.table}`);
mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
writeFileSync(join(ROOT, 'target/bench/results.json'), JSON.stringify({ version, rounds: ROUNDS, summary, runs, phone: phone?.figures }, null, 1));
if (WRITE) {
  const path = join(ROOT, 'BENCHMARKS.md');
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error('BENCHMARKS.md lacks the bench markers');
  let updated = `${doc.slice(0, a + start.length)}\n${table}\n${doc.slice(b)}`;
  if (phone) {
    const [pa, pb] = ['<!-- phone:start -->', '<!-- phone:end -->'].map((m) => updated.indexOf(m));
    if (pa < 0 || pb < pa) throw new Error('BENCHMARKS.md lacks the phone markers');
    updated = `${updated.slice(0, pa + '<!-- phone:start -->'.length)}\n${phone.table}\n${updated.slice(pb)}`;
  }
  writeFileSync(path, updated);
  console.error('bench: BENCHMARKS.md updated');
}
const failures = checkBudgets(summary, phone);
process.exit(failures > 0 ? 1 : 0);
