// Seeds each fuzz target's working corpus (fuzz/target/corpus/<target>/) with the determinism
// regression cases of its API (tests/regression/*.json; arguments NUL-separated, as `api::call_bytes`
// reads them) and writes a libFuzzer dictionary of every key and string value in those cases plus
// JSON punctuation → fuzz/target/seed.dict.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const caseLists = join(root, 'tests/regression');
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const tokens = new Set(['{', '}', '[', ']', ':', ',', '"', 'null', 'true', 'false', '-0', '1e308', '0.1', '\\u0000', '\\ud800', '__proto__']);
const collect = (value) => {
  if (typeof value === 'string') tokens.add(JSON.stringify(value));
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { tokens.add(JSON.stringify(k) + ':'); collect(v); }
};

// The lint target reads its text raw (not as JSON), then the options JSON after a NUL.
const lintInput = (api, args) =>
  api === 'lint' && typeof args[0] === 'string' ? args[0] + (args.length > 1 ? '\0' + JSON.stringify(args[1]) : '') : null;

const seedFile = (target, data) => {
  const dir = join(root, 'fuzz/target/corpus', target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `seed-${createHash('sha1').update(data).digest('hex').slice(0, 16)}`), data);
};

let seeded = 0;
for (const file of readdirSync(caseLists).filter((f) => f.endsWith('.json'))) {
  for (const { api, args } of JSON.parse(readFileSync(join(caseLists, file), 'utf8'))) {
    collect(args);
    const target = snake(api);
    if (!existsSync(join(root, 'fuzz/fuzz_targets', `${target}.rs`))) continue;
    const data = lintInput(api, args) ?? args.map((a) => JSON.stringify(a)).join('\0');
    seedFile(target, data);
    seeded++;
  }
}

// Real Japanese copy for the lint target: each paragraph of the false-positive corpus.
for (const file of readdirSync(join(root, 'tests/corpus'))) {
  for (const paragraph of readFileSync(join(root, 'tests/corpus', file), 'utf8').split(/\n\s*\n/).filter((p) => p.trim())) {
    seedFile('lint', paragraph);
    seeded++;
  }
}

// libFuzzer dictionary entries: "…" with \\, \" and non-printable bytes as \xNN.
const escape = (text) => [...Buffer.from(text, 'utf8')].map((b) => (b === 0x5c ? '\\\\' : b === 0x22 ? '\\"' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
mkdirSync(join(root, 'fuzz/target'), { recursive: true });
writeFileSync(join(root, 'fuzz/target/seed.dict'), [...tokens].filter((t) => t.length <= 64).map((t) => `"${escape(t)}"`).join('\n') + '\n');
console.log(`seeded ${seeded} corpus inputs; dictionary of ${tokens.size} tokens`);
