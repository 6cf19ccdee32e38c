// Synthetic listing corpus for bench/lint.bench.mjs: ordinary sentences from tests/corpus/ with,
// now and then, a rule's NG example spliced in. A fixed xorshift32 seed makes every run (and every
// machine) lint the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED = 0x9e3779b9;

function* xorshift32(seed) {
  let x = seed >>> 0 || 1;
  for (;;) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    yield x;
  }
}

/** Ordinary sentences (the false-positive corpus), one per line, headings dropped. */
export function plainSentences(root) {
  const dir = join(root, 'tests/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * About `bytes` of UTF-8: lines of 3–8 ordinary sentences, one line in `ngEvery` carrying an NG
 * example. Returns { text, ngLines }.
 */
export function makeCorpus({ root, bytes, ngExamples, ngEvery = 40, seed = SEED }) {
  const plain = plainSentences(root);
  const rand = xorshift32(seed);
  const pick = (list) => list[rand.next().value % list.length];
  const lines = [];
  let size = 0;
  let ngLines = 0;
  const encoder = new TextEncoder();
  while (size < bytes) {
    const parts = [];
    const count = 3 + (rand.next().value % 6);
    for (let i = 0; i < count; i++) parts.push(pick(plain));
    if (ngExamples.length && rand.next().value % ngEvery === 0) {
      parts.splice(rand.next().value % parts.length, 0, pick(ngExamples));
      ngLines++;
    }
    const line = parts.join('');
    lines.push(line);
    size += encoder.encode(line).length + 1;
  }
  return { text: lines.join('\n'), ngLines };
}
