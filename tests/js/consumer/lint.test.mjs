// The compliance linter as an npm user meets it: lint, lintBatch, listRules, explainRule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lintBatch, listRules, explainRule } from 'jpseller';

test('lint reports findings with UTF-16 spans into the original string', () => {
  // 𠮷 and 😀 are two UTF-16 units each; Ｎｏ．１ is full-width and reported as written.
  const text = '𠮷😀顧客満足度Ｎｏ．１の美容液。ｼ★ﾐが消える';
  const result = lint(text, { productClass: 'cosmetics' });
  const no1 = result.findings.find((f) => f.ruleId === 'KH-NO1');
  assert.equal(no1.text, 'Ｎｏ．１');
  assert.equal(text.slice(no1.start, no1.end), 'Ｎｏ．１');
  assert.equal(no1.severity, 'error');
  // Findings are small; each rule's metadata comes once, in `rules`.
  assert.deepEqual(Object.keys(no1).sort(), ['end', 'ruleId', 'severity', 'start', 'text']);
  assert.deepEqual(Object.keys(result.rules).sort(), [...new Set(result.findings.map((f) => f.ruleId))].sort());
  const no1Rule = result.rules['KH-NO1'];
  assert.equal(no1Rule.category, 'law');
  assert.ok(no1Rule.message.zh && no1Rule.message.ja && no1Rule.message.en);
  assert.ok(no1Rule.citation.law.includes('景品表示法'));
  const spot = result.findings.find((f) => f.ruleId === 'CS-SPOT');
  assert.equal(text.slice(spot.start, spot.end), 'ｼ★ﾐが消える');
  assert.ok(result.rules['CS-SPOT'].suggestions.length > 0);
  assert.deepEqual(Object.keys(result.summary).sort(), ['error', 'info', 'warning']);
  assert.equal(result.truncated, false);
  const starts = result.findings.map((f) => f.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('lone surrogates keep spans aligned with the JS string', () => {
  const text = '\uD800最安値\uDC00';
  const cheap = lint(text).findings.find((f) => f.ruleId === 'KH-CHEAP');
  assert.equal(text.slice(cheap.start, cheap.end), '最安値');
});

test('options without a second argument, empty text and control characters are clean', () => {
  assert.deepEqual(lint('').findings, []);
  assert.deepEqual(lint('\u0000\u0001\u200B\u3099').summary, { error: 0, warning: 0, info: 0 });
});

test('bad options and unknown rules throw JpsellerError with code and field', () => {
  assert.throws(() => lint('x', { productClass: 'spaceship' }), (e) => e.name === 'JpsellerError' && e.code === 'unknown_profile' && e.field === 'options.productClass');
  assert.throws(() => lint('x', { rules: { 'XX-1': 'off' } }), (e) => e.code === 'unknown_rule' && e.field === 'rules.XX-1');
  assert.throws(() => lint('x', { colour: 'red' }), (e) => e.code === 'unknown_field');
  assert.throws(() => lint(42), (e) => e.code === 'invalid_type' && e.field === 'text');
  assert.throws(() => explainRule('NOPE'), (e) => e.code === 'unknown_rule');
  assert.throws(() => lintBatch('not an array'), (e) => e.code === 'invalid_type');
});

test('profiles: strictness, overrides, opt-in unverified preset', () => {
  assert.ok(lint('最強の吸引力').findings.some((f) => f.ruleId === 'KH-SUPER' && f.severity === 'warning'));
  const reply = { channel: 'customer_reply' };
  const thanks = explainRule('SG-THANKS').examples.ng[0];
  assert.ok(!lint(thanks, reply).findings.some((f) => f.ruleId === 'SG-THANKS'));
  assert.ok(lint(thanks, { ...reply, strictness: 'strict' }).findings.some((f) => f.ruleId === 'SG-THANKS'));
  assert.equal(lint('業界最安値', { rules: { 'KH-CHEAP': 'off' } }).findings.length, 0);
  const guide = lint('絶対に失敗しないコスメ', { presets: ['seller_guide_unverified'] });
  const ban = guide.findings.find((f) => f.ruleId === 'UV-BANNED-WORDS');
  assert.ok(ban);
  assert.equal(guide.rules['UV-BANNED-WORDS'].status, 'unverified');
  const post = lint('ずっと使ってるクリーム #スキンケア', { channel: 'creator_post', sponsored: true });
  assert.ok(post.findings.some((f) => f.ruleId === 'SM-MISSING' && f.start === 0 && f.end === 0));
});

test('lintBatch lints every row and sums the counts', () => {
  const rows = ['業界最安値', '', 'シミが消える', '\uD83D'];
  const batch = lintBatch(rows, {});
  assert.equal(batch.results.length, 4);
  assert.equal(batch.summary.error, 2);
  assert.deepEqual(Object.keys(batch.rules).sort(), ['CS-SPOT', 'KH-CHEAP']);
  assert.equal(batch.results[0].rules, undefined);
});

test('house rules: NG words, allowed phrases and ignored findings', () => {
  const text = '業界最安値の神コスメ。';
  const result = lint(text, { dictionary: { ng: [{ pattern: '神コスメ', message: '社内NG' }, { pattern: '神', severity: 'info' }], allow: ['業界最安値'] } });
  const ids = result.findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)} ${f.severity}`);
  assert.deepEqual(ids, ['USER-NG-1 神コスメ error', 'USER-NG-2 神 info']);
  assert.equal(result.rules['USER-NG-1'].category, 'house');
  assert.equal(result.rules['USER-NG-1'].message.ja, '社内NG');
  assert.equal(result.rules['USER-NG-1'].citation, null);
  const ignored = lint('業界最安値', { ignore: [{ ruleId: 'KH-CHEAP', text: '業界最安値' }] });
  assert.equal(ignored.findings.length, 0);
  assert.throws(() => lint('x', { dictionary: { ng: [{ pattern: ' ' }] } }), (e) => e.code === 'empty_pattern' && e.field === 'dictionary.ng[0].pattern');
  assert.throws(() => lint('x', { dictionary: { allow: ['シミ', 'ｼﾐ'] } }), (e) => e.code === 'duplicate_pattern' && e.field === 'dictionary.allow[1]');
});

test('listRules and explainRule describe the catalog', () => {
  const rules = listRules();
  assert.ok(rules.length >= 60);
  const total = rules.reduce((n, r) => n + r.patternCount, 0);
  assert.ok(total >= 600, `${total} patterns`);
  const unverified = rules.filter((r) => r.tier === 'seller_guide_unverified');
  assert.ok(unverified.length >= 2 && unverified.every((r) => !r.enabled && r.status === 'unverified'));
  const cosmetics = listRules({ productClass: 'cosmetics' });
  assert.ok(cosmetics.find((r) => r.id === 'CS-RANGE').enabled);
  assert.ok(!rules.find((r) => r.id === 'CS-RANGE').enabled);
  const detail = explainRule('CS-SPOT');
  assert.equal(detail.id, 'CS-SPOT');
  assert.ok(detail.examples.ng.length >= 2 && detail.examples.ok.length >= 2);
  // Every NG example is flagged by its own rule through the public API.
  for (const ng of detail.examples.ng) assert.ok(lint(ng).findings.some((f) => f.ruleId === 'CS-SPOT'), ng);
});
