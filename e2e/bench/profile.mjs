// Where the widget's time goes, by Rust function (`./dev profile`): loads
// the release build with a synthetic data set in headless Chromium, records
// a CPU profile (CDP Profiler, 100 µs sampling) of one part, and prints the
// functions with the most samples and the time under the main phases.
//
//   node bench/profile.mjs --wasm <wasm-bindgen output, names kept>
//        [--size 10000] [--what load|click|type|first-key] [--runs 3] [--top 40]
//        [--under NAME] [--not NAME]
//
// The release wasm has no function names (wasm-opt drops them), so `./dev
// profile` runs wasm-bindgen once more with --keep-debug; this script serves
// a copy of dist/ with that wasm in place and its SHA-384 in embed.js. The
// code is not wasm-opt'd, so read shares and ratios, not absolute times.
//   --under NAME  count only samples with NAME among their callers
//   --not NAME    … and without NAME among them
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { syntheticFile } from '../lib/synthetic.mjs';
import { renameWithNames } from '../../tools/wasm-names.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const WASM = arg('wasm');
const SIZE = Number(arg('size', '10000'));
const WHAT = arg('what', 'load');
const RUNS = Number(arg('runs', '3'));
const TOP = Number(arg('top', '40'));
const UNDER = arg('under');
const NOT = arg('not');
if (!WASM || !['load', 'click', 'type', 'first-key'].includes(WHAT)) {
  console.error('usage: node bench/profile.mjs --wasm FILE [--size N] [--what load|click|type|first-key] [--runs N] [--top N] [--under NAME] [--not NAME]');
  process.exit(2);
}
// The phases worth a line of their own: loading, indexing, rendering.
const PHASES = ['Loader>::read', 'Splitter', 'build_index', 'build_the_rest', 'add_words', 'sort_key',
  'PartnerFacet', 'Index>::run', 'RenderRunner'];

const work = mkdtempSync(join(tmpdir(), 'np-profile-'));
const dist = join(work, 'dist');
cpSync(join(ROOT, 'dist'), dist, { recursive: true });
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const wasmPath = join(dist, 'nordic-partnerships_bg.wasm');
// The sealed build gives the wasm's imports and exports short names (tools/wasm-names.mjs):
// the copy with function names gets the same ones, so the sealed glue in embed.js fits it.
const named = renameWithNames(readFileSync(WASM), './nordic-partnerships_bg.js', JSON.parse(readFileSync(join(ROOT, 'target/wasm-names.json'), 'utf8')));
const embed = readFileSync(join(dist, 'embed.js'), 'utf8');
const oldHash = sri(readFileSync(wasmPath));
if (!embed.includes(oldHash)) throw new Error('embed.js does not carry the hash of dist/’s wasm: run ./dev build first');
writeFileSync(wasmPath, named);
writeFileSync(join(dist, 'embed.js'), embed.replace(oldHash, sri(named)));
writeFileSync(join(work, `synthetic-${SIZE}.json`), syntheticFile(SIZE));

const server = await serve({ '/widget/': dist, '/bench/': join(ROOT, 'e2e/bench'), '/data/': work });
const browser = await launch();
const self = new Map();
const inclusive = new Map();
const phases = new Map();
let total = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (WHAT === 'load') await cdp.send('Profiler.start');
    await tab.goto(`${server.url}bench/widget.html?src=${encodeURIComponent(`/data/synthetic-${SIZE}.json`)}`);
    await tab.locator('.np-card').first().waitFor({ timeout: 120_000 });
    if (WHAT === 'load') {
      await tab.waitForTimeout(500);
    } else {
      await tab.waitForTimeout(1500);
      await cdp.send('Profiler.start');
      if (WHAT === 'click') {
        const boxes = tab.locator('.np-facet input[type=checkbox]');
        for (let i = 0; i < 10; i++) { await boxes.nth(i % 3).click(); await tab.waitForTimeout(100); }
      } else if (WHAT === 'first-key') {
        // The first keystroke after the widget is ready, alone.
        await tab.getByRole('searchbox').press('h');
        await tab.waitForTimeout(300);
      } else {
        const box = tab.getByRole('searchbox');
        for (let i = 0; i < 3; i++) { await box.fill(''); await box.pressSequentially('health', { delay: 30 }); }
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    const node = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n);
    const name = (n) => (n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`).replace(/\[[0-9a-f]{16}\]/g, '');
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const chain = [];
      for (let n = node.get(id); n; n = parent.get(n.id)) chain.push(name(n));
      if (UNDER && !chain.some((f) => f.includes(UNDER))) return;
      if (NOT && chain.some((f) => f.includes(NOT))) return;
      total += ms;
      self.set(chain[0], (self.get(chain[0]) ?? 0) + ms);
      for (const f of new Set(chain)) inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
      for (const phase of PHASES) if (chain.some((f) => f.includes(phase))) phases.set(phase, (phases.get(phase) ?? 0) + ms);
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true });
}
const per = (ms) => (ms / RUNS).toFixed(1).padStart(8);
console.log(`${WHAT}, ${SIZE} records, ${RUNS} runs${UNDER ? `, under ${UNDER}` : ''}${NOT ? `, not under ${NOT}` : ''}: ${per(total).trim()} ms sampled per run`);
console.log('time under each phase (ms per run):');
for (const [phase, ms] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`${per(ms)}  ${phase}`);
console.log('self time by function (ms per run):');
for (const [fn, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${per(ms)}  ${fn.slice(0, 180)}`);
console.log('time under each function, callees included (ms per run):');
for (const [fn, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${per(ms)}  ${fn.slice(0, 180)}`);
