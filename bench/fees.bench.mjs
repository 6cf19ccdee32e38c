// estimateMonth over 100,000 Rakuten orders: jpseller (wasm, exact) next to the same Rakuten rules
// written the usual way in JS with floats (tax-exclusive = price / 1.1, fee = base × rate / 100,
// one Math.floor at the end), plus how many orders the float version gets wrong by ≥ ¥1. "Wrong"
// is measured against an independent BigInt implementation of the rules, not assumed.
import { performance } from 'node:perf_hooks';

const ORDERS = 100_000;
const AS_OF = '2026-11-20';
const POINTS_BP = 100n; // 1 % in basis points
const AFFILIATE_BP = 400n; // 4 %

function* random(seed = 0x9e3779b9) {
  let x = seed >>> 0;
  for (;;) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    yield x;
  }
}

/** Realistic Japanese shelf prices: mostly …80 / …00 endings, 1–3 units, some shipping. */
function makeOrders() {
  const r = random();
  const endings = [80, 0, 99, 50, 0, 80];
  return Array.from({ length: ORDERS }, () => {
    const hundreds = 1 + (r.next().value % 200);
    const price = hundreds * 100 - 100 + endings[r.next().value % endings.length];
    return {
      price: Math.max(100, price),
      quantity: 1 + (r.next().value % 3),
      shippingCharged: r.next().value % 4 === 0 ? 500 : 0,
      device: r.next().value % 5 === 0 ? 'pc' : 'mobile',
      affiliate: r.next().value % 10 === 0,
    };
  });
}

const toCsv = (orders) =>
  'price,quantity,shippingCharged,device,affiliate\n' +
  orders.map((o) => `${o.price},${o.quantity},${o.shippingCharged},${o.device},${o.affiliate ? 1 : 0}`).join('\n');

/** Exact reference: excl = incl − floor(incl × 10 / 110); points and reward floored per order. */
function bigintOrderFees(orders) {
  return orders.map((o) => {
    const incl = BigInt(o.price) * BigInt(o.quantity);
    const excl = incl - (incl * 10n) / 110n;
    let fee = (excl * POINTS_BP) / 10000n;
    if (o.affiliate) fee += (excl * AFFILIATE_BP) / 10000n;
    return fee;
  });
}

// The preset bands (standard plan) as a float calculator would hold them.
const PC = [[500000, 4.0], [1000000, 3.0], [3000000, 3.0], [5000000, 2.8], [10000000, 2.8], [30000000, 2.6], [Infinity, 2.4]];
const MOBILE = [[500000, 4.5], [1000000, 3.5], [3000000, 3.5], [5000000, 3.3], [10000000, 3.3], [30000000, 3.1], [Infinity, 2.9]];
const marginal = (bands, base) => {
  let fee = 0, lower = 0;
  for (const [upTo, rate] of bands) {
    if (base <= lower) break;
    fee += (Math.min(base, upTo) - lower) * rate / 100;
    lower = upTo;
  }
  return fee;
};

/**
 * The naive float version of the same month. `sameRules` false does what float calculators such
 * as MarketFee do (fees.md §5): the tax-exclusive amount stays incl / 1.1, unrounded.
 */
function naiveMonth(orders, { sameRules = true } = {}) {
  let pc = 0, mobile = 0, points = 0, reward = 0;
  const orderFees = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i];
    const incl = o.price * o.quantity;
    // The reference's rule (tax floored, excl = incl − tax) in floats, or no rounding at all.
    const excl = sameRules ? incl - Math.floor((incl * 10) / 110) : incl / 1.1;
    const p = Math.floor(excl * 1 / 100);
    const a = o.affiliate ? Math.floor(excl * 4 / 100) : 0;
    points += p; reward += a; orderFees[i] = p + a;
    if (o.device === 'pc') pc += incl + o.shippingCharged; else mobile += incl + o.shippingCharged;
  }
  const total = pc + mobile;
  const system = Math.floor(marginal(PC, total) * pc / total) + Math.floor(marginal(MOBILE, total) * mobile / total);
  const taxable = system + Math.floor(total * 0.1 / 100) + Math.floor(total * 3.3 / 100) + reward + Math.floor(reward * 30 / 100) + 65000;
  return { orderFees, fees: taxable + Math.floor(taxable * 0.1) + points };
}

function time(fn, minMs = 1000) {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) { fn(); runs++; }
  return (performance.now() - start) / runs;
}

/** Process CPU time per call: steadier than wall time when other jobs share the cores. */
function cpuTime(fn, minMs = 1000) {
  fn();
  let runs = 0;
  const before = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < minMs) { fn(); runs++; }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

export async function run({ api }) {
  const orders = makeOrders();
  const csv = toCsv(orders);
  const input = { platform: 'rakuten', plan: 'standard', asOf: AS_OF, rakuten: { affiliateRate: '4' } };
  const reference = bigintOrderFees(orders);
  const exact = api.estimateMonth({ ...input, orders, includeOrders: true });
  const naive = naiveMonth(orders);
  const unrounded = naiveMonth(orders, { sameRules: false });
  const off = (fees) => fees.filter((f, i) => BigInt(f) !== reference[i]).length;

  const arrayMs = time(() => api.estimateMonth({ ...input, orders }));
  const csvMs = time(() => api.estimateMonth({ ...input, ordersCsv: csv }));
  const jsMs = time(() => naiveMonth(orders));
  const arrayCpu = cpuTime(() => api.estimateMonth({ ...input, orders }));
  const csvCpu = cpuTime(() => api.estimateMonth({ ...input, ordersCsv: csv }));
  const jsCpu = cpuTime(() => naiveMonth(orders));
  const monthGap = Number(BigInt(exact.fees.gross) - BigInt(naive.fees));
  return [
    { metric: 'estimateMonth 100k orders (JS array)', unit: 'ms', jpseller: arrayMs, peer: jsMs, peerName: 'naive JS float', ratio: jsMs / arrayMs, target: '≤ 200', pass: arrayMs <= 200 },
    { metric: 'estimateMonth 100k orders (CSV text)', unit: 'ms', jpseller: csvMs, peer: jsMs, peerName: 'naive JS float', ratio: jsMs / csvMs, target: '≤ 200', pass: csvMs <= 200 },
    { metric: 'estimateMonth 100k orders (JS array), CPU time', unit: 'ms', jpseller: arrayCpu, peer: jsCpu, peerName: 'naive JS float', ratio: jsCpu / arrayCpu, target: '≤ 200', pass: arrayCpu <= 200 },
    { metric: 'estimateMonth 100k orders (CSV text), CPU time', unit: 'ms', jpseller: csvCpu, peer: jsCpu, peerName: 'naive JS float', ratio: jsCpu / csvCpu, target: '≤ 200', pass: csvCpu <= 200 },
    { metric: 'per-order fees off vs BigInt reference (same rounding rules)', unit: 'orders', jpseller: off(exact.orderFees), peer: off(naive.orderFees), peerName: 'naive JS float', target: '0', pass: off(exact.orderFees) === 0 },
    { metric: 'per-order fees off vs BigInt reference', unit: 'orders', jpseller: off(exact.orderFees), peer: off(unrounded.orderFees), peerName: 'float, tax-exclusive amount unrounded (as MarketFee)' },
    { metric: 'month fees: jpseller − naive float', unit: '¥', jpseller: Number(exact.fees.gross), peer: naive.fees, peerName: `naive JS float (gap ${monthGap})` },
  ];
}
