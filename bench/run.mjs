// `make bench`: runs every bench/*.bench.mjs in one process and prints one table —
// metric, jpseller, peer, ratio, target, pass — then writes bench/results.json.
import { readdir, writeFile, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const api = await import(pathToFileURL(join(root, 'pkg/node.js')));
const only = process.argv[2];

const files = (await readdir(here)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only))).sort();
const rows = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const bench = await import(pathToFileURL(join(here, file)));
  for (const row of await bench.run({ api, root })) rows.push({ bench: file.replace('.bench.mjs', ''), ...row });
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : v ?? '');
const header = ['metric', 'unit', 'jpseller', 'peer', 'peer name', 'ratio', 'target', 'pass'];
const table = rows.map((r) => [r.metric, r.unit, fmt(r.jpseller), fmt(r.peer), r.peerName ?? '', r.ratio === undefined ? '' : `${fmt(r.ratio)}×`, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

const resultsPath = join(here, 'results.json');
const previous = await readFile(resultsPath, 'utf8').then(JSON.parse).catch(() => null);
if (previous) {
  for (const row of rows) {
    const before = previous.rows.find((p) => p.bench === row.bench && p.metric === row.metric);
    if (before && typeof before.jpseller === 'number' && typeof row.jpseller === 'number') {
      console.log(`  ${row.metric}: ${fmt(before.jpseller)} → ${fmt(row.jpseller)} ${row.unit} since ${previous.date}`);
    }
  }
}
await writeFile(resultsPath, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
console.log(`\nwrote ${resultsPath}`);
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
