// invoiceTax over 100,000 tax-inclusive lines: jpseller (wasm, exact) next to the same
// computation written the usual way in JS with floats, plus how often the float version is wrong.
import { performance } from 'node:perf_hooks';

const LINES = 100_000;

/** Deterministic xorshift32 so every run sees the same invoice. */
function* random(seed = 0x2545f491) {
  let x = seed;
  for (;;) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    yield x;
  }
}

function makeLines() {
  const r = random();
  return Array.from({ length: LINES }, () => ({
    amount: String(100 + (r.next().value % 49_900)),
    quantity: 1 + (r.next().value % 5),
    rate: r.next().value % 4 === 0 ? '8' : '10',
  }));
}

/** The naive float version: what a hand-written JS calculator does. */
function naiveInvoice(lines) {
  const perLine = [];
  const sums = { 10: 0, 8: 0 };
  for (const { amount, quantity, rate } of lines) {
    const gross = Number(amount) * quantity;
    const r = Number(rate) / 100;
    perLine.push(Math.floor((gross * r) / (1 + r)));
    sums[rate] += gross;
  }
  const byRate = ['10', '8'].map((rate) => Math.floor((sums[rate] * Number(rate) / 100) / (1 + Number(rate) / 100)));
  return { perLine, byRate };
}

function time(fn, minMs = 300) {
  fn(); // warm up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) { fn(); runs++; }
  return (performance.now() - start) / runs;
}

/** Independent exact reference in BigInt: tax = floor(gross × pct / (100 + pct)). */
function bigintInvoice(lines) {
  const sums = { 10: 0n, 8: 0n };
  const perLine = lines.map(({ amount, quantity, rate }) => {
    const gross = BigInt(amount) * BigInt(quantity);
    sums[rate] += gross;
    return String((gross * BigInt(rate)) / (100n + BigInt(rate)));
  });
  const byRate = ['10', '8'].map((rate) => String((sums[rate] * BigInt(rate)) / (100n + BigInt(rate))));
  return { perLine, byRate };
}

export async function run({ api }) {
  const lines = makeLines();
  const input = { lines, pricesIncludeTax: true, rounding: 'floor' };
  const reference = bigintInvoice(lines);
  const wasm = api.invoiceTax({ ...input, includeLines: true });
  const wasmByRate = ['10', '8'].map((rate) => wasm.byRate.find((r) => r.rate === rate)?.tax);
  const naive = naiveInvoice(lines);
  const wrong = (perLine) => perLine.filter((tax, i) => String(tax) !== reference.perLine[i]).length;
  const wrongTotals = (byRate) => byRate.filter((tax, i) => String(tax) !== reference.byRate[i]).length;

  const wasmMs = time(() => api.invoiceTax(input));
  const jsMs = time(() => naiveInvoice(lines));
  const perSecond = (ms) => LINES / (ms / 1000);
  return [
    { metric: 'invoiceTax 100k lines', unit: 'lines/s', jpseller: perSecond(wasmMs), peer: perSecond(jsMs), peerName: 'naive JS float', ratio: jsMs / wasmMs },
    // Both checked against a BigInt reference, not assumed.
    { metric: 'invoiceTax: line taxes wrong vs BigInt reference', unit: 'lines', jpseller: wrong(wasm.lines.map((l) => l.tax)), peer: wrong(naive.perLine), peerName: 'naive JS float', target: '0', pass: wrong(wasm.lines.map((l) => l.tax)) === 0 },
    { metric: 'invoiceTax: per-rate totals wrong vs BigInt reference', unit: 'of 2', jpseller: wrongTotals(wasmByRate), peer: wrongTotals(naive.byRate), peerName: 'naive JS float', target: '0', pass: wrongTotals(wasmByRate) === 0 },
  ];
}
