// The size floor as the widget's code is published: the minimal Yew app's wasm
// (examples/yew_floor.rs, built by ./dev build with the widget's settings) with
// the same short import and export names (tools/wasm-names.mjs) and its glue
// minified with the same terser settings as embed.js (tools/seal.mjs), so the
// ratio tools/budget.mjs prints compares like with like.
// Usage: node tools/floor.mjs DIR   (DIR holds yew_floor_bg.wasm and yew_floor.js; rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from '../e2e/node_modules/terser/main.js';
import { renameWasmNames } from './wasm-names.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/floor.mjs DIR');
const wasmPath = join(dir, 'yew_floor_bg.wasm');
const gluePath = join(dir, 'yew_floor.js');
const named = renameWasmNames(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), './yew_floor_bg.js');
const minified = await minify(named.glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!minified.code) throw new Error('floor: terser returned no code');
writeFileSync(wasmPath, named.wasm);
writeFileSync(gluePath, minified.code);
console.log(`floor: ${named.renamed.imports} imports and ${named.renamed.exports} exports renamed, glue minified`);
