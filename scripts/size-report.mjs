// Prints twiggy's per-item sizes (JSON from `twiggy top --format json`) grouped by crate, then the
// largest items. The name section itself is excluded: the shipped wasm is optimized without it.
import { readFileSync } from 'node:fs';

const [file, topArg = '25'] = process.argv.slice(2);
const items = JSON.parse(readFileSync(file, 'utf8')).filter((i) => !i.name.startsWith('"function names"') && !i.name.startsWith('Σ') && !i.name.startsWith('... and'));
const total = items.reduce((s, i) => s + i.shallow_size, 0);

/** The crate an item belongs to: `<serde_json::de::X as …>::f` → serde_json, `core[hash]::…` → core. */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data segments)';
  if (/^(custom section|import |export |type\[|table\[|elem\[|global\[|memory\[|"|code\[)/.test(name)) return '(wasm structure)';
  const path = name.replace(/^[<&*\s]+(mut |dyn |const )?/, '');
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(path);
  if (!match) return /^(f32|f64|i\d+|u\d+|usize|isize|str|bool|char|\[)/.test(path) ? 'core (impls on primitives)' : '(shims, unnamed)';
  return match[1];
}

const byCrate = new Map();
for (const item of items) {
  const crate = crateOf(item.name);
  const entry = byCrate.get(crate) ?? { bytes: 0, count: 0 };
  entry.bytes += item.shallow_size;
  entry.count += 1;
  byCrate.set(crate, entry);
}
const pct = (b) => `${((100 * b) / total).toFixed(1)}%`.padStart(6);
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`.padStart(10);
console.log(`\nwasm after wasm-opt -Oz (names kept for attribution, not shipped): ${kb(total).trim()} in ${items.length} items\n`);
console.log('per crate (shallow bytes, before gzip)');
for (const [crate, { bytes, count }] of [...byCrate].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`  ${kb(bytes)} ${pct(bytes)}  ${crate} (${count})`);
}
console.log(`\nlargest ${topArg} items`);
for (const item of items.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, Number(topArg))) {
  console.log(`  ${kb(item.shallow_size)} ${pct(item.shallow_size)}  ${item.name.replace(/\[[0-9a-f]{16}\]/g, '').slice(0, 110)}`);
}
