// Issue 12, bounded work: each row is the slowest input an export accepts within its documented
// limit (README "Limits"), timed as one call in Node; the target is a second. The peer column is
// the same call one step past the limit, which must be refused (too_much_work) at once.
import { performance } from 'node:perf_hooks';

const TARGET_MS = 1000;

function creators(n, maxPosts = 5) {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    platform: i % 4 === 3 ? 'rakuten' : 'tiktok_shop_jp',
    collaboration: i % 4 === 3 ? 'affiliate' : 'targeted',
    posts: 1 + (i % 3),
    maxPosts,
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

const scenario = (n, draws, maxPosts) => ({
  seed: 42,
  draws,
  product: { aov: 3500, cogsRate: '40', returnRate: '5', perOrderCost: 500 },
  fees: { rakuten: { monthlySales: 5_000_000 } },
  creators: creators(n, maxPosts),
});

/** Milliseconds for one call (after one warm-up call of `warm`), and the thrown code if any. */
function timed(f) {
  const t0 = performance.now();
  let code = null;
  try {
    f();
  } catch (e) {
    code = e.code ?? String(e);
  }
  return { ms: performance.now() - t0, code };
}

function row(metric, within, beyond) {
  const ok = within.code === null && beyond.code === 'too_much_work';
  return {
    metric,
    unit: 'ms',
    jpseller: within.ms,
    peer: beyond.ms,
    peerName: `one step past the limit → ${beyond.code}`,
    target: `≤ ${TARGET_MS}`,
    pass: ok && within.ms <= TARGET_MS,
    error: within.code ?? undefined,
  };
}

function replyInput(messages) {
  // Open one hour on Wednesdays only, most dates closed: each 24 h deadline needs 24 open days.
  const closedDates = Array.from({ length: 10_000 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000 * 3);
    return d.toISOString().slice(0, 10);
  }).filter((d) => d < '2199-01-01');
  return {
    now: '2026-11-20T12:00:00+09:00',
    businessHours: { opens: '09:00', closes: '10:00', closedWeekdays: ['mon', 'tue', 'thu', 'fri', 'sat', 'sun'], closedDates },
    messages: Array.from({ length: messages }, (_, i) => ({
      id: `m${i}`,
      channel: 'rakuten_inquiry',
      receivedAt: new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000 + (i % 86_400) * 1000).toISOString(),
    })),
  };
}

export async function run({ api }) {
  api.simulateCampaign(scenario(5, 1000)); // warm up
  const rows = [];
  // draws × (creators + 10) ≤ 1,000,000.
  rows.push(row('simulateCampaign 1,000 creators × 990 draws', timed(() => api.simulateCampaign(scenario(1000, 990))), timed(() => api.simulateCampaign(scenario(1000, 991)))));
  rows.push(row('simulateCampaign 1 creator × 90,909 draws', timed(() => api.simulateCampaign(scenario(1, 90_909))), timed(() => api.simulateCampaign(scenario(1, 90_910)))));
  // parameters (4 + 5 per creator + platform fees) × (creators + 10) × 16 ≤ 4,000,000.
  rows.push(row('sensitivity 210 creators', timed(() => api.sensitivity({ scenario: scenario(210, 1000) })), timed(() => api.sensitivity({ scenario: scenario(230, 1000) }))));
  rows.push(row('sensitivity 14 creators with probabilityOfLoss', timed(() => api.sensitivity({ scenario: scenario(14, 1000), probabilityOfLoss: true })), timed(() => api.sensitivity({ scenario: scenario(17, 1000), probabilityOfLoss: true }))));
  // options × (grid + 1) ≤ 15,000,000: 1,000 creators × 3 options (0, 1, 2 posts) × 5,000 cells.
  for (const objective of ['max_profit', 'min_spend_for_gmv']) {
    const input = (grid) => ({ scenario: scenario(1000, 1000, 2), budget: 50_000_000, objective, grid, targetGmv: 1_000_000 });
    rows.push(row(`allocateBudget 1,000 creators × 3 options × 5,000 cells (${objective})`, timed(() => api.allocateBudget(input(4999))), timed(() => api.allocateBudget(input(5000)))));
  }
  const orders = (n) => Array.from({ length: n }, (_, i) => ({ orderId: `o${i}`, customerId: `c${i % 50_000}`, orderDate: `2026-${String(6 + (i % 5)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, amount: 1000 + (i % 5000), shipBy: '2026-11-30', shippedAt: '2026-11-02', complaint: i % 97 === 0 }));
  const within = orders(50_000);
  const beyond = orders(50_001);
  rows.push(row('storeHealth 50,000 orders', timed(() => api.storeHealth({ orders: within, evaluationDate: '2026-11-20' })), timed(() => api.storeHealth({ orders: beyond, evaluationDate: '2026-11-20' }))));
  rows.push(row('rfmSegments 25,000 orders with members', timed(() => api.rfmSegments({ orders: orders(25_000), asOf: '2026-11-20', includeMembers: true })), timed(() => api.rfmSegments({ orders: orders(25_001), asOf: '2026-11-20' }))));
  const prices = (n) => Array.from({ length: n }, (_, i) => ({ price: 1000 + (i % 9000), quantity: 1 + (i % 3) }));
  rows.push(row('estimateMonth 250,000 orders (rakuten)', timed(() => api.estimateMonth({ platform: 'rakuten', asOf: '2026-11-20', orders: prices(250_000) })), timed(() => api.estimateMonth({ platform: 'rakuten', asOf: '2026-11-20', orders: prices(250_001) }))));
  const template = { platform: 'rakuten', asOf: '2026-11-20', costs: { cogsPerUnit: 1200, shipping: 700 } };
  rows.push(row('estimateBatch 10,000 rows', timed(() => api.estimateBatch({ order: template, orders: prices(10_000) })), timed(() => api.estimateBatch({ order: template, orders: prices(10_001) }))));
  rows.push(row('replyRisk 20,000 messages, 1 open hour a week, 10,000 closed dates', timed(() => api.replyRisk(replyInput(20_000))), timed(() => api.replyRisk(replyInput(20_001)))));
  return rows;
}

// `node bench/limits.bench.mjs [pkg-dir]` runs this file alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? new URL('../pkg/', import.meta.url).pathname;
  const api = await import(`${dir.replace(/\/$/, '')}/node.js`);
  for (const r of await run({ api })) console.log(`${r.pass ? 'PASS' : 'FAIL'}  ${r.jpseller.toFixed(0).padStart(6)} ms  ${r.metric}${r.error ? ` [threw ${r.error}]` : ''}  (refused in ${r.peer.toFixed(1)} ms: ${r.peerName})`);
}
