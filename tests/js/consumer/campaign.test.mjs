// The campaign simulator as an npm user meets it (packed tarball, Node, no init call).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  simulateCampaign, allocateBudget, sensitivity, responseCurve, vetCreator, campaignPresets,
  saturationHill, adstockGeometric, adstockWeibull,
} from 'jpseller';

const fixed = { viewsSigmaLog: 0, rateConcentration: null, aovSigmaLog: 0, returnConcentration: null };

function scenario(extra = {}) {
  return {
    product: { aov: 4000, cogsRate: '30', returnRate: '0' },
    fees: { jctRegistered: false, tiktokShopJp: { openCommissionRate: '10' } },
    creators: [
      { id: 'a', platform: 'tiktok_shop_jp', viewsPerPost: 10000, ctr: '2', cvr: '5', flatFee: 5000 },
      { id: 'b', platform: 'tiktok_shop_jp', collaboration: 'targeted', commissionRate: '20', viewsPerPost: 10000, ctr: '2', cvr: '5' },
    ],
    draws: 2000,
    ...extra,
  };
}

test('simulateCampaign: expected ledger by hand, yen as strings, formulas beside KPIs', () => {
  const r = simulateCampaign(scenario({ uncertainty: fixed }));
  // Each creator: 10,000 × 2 % × 5 % = 10 orders × ¥4,000 = ¥40,000. Fee 7 % → 2,800 each.
  // Commission: a (open 10 %) 4,000, b (targeted 20 % overrides open) 8,000. COGS 30 % → 12,000 each.
  // Profit = 80,000 − 5,600 − 12,000 − 24,000 − 5,000 = 33,400.
  assert.equal(r.expected.gmv, '80000');
  assert.equal(r.expected.commission, '12000');
  assert.equal(r.expected.platformFees, '5600');
  assert.equal(r.expected.profit, '33400');
  assert.equal(typeof r.expected.profit, 'string');
  // No uncertainty: every draw equals the expectation.
  assert.equal(r.distribution.profit.p5, '33400');
  assert.equal(r.distribution.probLoss, 0);
  const roas = r.metrics.find((m) => m.id === 'roas_gross');
  assert.equal(roas.value, 16); // 80,000 ÷ 5,000 spend
  assert.match(roas.formula, /GMV/);
  assert.ok(r.provenance.some((p) => p.status === 'SEC2'));
});

test('simulateCampaign: a saved scenario reproduces the run bit for bit', () => {
  const first = simulateCampaign(scenario({ seed: '9007199254740993' }));
  assert.equal(first.engine.seed, '9007199254740993');
  assert.match(first.engine.version, /^jpseller-campaign\//);
  const saved = JSON.parse(JSON.stringify(first.scenario));
  const again = simulateCampaign(saved);
  assert.equal(again.engine.fingerprint, first.engine.fingerprint);
  assert.deepEqual(again.distribution, first.distribution);
  assert.deepEqual(again.warnings, []);
  // Another seed gives other draws.
  assert.notEqual(simulateCampaign(scenario({ seed: 1 })).engine.fingerprint, first.engine.fingerprint);
});

test('bad input throws JpsellerError with code and field', () => {
  const cases = [
    [{ ...scenario(), creators: [] }, 'invalid_input', 'creators'],
    [{ ...scenario(), product: { aov: 4000, cogsRate: '130', returnRate: '0' } }, 'invalid_rate', 'product.cogsRate'],
    [{ ...scenario(), draws: 0 }, 'out_of_range', 'draws'],
    [{ ...scenario(), creators: Array.from({ length: 1001 }, (_, i) => ({ ...scenario().creators[0], id: `c${i}` })) }, 'out_of_range', 'creators'],
  ];
  for (const [input, code, field] of cases) {
    assert.throws(() => simulateCampaign(input), (e) => e.name === 'JpsellerError' && e.code === code && e.field === field, `${code} ${field}`);
  }
  assert.throws(() => allocateBudget({ scenario: scenario(), budget: -1, objective: 'max_profit' }), (e) => e.code === 'invalid_amount' && e.field === 'budget');
  assert.throws(() => saturationHill([1, 2], 2, 1.5), (e) => e.code === 'out_of_range' && e.field === 'gamma');
  assert.throws(() => adstockWeibull([1, 2], 1, 0.5, 'bogus'), (e) => e.code === 'invalid_input' && e.field === 'kind');
});

test('allocateBudget: plan within budget, infeasibility reported, plan simulates', () => {
  const input = { scenario: scenario(), budget: 3000, objective: 'max_profit' };
  const out = allocateBudget(input);
  // Only creator b (no flat fee) fits ¥3,000; a's ¥5,000 fee does not.
  assert.equal(out.feasible, true);
  assert.deepEqual(out.creators.map((c) => c.hired), [false, true]);
  assert.ok(Number(out.totals.spend) <= 3000);
  assert.equal(simulateCampaign(out.plan).expected.profit, out.totals.profit);
  const locked = { ...input, scenario: { ...scenario(), creators: scenario().creators.map((c) => ({ ...c, locked: true })) } };
  const bad = allocateBudget(locked);
  assert.equal(bad.feasible, false);
  assert.ok(bad.diagnostics.some((d) => d.code === 'minimums_exceed_budget'));
});

test('sensitivity: tornado sorted by swing', () => {
  const t = sensitivity({ scenario: scenario({ uncertainty: fixed }), variation: '10' });
  assert.equal(t.baseProfit, '33400');
  const swings = t.bars.map((b) => Number(b.swing));
  assert.deepEqual(swings, [...swings].sort((x, y) => y - x));
  // Creator a's flat fee ±10 % moves profit by ∓500 each side.
  assert.equal(t.bars.find((b) => b.id === 'creators[0].flatFee').swing, '1000');
});

test('responseCurve: Michaelis–Menten markers by hand', () => {
  // β 300,000, k 50,000, m 0.3: profit max √(0.3·300000·50000) − 50000 = 17,082; break-even 40,000.
  const c = responseCurve({ curve: { kind: 'michaelis_menten', beta: 300000, halfSaturation: 50000 }, margin: 0.3 });
  assert.equal(c.markers.profitMax, '17082');
  assert.equal(c.markers.breakEvenSpend, '40000');
  assert.equal(c.points.length, 101);
});

test('vetCreator: sweet spot and bought-audience flags', () => {
  const v = vetCreator({ followers: 800000, videos: [{ views: 5000, likes: 30, comments: 0 }] });
  assert.equal(v.followerBand.id, 'top');
  assert.ok(v.flags.some((f) => f.id === 'low_reach'));
  const ok = vetCreator({ followers: 50000, videos: [{ views: 25000, likes: 2000, comments: 100 }], ctr: 1, cvr: 3, aov: 4000 });
  assert.equal(ok.followerBand.sweetSpot, true);
  assert.equal(ok.expectedGmvPerPost, '30000'); // 25,000 × 1 % × 3 % = 7.5 orders × ¥4,000
});

test('Robyn transforms: Hill, geometric, Weibull (arrays and Float64Array)', () => {
  // inflexion = 0.5 × 200 = 100; 150³/(150³ + 100³) = 27/35.
  const h = saturationHill(new Float64Array([100, 150, 170, 190, 200]), 3, 0.5);
  assert.equal(h.inflexion, 100);
  assert.ok(Math.abs(h.xSaturated[1] - 27 / 35) < 1e-15);
  const g = adstockGeometric([100, 100, 100, 100, 100], 0.5);
  assert.deepEqual(g.xDecayed, [100, 150, 175, 187.5, 193.75]);
  assert.equal(g.inflationTotal, 1.6125);
  const w = adstockWeibull([100, 100, 100, 100, 100], 0.5, 0.5, 'pdf');
  assert.equal(w.thetaVecCum[4], 0);
  assert.equal(w.xDecayed[3], w.xDecayed[4]);
});

test('transforms check the series length before copying it into wasm memory (issue 12)', () => {
  // 270e6 doubles (2.16 GB) used to be copied first and trap the instance; MAX_SERIES is 10,000.
  const huge = new Float64Array(270e6);
  const tooLong = (field) => (e) => e.code === 'out_of_range' && e.field === field && /at most 10000 periods/.test(e.message);
  assert.throws(() => saturationHill(huge, 2, 0.5), tooLong('x'));
  assert.throws(() => saturationHill([1, 2], 2, 0.5, huge), tooLong('xMarginal'));
  assert.throws(() => adstockGeometric(huge, 0.5), tooLong('x'));
  assert.throws(() => adstockWeibull(huge, 0.5, 0.5, 'pdf'), tooLong('x'));
  assert.throws(() => adstockGeometric(new Array(10001).fill(1), 0.5), tooLong('x'));
  // The instance is intact afterwards.
  assert.deepEqual(adstockGeometric([100, 100], 0.5).xDecayed, [100, 150]);
});

test('campaignPresets: fee rules with provenance, seller-guide preset flagged', () => {
  const p = campaignPresets();
  assert.ok(p.feeRules.some((r) => r.id === 'tiktok.referral_fee' && r.provenance.url));
  assert.equal(p.rakutenCreatorCampaign.provenance.status, 'UNV');
  assert.match(p.rakutenCreatorCampaign.label, /unverified/);
});
