// Per-crate code size of the release wasm as cargo wrote it (before wasm-bindgen and wasm-opt),
// read from its code and name sections — no extra tool, so every `make build` can print it and a
// crate that suddenly grows is visible. Shipped sizes are smaller; `make size` (twiggy) measures
// those.  Usage: node scripts/crate-sizes.mjs target/wasm32-unknown-unknown/release/jpseller.wasm [top]
import { readFileSync } from 'node:fs';

const [file, topArg = '8'] = process.argv.slice(2);
const bytes = readFileSync(file);

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

const sections = [];
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [length, start] = leb(at + 1);
  let name = '';
  if (id === 0) {
    const [nameLength, nameStart] = leb(start);
    name = bytes.toString('utf8', nameStart, nameStart + nameLength);
  }
  sections.push({ id, name, start, end: start + length });
  at = start + length;
}

// Imported functions come first in the function index space.
let importedFunctions = 0;
const imports = sections.find((s) => s.id === 2);
if (imports) {
  let [count, at] = leb(imports.start);
  for (let i = 0; i < count; i++) {
    for (let part = 0; part < 2; part++) {
      const [length, next] = leb(at);
      at = next + length; // module and field names
    }
    const kind = bytes[at++];
    if (kind === 0) { importedFunctions++; at = leb(at)[1]; }
    else if (kind === 1) { at += 1; const flags = bytes[at++]; at = leb(at)[1]; if (flags & 1) at = leb(at)[1]; }
    else if (kind === 2) { const flags = bytes[at++]; at = leb(at)[1]; if (flags & 1) at = leb(at)[1]; }
    else if (kind === 3) at += 2;
    else throw new Error(`unknown import kind ${kind}`);
  }
}

const bodySizes = [];
const code = sections.find((s) => s.id === 10);
let [bodies, at] = leb(code.start);
for (let i = 0; i < bodies; i++) {
  const [size, body] = leb(at);
  bodySizes.push(size);
  at = body + size;
}

const names = new Map();
const nameSection = sections.find((s) => s.id === 0 && s.name === 'name');
if (!nameSection) throw new Error(`${file} has no name section`);
for (let sub = leb(nameSection.start)[1] + 4; sub < nameSection.end; ) {
  const kind = bytes[sub];
  const [length, start] = leb(sub + 1);
  if (kind === 1) {
    let [count, p] = leb(start);
    for (let i = 0; i < count; i++) {
      const [index, q] = leb(p);
      const [nameLength, r] = leb(q);
      names.set(index, bytes.toString('utf8', r, r + nameLength));
      p = r + nameLength;
    }
  }
  sub = start + length;
}

/** The crate of a mangled symbol: `_ZN10serde_json2de…` → serde_json; `<X as Y>` → X's crate. */
function crateOf(symbol) {
  if (symbol.startsWith('_R')) {
    // v0 mangling (the prebuilt std): the first crate root `C[s<hash>_]<len><name>`.
    const root = /C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(symbol.slice(2));
    return root ? symbol.slice(2).substr(root.index + root[0].length, Number(root[1])) : '(runtime, unmangled)';
  }
  const match = /^_ZN(\d+)/.exec(symbol);
  if (!match) return symbol.startsWith('__') || !symbol.includes('::') ? '(runtime, unmangled)' : symbol.split('::')[0];
  let ident = symbol.slice(match[0].length, match[0].length + Number(match[1]));
  ident = ident.replace(/^_?(\$LT\$|\$RF\$|mut\$u20\$|dyn\$u20\$|\$u5b\$)+/, '');
  const crate = /^[A-Za-z_][A-Za-z0-9_]*/.exec(ident)?.[0];
  return crate && !/^(u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64|str|bool|char)$/.test(crate) ? crate : 'core (impls on primitives)';
}

const byCrate = new Map();
let total = 0;
bodySizes.forEach((size, i) => {
  const crate = crateOf(names.get(importedFunctions + i) ?? '');
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  total += size;
});
const top = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg));
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`code by crate before wasm-bindgen/wasm-opt (${kib(total)}; \`make size\` for shipped sizes): ` +
  top.map(([crate, size]) => `${crate} ${kib(size)} (${((100 * size) / total).toFixed(0)}%)`).join(', '));
