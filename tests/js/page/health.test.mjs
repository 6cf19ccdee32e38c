// The 店铺健康 tab: sample CSV metrics, a Shift_JIS file read locally, edited red lines, reply
// deadlines and the holiday calendar — with no request leaving the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';

// "注文番号,注文日,クレーム\nA1,2025-06-10,はい\nA2,2025-06-11,\n" encoded as Shift_JIS (Python
// `.encode('shift_jis')`): 注=928d 文=95b6 番=94d4 号=8d86 日=93fa ク=834e レ=838c ー=815b ム=8380 は=82cd い=82a2.
const SJIS = Buffer.from(
  '928d95b694d48d862c928d95b693fa2c834e838c815b8380' + '0a'
  + '41312c323032352d30362d31302c82cd82a2' + '0a'
  + '41322c323032352d30362d31312c' + '0a', 'hex');

test('store health tab: CSV metrics, Shift_JIS upload, red lines, replies, calendar', async () => {
  const app = await openPage('/');
  try {
    const { page } = app;
    await page.locator('#tab-health').click();
    const widget = page.locator('jpseller-store-health');
    const value = (id) => textOf(page, `jpseller-store-health [data-out="${id}-value"]`);
    await widget.locator('[data-out="complaintRate-value"]').waitFor();

    // Sample: June has 10 orders. Complaints R-1002 → 1/10 = 10 % (> 2 % → high).
    assert.equal(await value('complaintRate'), '10%');
    assert.equal(await textOf(page, 'jpseller-store-health [data-metric="complaintRate"] [data-band]'), '高风险');
    // Late: R-1002 and R-1009 shipped after ship-by; R-1005 cancelled → 2/9 = 22.22 %.
    assert.equal(await value('lateShipmentRate'), '22.22%');
    // Returns: R-1003 / 9 non-cancelled = 11.11 % (> 8 % → investigate).
    assert.equal(await value('returnRate'), '11.11%');
    // Reviews 5,2,4,5,4,5,3,5 → 33 / 8 = 4.125 → 4.13.
    assert.equal(await value('reviewScore'), '4.13');
    // Not delivered: R-1006 → 1 of at most 3 → 2 more before "investigate".
    assert.match(await textOf(page, 'jpseller-store-health [data-out="nonDelivery-headroom"]'), /2/);
    assert.ok(await widget.locator('[data-gauge="complaintRate"]').count());
    assert.ok(await widget.locator('[data-action="improvement_plan_within_24h"]').count() === 0);
    assert.ok(await widget.locator('[data-action="update_tracking_within_24h"]').count() === 1);

    // RFM on the same sample as of 2025-06-30 (R-1005 cancelled → m4 drops out):
    // m1 R 6, F 4, ¥61,700 → high value; m8 (R 49) and m9 (R 41) dormant; m2, m3, m5, m6 other.
    // Revenue 107,940: 61,700 → 57.16 %; 21,200 → 19.64 %; 25,040 → 23.2 %.
    const segment = (id) => textOf(page, `jpseller-store-health [data-segment="${id}"]`);
    assert.equal(await segment('high_value'), '高价值1¥61,70057.16%');
    assert.equal(await segment('dormant'), '沉睡2¥21,20019.64%');
    assert.equal(await segment('other'), '其他4¥25,04023.2%');
    // Ids are shown hashed only, and the export is a local blob download.
    assert.equal(await widget.locator('[data-out="rfm"]').getByText('m1', { exact: true }).count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('button[name="download"]').click()]);
    assert.equal(download.suggestedFilename(), 'rfm-segments-2025-06-30.csv');
    assert.match(download.url(), /^blob:/);

    // Compensation: ¥12,000 × 4 × 3 % = ¥1,440; + ¥300 + ¥500 = ¥2,240 = 56 % of a ¥4,000 margin.
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="delay-coupon"]'), '¥1,440');
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="margin-share"]'), '56%');
    await widget.locator('input[name="delayDays"]').fill('20');
    // 20 × 3 % = 60 % → capped at 30 %: ¥3,600.
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="delay-coupon"]'), '¥3,600');

    // Creator checklist: DSR 4.8, 4.7, 4.6 → sum 14.1 = 3 × 4.7 → pass; 6 live items ≥ 5 → pass;
    // everything else unknown → incomplete. Shipping from abroad fails the fulfilment item.
    assert.equal(await textOf(page, 'jpseller-store-health [data-check="dsr_3_months"] .chip'), '通过');
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="creator-overall"]'), '信息不全');
    await widget.locator('select[name="fulfilment"]').selectOption('overseas');
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="creator-overall"]'), '有未满足项');

    // Messaging: 06-02 12:00, 06-05 12:00, 06-07 20:00 fall inside one 7-day span → 3 > 2 → fail.
    assert.match(await textOf(page, 'jpseller-store-health [data-out="frequency"]'), /未通过.*最多 3 次/);
    await widget.locator('select[name="priorConsent"]').selectOption('yes');
    assert.equal(await textOf(page, 'jpseller-store-health [data-check="prior_consent"] .chip'), '通过');

    // A Shift_JIS export read in the browser: A1 complained → 1/2 = 50 %.
    await widget.locator('input[name="file"]').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: SJIS });
    await widget.locator('[data-out="complaintRate-value"]').filter({ hasText: '50%' }).waitFor();
    assert.match(await widget.locator('textarea[name="csv"]').inputValue(), /^注文番号,注文日,クレーム/);
    // The same file with Shift_JIS chosen by hand reads the same (csv.js decodes for every widget).
    await widget.locator('textarea[name="csv"]').fill('注文番号,注文日,クレーム\nA1,2025-06-10,\n');
    await widget.locator('[data-out="complaintRate-value"]').filter({ hasText: /^0%$/ }).waitFor();
    await widget.locator('select[name="encoding"]').selectOption('shift_jis');
    await widget.locator('input[name="file"]').setInputFiles({ name: 'orders2.csv', mimeType: 'text/csv', buffer: SJIS });
    await widget.locator('[data-out="complaintRate-value"]').filter({ hasText: '50%' }).waitFor();
    assert.match(await widget.locator('textarea[name="csv"]').inputValue(), /^注文番号,注文日,クレーム/);

    // Editing the red lines: high above 60 %, risk above 55 % → 50 % is OK.
    await widget.locator('input[name="complaintRate.highAbove"]').fill('60');
    await widget.locator('input[name="complaintRate.riskAbove"]').fill('55');
    assert.equal(await textOf(page, 'jpseller-store-health [data-metric="complaintRate"] [data-band]'), '正常');
    // An impossible line order is a structured error, not a silent clamp.
    await widget.locator('input[name="complaintRate.riskAbove"]').fill('70');
    assert.match(await textOf(page, 'jpseller-store-health [data-out="health-error"]'), /invalid_input/);

    // Replies (sample, now 2025-06-05 12:00 JST): Q-1 due 06-05 10:00 → overdue; C-1 due 11:00 → overdue.
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="Q-1"] .chip'), '已超时');
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="C-1"] .chip'), '已超时');
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="Q-2"] .chip'), '按时回复');
    // T-1 (11:00, TikTok, 24 h) has 23 h left; a running sale cuts it to 12 h → 11 h left.
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="T-1"] td.num'), '23h00m');
    await widget.locator('input[name="saleRunning"]').check();
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="T-1"] td.num'), '11h00m');
    // The messages CSV is read by csv.js: a quoted id keeps its comma, a row of blank cells is no
    // message.
    await widget.locator('textarea[name="messages"]').fill('id,channel,receivedAt,answeredAt,postId\n"Q-9, re",rakuten_inquiry,2025-06-04T10:00,,\n  ,  \n');
    assert.equal(await textOf(page, 'jpseller-store-health [data-item="Q-9, re"] .chip'), '已超时');
    assert.equal(await widget.locator('[data-item]').count(), 1);

    // Calendar: 2027 has 3/22 as 振替休日 for Sunday 3/21 (Cabinet Office list).
    await widget.locator('input[name="year"]').fill('2027');
    await widget.locator('[data-holiday="2027-03-22"]').waitFor();
    assert.match(await textOf(page, 'jpseller-store-health [data-holiday="2027-03-22"]'), /振替休日/);
    await widget.locator('input[name="year"]').fill('1999');
    assert.match(await textOf(page, 'jpseller-store-health [data-out="calendar-error"]'), /out_of_range/);

    // Japanese UI.
    await page.locator('#lang').selectOption('ja');
    assert.equal(await page.locator('#tab-health').textContent(), 'ショップ健全性');
    assert.match(await widget.locator('h2').first().textContent(), /ショップ健全性/);

    assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
    assert.deepEqual(await app.cspViolations(), [], 'no CSP violations');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(app.consoleErrors, [], 'no console errors');
  } finally {
    await app.close();
  }
});

test('store health quick mode: rates as RMS shows them, banded by the engine; gauges mark the red lines; counts explained', async () => {
  const app = await openPage('/#tab=health', { viewport: { width: 390, height: 844 } });
  try {
    const { page } = app;
    const widget = page.locator('jpseller-store-health');
    await widget.locator('[data-out="complaintRate-value"]').waitFor();
    // CSV mode explains its counts: the sample's 8 reviews average 4.13, one of them 2 points (R-1002).
    assert.equal(await widget.locator('[data-out="reviewScore-counts"]').textContent(), '(8 条评价的平均分，其中 ≤ 2 分 1 条) ');
    assert.equal(await widget.locator('[data-out="complaintRate-counts"]').textContent(), '(1 / 10 单) ');

    await widget.locator('input[name="healthMode"][value="quick"]').check();
    await widget.locator('input[name="quick.complaintRate"]').fill('2.3 %');
    await widget.locator('input[name="quick.lateShipmentRate"]').fill('６％');
    await widget.locator('input[name="quick.returnRate"]').fill('1.5');
    const metric = (id) => widget.locator(`[data-metric="${id}"]`);
    await metric('returnRate').waitFor();
    // 2.3 % > the 2 % line → high; 6 % > 5 % → high; returns 1.5 % ≤ 8 % → ok. Only typed metrics are shown.
    assert.equal(await widget.locator('[data-out="complaintRate-value"]').textContent(), '2.3%');
    assert.equal(await metric('complaintRate').locator('[data-band]').getAttribute('data-band'), 'high');
    assert.equal(await metric('lateShipmentRate').locator('[data-band]').getAttribute('data-band'), 'high');
    assert.equal(await metric('returnRate').locator('[data-band]').getAttribute('data-band'), 'ok');
    assert.equal(await widget.locator('[data-metric="cancellationRate"]').count(), 0);
    // Without an order count: rates only, no counts or headroom (they would be of assumed orders).
    assert.equal(await widget.locator('[data-out="complaintRate-counts"]').count(), 0);
    assert.match(await widget.locator('[data-out="quick-note"]').textContent(), /10,000/);

    // The complaint gauge marks and labels the 1 % and 2 % lines; its labels stay ≥ 11 px on the phone.
    const gauge = metric('complaintRate').locator('[data-gauge]');
    assert.deepEqual(await gauge.locator('[data-line-label]').allTextContents(), ['1%', '2%']);
    const sizes = await gauge.locator('text').evaluateAll((texts) => texts.map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * t.getScreenCTM().a));
    assert.ok(sizes.every((px) => px >= 10.95), `gauge label sizes ${sizes}`);
    const [one, two, marker] = await gauge.evaluate((svg) => [...svg.querySelectorAll('[data-line]'), svg.querySelector('rect[fill="#1f2328"]')].map((r) => r.getBoundingClientRect().x));
    assert.ok(one < two && two < marker, 'the 2.3 % marker sits right of the 2 % line');

    // With RMS's order count: 2.3 % of 782 = 17.99 → 18 orders (18 / 782 = 2.30 %); the rounding is said;
    // headroom appears: back under 2 % needs 18 / (782 + n) ≤ 2 % → n ≥ 118.
    await widget.locator('input[name="quick.orders"]').fill('782');
    await widget.locator('[data-out="complaintRate-counts"]').waitFor();
    assert.equal(await widget.locator('[data-out="complaintRate-counts"]').textContent(), '(18 / 782 单) ');
    assert.match(await widget.locator('[data-out="quick-note"]').textContent(), /2\.3% ≈ 18 单/);
    assert.match(await widget.locator('[data-out="complaintRate-headroom"]').textContent(), /118/);

    // A wrong figure is named beside its field.
    await widget.locator('input[name="quick.returnRate"]').fill('abc');
    await widget.locator('[data-out="health-error"]').filter({ hasText: 'invalid_rate' }).waitFor();
    assert.equal(await widget.locator('[data-out="quick"] [data-out="field-error"]').count(), 1);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
