// registerFeeSchedules through the installed package: a fee-data file (tests/fee-data/example.json,
// Qoo10 electronics 8 % → 9 % from 2026-12-01) changes later estimates, which name it in
// dataVersion; a bad file throws with code and field and changes nothing. Its own file, so its
// process (and wasm instance) starts from the compiled-in rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { estimateOrder, feeSchedules, registerFeeSchedules } from 'jpseller';

const EXAMPLE = readFileSync(new URL('../../tests/fee-data/example.json', import.meta.url), 'utf8');
const order = { platform: 'qoo10', asOf: '2026-12-15', price: 8800, qoo10: { category: 'electronics' } };
const commission = () => {
  const r = estimateOrder(order);
  return [r.lines.find((l) => l.id === 'qoo10.commission').net, r.dataVersion];
};

test('a fee-data file updates later estimates and says so', () => {
  assert.deepEqual(commission(), ['704', 'builtin-2026-11-20']); // 8,800 × 8 % = 704

  const bad = JSON.parse(EXAMPLE);
  bad.platforms[0].rules[0].id = 'qoo10.made_up';
  assert.throws(() => registerFeeSchedules(bad), { name: 'JpsellerError', code: 'unknown_rule', field: 'platforms[0].rules[0].id' });
  assert.deepEqual(commission(), ['704', 'builtin-2026-11-20'], 'a rejected file changes nothing');

  assert.deepEqual(registerFeeSchedules(EXAMPLE), { dataVersion: 'example-2026-12-01', ratesAsOf: '2026-12-01', added: [{ platform: 'qoo10', rules: 1 }] });
  assert.deepEqual(commission(), ['792', 'builtin-2026-11-20+example-2026-12-01']); // 8,800 × 9 % = 792
  const schedules = feeSchedules({ asOf: '2026-12-15', platform: 'qoo10' });
  assert.deepEqual([schedules.dataVersion, schedules.ratesAsOf], ['builtin-2026-11-20+example-2026-12-01', '2026-12-01']);

  // The same file again changes nothing; another file under the same version is refused.
  assert.equal(registerFeeSchedules(JSON.parse(EXAMPLE)).added[0].rules, 1);
  assert.deepEqual(commission(), ['792', 'builtin-2026-11-20+example-2026-12-01']);
  const changed = JSON.parse(EXAMPLE);
  changed.platforms[0].rules[0].calc.rate = '10';
  assert.throws(() => registerFeeSchedules(changed), { code: 'duplicate_data_version', field: 'dataVersion' });
  assert.deepEqual(commission(), ['792', 'builtin-2026-11-20+example-2026-12-01']);
});
