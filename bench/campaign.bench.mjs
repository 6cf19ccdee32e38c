// Campaign simulator: a 10,000-draw Monte Carlo over 20 creators through simulateCampaign (wasm,
// the whole call: fee-engine pricing, expected ledger, draws, sort, quantiles, JSON result) next to
// the same Monte Carlo written in plain JS (same samplers: polar normal, Marsaglia–Tsang gamma →
// Beta, mean-one lognormals; same per-creator economics), and allocateBudget over 50 creators.
import { performance } from 'node:perf_hooks';

const DRAWS = 10_000;

function creators(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    platform: i % 4 === 3 ? 'rakuten' : 'tiktok_shop_jp',
    collaboration: i % 4 === 3 ? 'affiliate' : 'targeted',
    posts: 1 + (i % 3),
    maxPosts: 3 + (i % 3),
    postDecay: 0.85,
    viewsPerPost: 20_000 + 7_000 * i,
    ctr: String(1 + 0.1 * (i % 5)),
    cvr: String(2 + 0.3 * (i % 4)),
    commissionRate: String(i % 4 === 3 ? 3 : 10 + (i % 6)),
    flatFee: 20_000 + 5_000 * (i % 7),
    feePerPost: 3_000,
    samples: { count: 2, unitCost: 1_800 },
  }));
}

function scenario(n) {
  return {
    seed: 42,
    draws: DRAWS,
    product: { aov: 3500, cogsRate: '40', returnRate: '5', perOrderCost: 500 },
    fees: { rakuten: { monthlySales: 5_000_000 } },
    creators: creators(n),
  };
}

/** sfc32: a fast 32-bit PRNG, the usual choice for JS simulations. */
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return ((t >>> 0) + 0.5) / 4294967296;
  };
}

function samplers(uniform) {
  let spare = null;
  const normal = () => {
    if (spare !== null) { const z = spare; spare = null; return z; }
    for (;;) {
      const u = 2 * uniform() - 1;
      const v = 2 * uniform() - 1;
      const s = u * u + v * v;
      if (s < 1 && s > 0) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        return u * f;
      }
    }
  };
  const gamma = (shape) => {
    if (shape < 1) return gamma(shape + 1) * uniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const beta = (mean, k) => { const x = gamma(mean * k); return x / (x + gamma((1 - mean) * k)); };
  const lognormal = (sigma) => Math.exp(sigma * normal() - 0.5 * sigma * sigma);
  return { beta, lognormal };
}

/**
 * The same Monte Carlo in plain JS. Per-creator economics (contribution per order at the mean,
 * fixed spend) are read from jpseller's expected ledger so both simulate the same plan.
 */
function jsMonteCarlo(input, expected) {
  const rand = samplers(sfc32(1, 2, 3, 42));
  const rho = 0.05;
  const perOrder = 500;
  const people = input.creators.map((c, i) => {
    const e = expected.creators[i];
    const spend = Number(e.spend);
    const valuePerOrder = (Number(e.profit) + spend) / e.orders + perOrder; // before fulfilment
    const effectivePosts = (1 - 0.85 ** c.posts) / (1 - 0.85);
    return { views: c.viewsPerPost * effectivePosts, ctr: Number(c.ctr) / 100, cvr: Number(c.cvr) / 100, valuePerOrder, spend };
  });
  const profits = new Float64Array(DRAWS);
  for (let d = 0; d < DRAWS; d++) {
    const aov = rand.lognormal(0.1);
    const kept = (1 - rand.beta(rho, 400)) / (1 - rho);
    let profit = 0;
    for (const p of people) {
      const orders = p.views * rand.lognormal(0.8) * rand.beta(p.ctr, 200) * rand.beta(p.cvr, 200);
      profit += orders * (p.valuePerOrder * aov * kept - perOrder) - p.spend;
    }
    profits[d] = profit;
  }
  profits.sort();
  const q = (p) => { const h = (DRAWS - 1) * p; const lo = Math.floor(h); return profits[lo] + (h - lo) * (profits[Math.min(lo + 1, DRAWS - 1)] - profits[lo]); };
  let sum = 0;
  for (const v of profits) sum += v;
  return { mean: sum / DRAWS, p5: q(0.05), p50: q(0.5), p95: q(0.95), probLoss: profits.findIndex((v) => v >= 0) / DRAWS };
}

function time(fn, minMs = 1500) {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 5) { fn(); runs++; }
  return (performance.now() - start) / runs;
}

export async function run({ api }) {
  const input = scenario(20);
  const result = api.simulateCampaign(input);
  const peer = jsMonteCarlo(input, result);
  const wasmMs = time(() => api.simulateCampaign(input));
  const jsMs = time(() => jsMonteCarlo(input, result));
  // Same plan, same distributions, independent random streams: the two means must agree within
  // a few standard errors of their difference (√2 × one run's SE).
  const gap = Math.abs(peer.mean - Number(result.distribution.profit.mean)) / (Math.SQRT2 * result.distribution.meanStandardError);

  const allocation = { scenario: { ...scenario(50), draws: 2000 }, budget: 3_000_000, objective: 'max_profit' };
  const allocated = api.allocateBudget(allocation);
  const allocMs = time(() => api.allocateBudget(allocation));
  return [
    { metric: 'simulateCampaign 10k draws × 20 creators', unit: 'ms', jpseller: wasmMs, peer: jsMs, peerName: 'same MC in plain JS', ratio: jsMs / wasmMs, target: '≤ 25', pass: wasmMs <= 25 },
    { metric: 'MC mean: |JS − jpseller| in SE of the difference', unit: 'SE', jpseller: gap, target: '< 4', pass: gap < 4 },
    { metric: 'allocateBudget 50 creators (DP + KKT)', unit: 'ms', jpseller: allocMs, target: '≤ 5', pass: allocMs <= 5 && allocated.feasible },
  ];
}
