// Prints the release wasm's size, raw and gzipped, and fails if it exceeds the
// budget. Usage: node tools/budget.mjs dist/x_bg.wasm
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Budget for the gzipped wasm (what visitors download). The foundation build
// measured well under it; later issues report what they add.
const BUDGET_GZIP_BYTES = 250 * 1024;

const path = process.argv[2];
const bytes = readFileSync(path);
const gz = gzipSync(bytes, { level: 9 }).length;
console.log(`size: ${path}: ${bytes.length} bytes, ${gz} bytes gzipped (budget ${BUDGET_GZIP_BYTES} gzipped)`);
if (gz > BUDGET_GZIP_BYTES) {
  console.error(`size: over budget by ${gz - BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}
