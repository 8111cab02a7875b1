// Seals a release build so the snippet's one integrity hash covers every byte
// the widget loads: writes wasm-bindgen's glue code into dist/embed.js in place
// of its import, minifies dist/partnerships.json, writes the SHA-384 of the wasm
// and of the data into embed.js (which fetches both with { integrity }), and
// removes the separate glue file; then minifies embed.js (terser, pinned in
// e2e/package.json: the glue is mostly one small function per browser call,
// with long names that compress poorly).
// It writes the SHA-384 of the stylesheet (dist/widget.css), of each language's texts
// (dist/texts/<tag>.txt) and of every prerendered first view (dist/first-view/*.json)
// into embed.js, which fetches the one a page's widget opens with.
// It also writes the interface languages (every tag that picks one, and the
// "could not be loaded" message in each) into embed.js, from the JSON that
// `cargo run --bin embed-texts` prints, so the list lives only in src/i18n.rs.
// It first gives the wasm's imports and exports short names, in the wasm and the glue alike
// (tools/wasm-names.mjs).
// Usage: node tools/seal.mjs dist LANGUAGES.json   (./dev build runs it after trunk build)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from '../e2e/node_modules/terser/main.js';
import { renameWasmNames } from './wasm-names.mjs';

const dist = process.argv[2] ?? 'dist';
const languagesPath = process.argv[3];
if (!languagesPath) throw new Error('seal: give the language table (cargo run --bin embed-texts > FILE) as the second argument');
const gluePath = join(dist, 'nordic-partnerships.js');
const embedPath = join(dist, 'embed.js');

/** The SRI value (`sha256-…`) of `bytes`. SHA-256, not the snippet's SHA-384: embed.js
 * carries 37 of these, and each is 16 bytes of incompressible digest shorter (0.6 KB gzipped
 * in all); SHA-256 is one of the three digests every browser's SRI checks. */
const sri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) {
    throw new Error(`seal: expected exactly one ${what} (${JSON.stringify(from.slice(0, 60))})`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// Short names for what only the wasm and the glue see (tools/wasm-names.mjs).
const wasmPath = join(dist, 'nordic-partnerships_bg.wasm');
const named = renameWasmNames(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), './nordic-partnerships_bg.js');
writeFileSync(wasmPath, named.wasm);
// Kept out of the release: `./dev profile` names a copy with its function names the same way.
mkdirSync('target', { recursive: true });
writeFileSync(join('target', 'wasm-names.json'), JSON.stringify(named.names));
console.log(`seal: ${named.renamed.imports} imports and ${named.renamed.exports} exports of the wasm renamed short`);
const integrity = sri(named.wasm);

// The glue as plain declarations: its exports become local names of embed.js.
let glue = named.glue;
glue = replaceOnce(glue, 'export { initSync, __wbg_init as default };', 'const init = __wbg_init;', 'glue export list');
glue = glue.replace(/^export (class|function|const|let|async function) /gm, '$1 ');
if (/^export /m.test(glue)) throw new Error('seal: the glue has an export this script does not know');

let embed = readFileSync(embedPath, 'utf8');
// embed.js's one import of the glue, whatever names it takes.
const glueImport = embed.match(/^import init, \{[^}]*\} from '\.\/nordic-partnerships\.js';$/m)?.[0];
if (!glueImport) throw new Error('seal: embed.js does not import the glue as expected');
embed = replaceOnce(
  embed,
  glueImport,
  `// ---- wasm-bindgen glue (sealed in by tools/seal.mjs) ----\n${glue}\n// ---- end of glue ----`,
  'glue import',
);
// The interface languages, from the widget's own table (`cargo run --bin embed-texts`).
const languages = JSON.parse(readFileSync(languagesPath, 'utf8'));
if (!languages.tags?.en || !languages.loadFailed?.en) throw new Error('seal: the language table has no English');
if (!languages.viewParams?.includes('q')) throw new Error('seal: the language table has no view parameters');
const { viewParams, ...languageTable } = languages;
embed = replaceOnce(embed, 'const LANGUAGES = null;', `const LANGUAGES = ${JSON.stringify(languageTable)};`, 'language slot');
// The address parameters that change the opening view (query::url_state::view_param_names),
// for embed.js and first-view.js, which skip a first view that would not match.
const names = viewParams.join('|');
embed = replaceOnce(embed, 'const VIEW_PARAMS = null;', `const VIEW_PARAMS = /(?:^|[?&])(?:[\\w-]+-)?(?:${names})=/;`, 'view parameter slot');
const firstViewPath = join(dist, 'first-view.js');
writeFileSync(firstViewPath, replaceOnce(readFileSync(firstViewPath, 'utf8'), 'const viewParams = null;', `const viewParams = /(?:^|[?&])(?:${names})=/;`, 'first-view.js view parameter slot'));
embed = replaceOnce(embed, 'const WASM_INTEGRITY = null;', `const WASM_INTEGRITY = '${integrity}';`, 'integrity slot');

// The published data, minified (data/partnerships.json stays the readable source).
const dataPath = join(dist, 'partnerships.json');
const data = Buffer.from(JSON.stringify(JSON.parse(readFileSync(dataPath, 'utf8'))));
writeFileSync(dataPath, data);
const dataIntegrity = sri(data);
embed = replaceOnce(embed, 'const DATA_INTEGRITY = null;', `const DATA_INTEGRITY = '${dataIntegrity}';`, 'data integrity slot');
// The stylesheet (minified by the prerender tool): embed.js fetches it for every widget.
const stylesIntegrity = sri(readFileSync(join(dist, 'widget.css')));
embed = replaceOnce(embed, 'const STYLES_INTEGRITY = null;', `const STYLES_INTEGRITY = '${stylesIntegrity}';`, 'stylesheet integrity slot');
// Each language's texts (src/bin/prerender): embed.js fetches the one a widget speaks.
/** { name: SRI } of the files `*.ext` in `dir`, named without the extension. */
const digestsOf = (dir, ext) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith(ext)).sort()
  .map((file) => [file.slice(0, -ext.length), sri(readFileSync(join(dir, file)))]));
const textsDir = join(dist, 'texts');
const texts = digestsOf(textsDir, '.txt');
if (!texts.is) throw new Error(`seal: no texts in ${textsDir} (run the prerender tool first)`);
embed = replaceOnce(embed, 'const TEXTS = null;', `const TEXTS = ${JSON.stringify(texts)};`, 'texts slot');
// The prerendered first views (src/bin/prerender), each fetched with its hash.
const viewsDir = join(dist, 'first-view');
const firstViews = digestsOf(viewsDir, '.json');
if (!firstViews.en) throw new Error(`seal: no first views in ${viewsDir} (run the prerender tool first)`);
embed = replaceOnce(embed, 'const FIRST_VIEWS = null;', `const FIRST_VIEWS = ${JSON.stringify(firstViews)};`, 'first-view slot');
const before = embed.length;
// A module: top-level names may be renamed, the exports keep theirs.
const minified = await minify(embed, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!minified.code) throw new Error('seal: terser returned no code');
writeFileSync(embedPath, minified.code);
console.log(`seal: embed.js minified, ${before} → ${minified.code.length} bytes`);
rmSync(gluePath);
console.log(`seal: embed.js carries the glue, the wasm's ${integrity} and partnerships.json's ${dataIntegrity}`);
