// Runs the browser tests over the built dist/ (build it first: ./dev build).
// Every e2e/tests/*.test.mjs is a test file: a new file runs without being
// listed here. `node run.mjs NAME…` runs only the files whose names contain
// one of NAME (e.g. `node run.mjs embed keyboard`). Screenshots land in
// e2e/screenshots/.
import { readdirSync } from 'node:fs';

const dir = new URL('./tests/', import.meta.url);
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();
if (files.length === 0) {
  console.error(`run: no test file matches ${wanted.join(' ')}`);
  process.exit(1);
}
for (const name of files) await import(new URL(name, dir));
