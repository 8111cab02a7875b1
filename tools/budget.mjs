// Prints what a visitor downloads from a sealed release build — the code
// (wasm + embed.js, which carries the glue) and, apart from it, the bundled
// data — raw, gzipped and brotli-compressed, and fails when the code is over
// its budget. The data is counted separately: more partnerships must not
// squeeze the code, and a page with its own data-src never downloads it.
// It also builds the ratio to the size floor: a minimal Yew app built with the same settings
// in the same build (examples/yew_floor.rs, `./dev build`), wasm plus its JS glue.
// Usage: node tools/budget.mjs dist FLOOR_DIR
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// Budget for the gzipped code: the size before issue 11 (193 815 bytes late on 2026-12-06)
// plus under 1 KB, then what each change measured when it landed (the code's size after it
// minus before it, ./dev build), so any growth fails here and every part's bytes stay listed.
// The goal (issue 23) is 200 000 bytes with seven languages; GOAL_GZIP below, reported, not
// yet a failure until the listed parts reach it.
const PARTS = {
  'before issue 11': 190 * 1024,
  'export: CSV, JSON and copy link (193 815 -> 202 783)': 8_968,
  'map facet: shapes 2.5 KB, component, print, data-map (202 783 -> 208 298)': 5_515,
  'timeline: per-year counts in the search, histogram, two handles, data-timeline (208 298 -> 215 131)': 6_833,
  'the stylesheet minified at build time, comments out of the wasm (215 131 -> 214 068)': -1_063,
  "each record's line in the loader's problems (214 068 -> 214 340)": 272,
  "issue 21, a good guest: bounded loader, cancellable session, Trusted Types, the frame's data rule, settings as one value, eight stateless components made view functions (214 340 -> 213 672)": -668,
  "issue 25: a card of unknown status says its newest source's year; the status filter says what each status means (213 672 -> 214 914)": 1_242,
  "issue 22: a link to every partnership (?open=<id>, Back closes), 'Copy link to this partnership', 'Download: CSV JSON' on one line (214 649 -> 216 459)": 1_810,
  "issue 22: the live widget takes over the prerendered first view in place: typed text, focus, an open link's details (216 459 -> 218 555)": 2_096,
  "issue 22: a host page's and a frame's first view: embed.js picks, fetches (20 sealed hashes) and builds the fragment matching the widget's settings; its controls say 'Loading partnerships…' (218 725 -> 221 348)": 2_623,
  "issue 24 (begun): the widget reports to its host — on_query, on_results, on_lang, on_open, on_change and a controlled query prop; DOM events nordic-partnerships:change and :open on a host page; the component adopts its own stylesheet (221 348 -> 225 837). Not yet trimmed": 4_489,
  "issue 23 (begun): Norsk nynorsk and Íslenska (two texts tables with their labels; 8 more first views sealed into embed.js), CLDR plural rules, per-language alphabets, dates from each language's template (225 843 -> 229 892). The issue's goal is 200 000 in all: next": 4_049,
  "issue 22, point 9: facet values ordered by count then label in linear time, a counting sort beside the keyed one (229 892 -> 230 683)": 791,
  "issue 23: the editors' words as one table per language (the widget keeps only English's problem messages); values quoted as JSON strings, not {:?} (no Unicode escape tables); the stylesheet fetched beside the wasm (sealed widget.css); the other languages' texts fetched as sealed files, labels kept (fetched-texts); the wasm's 220 imports and 33 exports renamed short in wasm and glue (tools/wasm-names.mjs) (230 683 -> 218 624)": -12_059,
  "issue 23: the loader reads JSON itself (load/syntax.rs, serde_json's words and positions; serde_json a dev-dependency), datasets and results compared by identity (Shared), SHA-256 digests in embed.js, wasm-opt --converge with producers and target-features stripped, the glue module imported as 'a' (218 624 -> 201 959)": -16_665,
  "issue 23: one first-view fragment per language, embed.js derives the others (28 digests -> 7) (201 959 -> 201 125)": -834,
  "issue 23: mount's work not generic over its caller (mount and mountAll had a copy each), and a texts file's fetch one copy for every caller (201 125 -> 199 683)": -1_442,
  // The validator page's module is its own wasm (dist/validator_bg.wasm), not counted here:
  // only editors who open validate.html download it.
};
const CODE_BUDGET_GZIP = Object.values(PARTS).reduce((a, b) => a + b, 0);
// Issue 23's goal for the code with seven languages: reached, so it is a limit too (the
// budget is the smaller of the two).
const GOAL_GZIP = 200_000;

const dist = process.argv[2] ?? 'dist';
const measure = (path) => {
  const bytes = readFileSync(path);
  const file = basename(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`size: ${file}: ${bytes.length} bytes, ${gz} gzipped, ${br} brotli`);
  return { raw: bytes.length, gz, br };
};
const wasm = measure(join(dist, 'nordic-partnerships_bg.wasm'));
const js = measure(join(dist, 'embed.js'));
const data = measure(join(dist, 'partnerships.json'));
const code = { raw: wasm.raw + js.raw, gz: wasm.gz + js.gz, br: wasm.br + js.br };
console.log(`size: code (wasm + embed.js): ${code.raw} bytes, ${code.gz} gzipped, ${code.br} brotli (budget ${Math.min(CODE_BUDGET_GZIP, GOAL_GZIP)} gzipped)`);
// The floor: a minimal Yew 0.23 app built as the widget is, in this build.
const floorDir = process.argv[3];
if (!floorDir) {
  console.error('size: usage: node tools/budget.mjs DIST FLOOR_DIR (the floor: ./dev build makes target/wasm/yew-floor-pkg)');
  process.exit(2);
}
const floorWasm = measure(join(floorDir, 'yew_floor_bg.wasm'));
const floorJs = measure(join(floorDir, 'yew_floor.js'));
const floor = floorWasm.gz + floorJs.gz;
console.log(`size: the floor (a minimal Yew app, examples/yew_floor.rs, wasm + glue, names and glue made small as the widget's are): ${floor} gzipped`);
console.log(`size: code is ${(code.gz / floor).toFixed(2)} × the floor`);
console.log(`size: goal ${GOAL_GZIP} gzipped (${(GOAL_GZIP / floor).toFixed(2)} × the floor): ${code.gz <= GOAL_GZIP ? 'reached' : `${code.gz - GOAL_GZIP} bytes to go`}`);
console.log(`size: data (partnerships.json, only for pages without data-src): ${data.gz} gzipped`);
const limit = Math.min(CODE_BUDGET_GZIP, GOAL_GZIP);
if (code.gz > limit) {
  console.error(`size: code over budget by ${code.gz - limit} bytes gzipped`);
  process.exit(1);
}
