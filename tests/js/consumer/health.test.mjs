// Store health and customer operations through the installed package (hand-calculated values).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { storeHealth, replyRisk, riskCalendar, creatorEligibility, rfmSegments, compensation, messagingCheck } from 'jpseller';

const require = createRequire(import.meta.url);

test('storeHealth from a Japanese CSV export', () => {
  // 4 orders in June 2025: A1 complained and shipped a day late; A3 cancelled (reason filled).
  const text = '注文番号,注文日時,出荷期限,出荷日,配達完了,キャンセル理由,返品,クレーム,レビュー評価\n'
    + 'A1,2025-06-10 09:15:00,2025-06-12,2025-06-13,はい,,,はい,\n'
    + 'A2,2025/06/11,2025/06/13,2025/06/12,はい,,1,,5\n'
    + 'A3,2025-06-12,2025-06-14,,,在庫切れ,,,\n'
    + 'A4,2025-06-12,2025-06-14,2025-06-13,いいえ,,,,2\n';
  const r = storeHealth({ csv: { text }, evaluationDate: '2025-06-30' });
  const m = Object.fromEntries(r.metrics.map((x) => [x.id, x]));
  // Complaint 1 / 4 = 25 % > 2 % → high; late 1 / 3 (A3 cancelled) = 33.33 % → high.
  assert.deepEqual([m.complaintRate.numerator, m.complaintRate.denominator, m.complaintRate.value, m.complaintRate.band], [1, 4, '25', 'high']);
  assert.deepEqual([m.lateShipmentRate.value, m.lateShipmentRate.drivers], ['33.33', ['A1']]);
  // Review mean (5 + 2) / 2 = 3.5; no line set → unrated.
  assert.deepEqual([m.reviewScore.value, m.reviewScore.band], ['3.5', 'unrated']);
  assert.equal(r.overallBand, 'high');
  assert.equal(r.window.from, '2025-06-01');
  assert.equal(m.complaintRate.linesProvenance.status, 'SEC1');
  assert.ok(r.columns.some((c) => c.field === 'orderDate' && c.header === '注文日時'));
});

test('storeHealth headroom with an array of orders and edited lines', () => {
  // 100 orders on 2025-06-10, none with a problem: with a 1 % risk line the shop can take
  // floor(1 × 100 / 100) − 0 = 1 complaint before "risk".
  const orders = Array.from({ length: 100 }, (_, i) => ({ orderId: `o${i}`, orderDate: '2025-06-10' }));
  const r = storeHealth({ orders, evaluationDate: '2025-06-30', thresholds: { complaintRate: { riskAbove: 1, highAbove: '3' } } });
  const complaint = r.metrics.find((x) => x.id === 'complaintRate');
  assert.deepEqual(complaint.headroom, { nextBand: 'risk', line: '1', additionalBadOrders: 1, assumingPlannedOrders: 0 });
  assert.equal(complaint.linesProvenance.status, 'UNV');
});

test('replyRisk: overdue items and the creator pause rule', () => {
  const r = replyRisk({
    now: '2025-06-05T12:00:00+09:00',
    posts: [{ id: 'p1', postedAt: '2025-06-04T12:00' }],
    messages: [
      { id: 'q1', channel: 'rakuten_inquiry', receivedAt: '2025-06-04T10:00' },
      { id: 'c1', channel: 'creator_comment', receivedAt: '2025-06-05T07:00', postId: 'p1' },
      { id: 'c2', channel: 'creator_comment', receivedAt: '2025-06-05T08:00', postId: 'p1' },
      { id: 'c3', channel: 'creator_comment', receivedAt: '2025-06-05T09:00', postId: 'p1' },
    ],
  });
  // q1: 24 h → due 06-05 10:00, 2 h overdue. c1: 4 h → due 11:00, 1 h overdue.
  assert.deepEqual(r.overdue, ['q1', 'c1']);
  assert.equal(r.items[0].secondsLeft, -7200);
  assert.equal(r.items[0].deadline, '2025-06-05T10:00:00+09:00');
  // 3 unanswered Japanese questions within 72 h of the post → pause (seller-guide claim, UNV).
  assert.equal(r.pauseTriggered, true);
  assert.equal(r.rules.find((x) => x.id === 'pauseUnanswered').provenance.status, 'UNV');
});

test('riskCalendar: 2026 holidays and a shipping deadline across Golden Week', () => {
  const r = riskCalendar({ year: 2026, shipFrom: '2026-04-30', shippingDays: 3 });
  // Cabinet Office list: 9/22 is a 国民の休日 between 敬老の日 and 秋分の日.
  assert.ok(r.holidays.some((h) => h.date === '2026-09-22' && h.kind === 'citizens'));
  assert.equal(r.holidays.length, 18);
  // 5/1 (1), skip Sat 5/2 – Wed 5/6 (振替休日), 5/7 (2), 5/8 (3).
  assert.equal(r.shipping.deadline, '2026-05-08');
  const sale = r.windows.find((w) => w.kind === 'super_sale');
  assert.deepEqual([sale.start, sale.end], ['2026-03-04T20:00:00+09:00', '2026-03-11T01:59:59+09:00']);
});

test('creatorEligibility is labelled unverified', () => {
  const r = creatorEligibility({ jctRegistered: true, monthlyDsr: [4.8, 4.6, 4.6] });
  // (4.8 + 4.6 + 4.6) / 3 = 4.666… < 4.7 → fail.
  assert.equal(r.items.find((i) => i.id === 'dsr_3_months').status, 'fail');
  assert.equal(r.overall, 'fails');
  assert.equal(r.unverified, true);
  assert.match(r.program, /unverified/);
});

test('rfmSegments hashes ids and exports CSV', () => {
  const r = rfmSegments({
    asOf: '2025-06-30',
    orders: [
      { customerId: 'u1', orderDate: '2025-06-25', amount: '20000' },
      { customerId: 'u1', orderDate: '2025-06-28', amount: 20000 },
      { customerId: 'u1', orderDate: '2025-06-29', amount: '15000' },
      { customerId: 'u3', orderDate: '2025-05-01', amount: '5000' },
    ],
  });
  // u1: R 1, F 3, M 55,000 → high value; u3: R 60 → dormant. 55,000 / 60,000 = 91.666…% → 91.67.
  const high = r.segments.find((s) => s.id === 'high_value');
  assert.deepEqual([high.customers, high.revenue, high.revenueShare], [1, '55000', '91.67']);
  // FNV-1a 64 of 0x1f "u1" (Python reference in the Rust tests).
  assert.equal(r.members[0].customer, '90a6c618d4521c10');
  assert.ok(!r.csv.includes('u1'));
  assert.equal(r.members[0].customerId, undefined);
});

test('compensation: delay coupon and margin share', () => {
  // ¥12,000 × (4 × 3 %) = ¥1,440 + ¥300 + ¥500 = ¥2,240 of a ¥4,000 margin = 56 %.
  const r = compensation({ orderAmount: '12000', delayDays: 4, returnCoupons: 1, ugcRewards: 1, margin: '4000' });
  assert.deepEqual([r.delayCoupon.amount, r.faceValue, r.marginShare, r.marginAfter], ['1440', '2240', '56', '1760']);
  assert.equal(r.capPercent.provenance.status, 'UNV');
  // With the fee engine: the margin is estimateOrder's profit.
  const withOrder = compensation({ delayDays: 1, order: { platform: 'tiktok', price: 5000 } });
  assert.equal(withOrder.marginSource, 'fee_engine');
  assert.equal(withOrder.delayCoupon.amount, '150');
  assert.equal(withOrder.marginUsed, withOrder.feeEngine.profit);
});

test('messagingCheck: 3 pushes in a rolling week fail the 2-a-week preset', () => {
  const r = messagingCheck({ channel: 'email', sends: ['2025-06-06T10:00', '2025-06-09T10:00', '2025-06-12T10:00'], priorConsent: true });
  assert.equal(r.frequency.busiestSevenDays, 3);
  assert.equal(r.frequency.status, 'fail');
  assert.equal(r.lawApplies, true);
  assert.equal(r.checklist.find((c) => c.id === 'prior_consent').status, 'pass');
  assert.equal(r.checklist.find((c) => c.id === 'unsubscribe').status, 'unknown');
});

test('health functions throw JpsellerError with code and field', () => {
  const cases = [
    [() => storeHealth({ evaluationDate: '2025-06-30' }), 'missing_field', 'orders'],
    [() => storeHealth({ orders: [], evaluationDate: '2025-02-30' }), 'invalid_date', 'evaluationDate'],
    [() => storeHealth({ csv: { text: '注文日,クレーム\n2025-06-01,maybe\n' }, evaluationDate: '2025-06-30' }), 'invalid_type', 'csv line 2.クレーム'],
    [() => riskCalendar({ year: 1999 }), 'out_of_range', 'year'],
    [() => replyRisk({ now: '2025-06-05', messages: [{ channel: 'fax', receivedAt: '2025-06-05' }] }), 'invalid_input', 'messages[0].channel'],
    [() => rfmSegments({ asOf: '2025-06-30', orders: [{ orderDate: '2025-06-01', amount: 1 }] }), 'missing_field', 'orders[0].customerId'],
    [() => compensation({ orderAmount: 12.5 }), 'invalid_amount', 'orderAmount'],
    [() => messagingCheck({ channel: 'line', maxPerWeek: 0 }), 'out_of_range', 'maxPerWeek'],
    [() => creatorEligibility({ monthlyDsr: [9] }), 'out_of_range', 'monthlyDsr[0]'],
  ];
  for (const [call, code, field] of cases) {
    assert.throws(call, (error) => {
      assert.equal(error.name, 'JpsellerError');
      assert.equal(error.code, code, error.message);
      assert.equal(error.field, field, error.message);
      return true;
    });
  }
});

test('health types are in the .d.ts', () => {
  const types = readFileSync(require.resolve('jpseller/package.json').replace('package.json', 'jpseller.d.ts'), 'utf8');
  for (const name of ['storeHealth', 'StoreHealthInput', 'ReplyRiskResult', 'RiskCalendarInput', 'RfmSegmentsResult', 'CompensationInput', 'MessagingCheckResult', 'CreatorEligibilityResult']) {
    assert.match(types, new RegExp(`\\b${name}\\b`), name);
  }
});

test('row limits refuse a huge array before copying it into wasm memory (issue 12)', async () => {
  const { storeHealth, rfmSegments, replyRisk, estimateBatch } = await import('jpseller');
  const orders = new Array(50_001).fill({ orderDate: '2026-11-01', customerId: 'c', amount: 1 });
  const tooMuch = (field) => (e) => e.code === 'too_much_work' && e.field === field && /the limit is/.test(e.message);
  const t0 = performance.now();
  assert.throws(() => storeHealth({ orders, evaluationDate: '2026-11-20' }), tooMuch('orders'));
  assert.throws(() => rfmSegments({ orders: orders.slice(0, 25_001), asOf: '2026-11-20' }), tooMuch('orders'));
  assert.throws(() => replyRisk({ now: '2026-11-20T12:00', messages: new Array(20_001).fill({ channel: 'tiktok', receivedAt: '2026-11-01T10:00' }) }), tooMuch('messages'));
  assert.throws(() => estimateBatch({ order: { platform: 'rakuten' }, orders: new Array(10_001).fill({ price: 1 }) }), tooMuch('orders'));
  // Refused from the array's length alone, not after decoding 50,000 objects (≈ 0.6 s).
  assert.ok(performance.now() - t0 < 200, `${performance.now() - t0} ms`);
});
