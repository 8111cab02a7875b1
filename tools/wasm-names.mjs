// Short names for the wasm's imports and exports. wasm-bindgen names each
// import after the browser call it wraps plus a 16-digit hash
// (`__wbg_setAttribute_0a1b…`) and each closure export after its types, and the
// glue code repeats every name: some 20 KB of names that compress poorly. Only
// the glue and the wasm see them, so the release build (tools/seal.mjs) renames
// both to short ones, and checks that every import the wasm asks for is one
// the glue offers and every export the glue calls is one the wasm has.
//
// renameWasmNames(wasmBytes, glueText, glueModule) → { wasm, glue, renamed, names }
// renameWithNames(wasmBytes, glueModule, names) → wasm: the same names for another build of
// the same module (`./dev profile` swaps in a copy with its function names kept).

const readU32 = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) return [value >>> 0, at];
    shift += 7;
  }
};
const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};
const utf8 = new TextEncoder();
const text = new TextDecoder();
const name = (s) => [...u32(utf8.encode(s).length), ...utf8.encode(s)];

/** The glue module's name as the renamed wasm imports it (wasm-bindgen's is the glue's file
 * name, repeated in each of the 220 imports). */
const SHORT_MODULE = 'a';

/** The bytes of a limits field (table or memory) starting at `at`: its end. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readU32(bytes, at);
  if (flags & 1) [, at] = readU32(bytes, at);
  return at;
}

/** A short name for the n-th renamed item: a, b, …, z, A, …, Z, a0, … (never a JS keyword's shape). */
function shortName(prefix, n) {
  return `${prefix}${n.toString(36)}`;
}

/** The wasm with its imports from `glueModule` and its exports renamed by `importName(old)` and `exportName(old)`. */
function rewrite(wasm, glueModule, importName, exportName) {
  if (text.decode(wasm.subarray(0, 4)) !== '\0asm') throw new Error('wasm-names: not a wasm module');
  const out = [wasm.subarray(0, 8)];
  const imports = new Map();
  const exports = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (id === 2 || id === 7) {
      let p = start;
      let count;
      [count, p] = readU32(wasm, p);
      const body = [...u32(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let len;
          [len, p] = readU32(wasm, p);
          const module = text.decode(wasm.subarray(p, p + len));
          p += len;
          [len, p] = readU32(wasm, p);
          const field = text.decode(wasm.subarray(p, p + len));
          p += len;
          const kind = wasm[p];
          const descStart = p;
          p += 1;
          if (kind === 0) [, p] = readU32(wasm, p);
          else if (kind === 1) p = skipLimits(wasm, p + 1);
          else if (kind === 2) p = skipLimits(wasm, p);
          else if (kind === 3) p += 2;
          else if (kind === 4) [, p] = readU32(wasm, p + 1);
          else throw new Error(`wasm-names: unknown import kind ${kind}`);
          let newField = field;
          if (module === glueModule && kind === 0) {
            newField = importName(field, imports.size);
            imports.set(field, newField);
          }
          body.push(...name(module === glueModule ? SHORT_MODULE : module), ...name(newField), ...wasm.subarray(descStart, p));
        } else {
          let len;
          [len, p] = readU32(wasm, p);
          const field = text.decode(wasm.subarray(p, p + len));
          p += len;
          const descStart = p;
          p += 1;
          [, p] = readU32(wasm, p);
          const newField = exportName(field, exports.size);
          exports.set(field, newField);
          body.push(...name(newField), ...wasm.subarray(descStart, p));
        }
      }
      if (p !== end) throw new Error(`wasm-names: section ${id} read to ${p}, ends at ${end}`);
      out.push(Uint8Array.from([id, ...u32(body.length)]), Uint8Array.from(body));
    } else {
      out.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return { wasm: Buffer.concat(out), imports, exports };
}

export function renameWasmNames(wasm, glue, glueModule) {
  const { wasm: renamedWasm, imports, exports } = rewrite(
    wasm,
    glueModule,
    (_, n) => shortName('i', n),
    (_, n) => shortName('e', n),
  );
  // The glue: each import is a key of the object it hands the wasm, under the module's name;
  // each export is read as `wasm.NAME`.
  const moduleKey = `${JSON.stringify(glueModule)}:`;
  if (glue.split(moduleKey).length !== 2) throw new Error(`wasm-names: the glue does not hand over ${glueModule} once`);
  let renamed = glue.replace(moduleKey, `${SHORT_MODULE}:`);
  for (const [from, to] of imports) {
    const key = new RegExp(`(^|[\\s{,])${from}(\\s*:\\s*function)`, 'm');
    if (!key.test(renamed)) throw new Error(`wasm-names: the glue offers no import ${from}`);
    renamed = renamed.replace(key, `$1${to}$2`);
  }
  for (const [from, to] of exports) {
    renamed = renamed.replace(new RegExp(`\\bwasm\\.${from.replace(/\$/g, '\\$')}\\b`, 'g'), `wasm.${to}`);
  }
  const left = [...renamed.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]).filter((n) => ![...exports.values()].includes(n));
  if (left.length) throw new Error(`wasm-names: the glue reads exports the wasm does not have: ${[...new Set(left)].join(', ')}`);
  return {
    wasm: renamedWasm,
    glue: renamed,
    renamed: { imports: imports.size, exports: exports.size },
    names: { imports: Object.fromEntries(imports), exports: Object.fromEntries(exports) },
  };
}

export function renameWithNames(wasm, glueModule, names) {
  const pick = (table, what) => (field) => {
    if (!(field in table)) throw new Error(`wasm-names: ${what} ${field} was not renamed in the sealed build`);
    return table[field];
  };
  return rewrite(wasm, glueModule, pick(names.imports, 'import'), pick(names.exports, 'export')).wasm;
}
