// `jpseller lint` from the packed tarball: a Shift_JIS RMS item CSV and plain text, every output
// format checked against the API's own lint()/lintBatch() results, and the exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lint, lintBatch, listRules } from 'jpseller';
import { BIN, jpseller, fixture } from './run.mjs';
import { copyCells, csvText } from './items.mjs';

const ITEMS = fixture('items.sjis.csv');
const scratch = mkdtempSync(join(tmpdir(), 'jpseller-cli-'));
const write = (name, text) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

/** A batch cell's result: lint()'s without the rule metadata, which the report carries once. */
const withoutRules = ({ rules, ...result }) => result;

test('the fixture really is Shift_JIS: not UTF-8, and decodes to the items data', () => {
  const bytes = readFileSync(ITEMS);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  assert.equal(new TextDecoder('shift_jis', { fatal: true }).decode(bytes), csvText());
});

test('lint --format json on the RMS CSV: each copy cell is exactly lint() of its text, exit 1', () => {
  const { status, stdout, stderr } = jpseller(['lint', ITEMS, '--format', 'json']);
  assert.equal(status, 1, stderr);
  const report = JSON.parse(stdout);
  const cells = copyCells();
  assert.equal(report.encoding, 'shift_jis');
  assert.deepEqual(
    report.cells.map(({ record, column, key }) => ({ record, column, key })),
    cells.map(({ record, column, key }) => ({ record, column, key })),
  );
  report.cells.forEach((cell, i) => {
    const { rules, ...result } = lint(cells[i].text);
    assert.deepEqual(cell.result, result, `${cell.key} ${cell.column}`);
    for (const id of Object.keys(rules)) assert.deepEqual(report.rules[id], rules[id], id);
  });
  assert.deepEqual(report.summary, lintBatch(cells.map((c) => c.text)).summary);
  assert.ok(report.summary.error > 0, 'the fixture has error-level copy');
});

test('lint options reach the API: --product-class, --channel, --rule, --strictness', () => {
  const args = ['--product-class', 'health_food', '--channel', 'rakuten_listing', '--strictness', 'strict', '--rule', 'KH-CHEAP=off'];
  const options = { productClass: 'health_food', channel: 'rakuten_listing', strictness: 'strict', rules: { 'KH-CHEAP': 'off' } };
  const report = JSON.parse(jpseller(['lint', ITEMS, '--format', 'json', ...args]).stdout);
  const cells = copyCells();
  report.cells.forEach((cell, i) => assert.deepEqual(cell.result, withoutRules(lint(cells[i].text, options))));
  assert.ok(!report.cells.some((c) => c.result.findings.some((f) => f.ruleId === 'KH-CHEAP')));
});

test('--columns picks columns by name or number; --id-column names rows', () => {
  const report = JSON.parse(jpseller(['lint', ITEMS, '--format', 'json', '--columns', '4,キャッチコピー', '--id-column', '商品番号']).stdout);
  assert.deepEqual([...new Set(report.cells.map((c) => c.column))], ['商品名', 'キャッチコピー']);
  assert.deepEqual([...new Set(report.cells.map((c) => c.key))], ['S-001', 'T-002', 'P-003']);
});

test('plain text, a file or stdin: --format json is lint() itself; clean copy exits 0', () => {
  const text = '顧客満足度Ｎｏ．１の美容液で\nシミが消える！';
  const file = write('copy.txt', text);
  const fromFile = jpseller(['lint', file, '--format', 'json', '--product-class', 'cosmetics']);
  assert.equal(fromFile.status, 1);
  assert.deepEqual(JSON.parse(fromFile.stdout), lint(text, { productClass: 'cosmetics' }));
  const fromStdin = jpseller(['lint', '-', '--format', 'json', '--product-class', 'cosmetics'], { input: text });
  assert.deepEqual(JSON.parse(fromStdin.stdout), lint(text, { productClass: 'cosmetics' }));
  const clean = jpseller(['lint', '-'], { input: 'ふんわり柔らかな今治タオル' });
  assert.deepEqual(lint('ふんわり柔らかな今治タオル').summary.error, 0);
  assert.equal(clean.status, 0, clean.stdout);
});

test('text output: the finding marked in its line, the message in --lang, no ANSI off a terminal', () => {
  const text = '業界最安値のタオル';
  const result = lint(text);
  const finding = result.findings.find((f) => f.ruleId === 'KH-CHEAP');
  const rule = result.rules['KH-CHEAP'];
  for (const lang of ['zh', 'ja', 'en']) {
    const { stdout } = jpseller(['lint', '-', '--lang', lang], { input: text });
    assert.ok(stdout.includes(`»${finding.text}«`), stdout);
    assert.ok(stdout.includes(rule.message[lang]));
    assert.ok(stdout.includes(rule.title[lang]));
    assert.ok(stdout.includes('stdin:1:1'));
  }
  assert.ok(!jpseller(['lint', '-'], { input: text }).stdout.includes('\x1b['));
});

/** A minimal RFC 4180 reader for the CLI's CSV output (quoted cells, "" escapes, CRLF). */
function readCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r') continue;
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  return rows;
}

test('--format csv: one row per finding, in the API order, with spans and the message', () => {
  const cells = copyCells();
  const expected = cells.flatMap((c) => {
    const result = lint(c.text);
    return result.findings.map((f) => ({ c, f, rule: result.rules[f.ruleId] }));
  });
  const { stdout } = jpseller(['lint', ITEMS, '--format', 'csv', '--lang', 'ja']);
  assert.ok(stdout.startsWith('\uFEFF'), 'a BOM, so Excel reads the Japanese as UTF-8');
  const [header, ...rows] = readCsv(stdout.slice(1));
  assert.deepEqual(header, ['file', 'line', 'column', 'field', 'key', 'ruleId', 'severity', 'start', 'end', 'text', 'message', 'suggestions']);
  assert.equal(rows.length, expected.length);
  rows.forEach((row, i) => {
    const { c, f, rule } = expected[i];
    const at = Object.fromEntries(header.map((h, j) => [h, row[j]]));
    assert.equal(at.field, c.column);
    assert.equal(at.key, c.key);
    assert.equal(at.ruleId, f.ruleId);
    assert.equal(at.severity, f.severity);
    assert.equal(Number(at.start), f.start);
    assert.equal(Number(at.end), f.end);
    assert.equal(at.text, f.text);
    assert.equal(at.message, rule.message.ja);
  });
});

test('--format sarif: SARIF 2.1.0, rule ids and levels from the API, regions that point at the finding in the file', () => {
  const { status, stdout } = jpseller(['lint', ITEMS, '--format', 'sarif']);
  assert.equal(status, 1);
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'jpseller');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const cells = copyCells();
  const findings = cells.flatMap((c) => lint(c.text).findings);
  assert.equal(run.results.length, findings.length);
  const infos = new Map(listRules().map((r) => [r.id, r]));
  const level = { error: 'error', warning: 'warning', info: 'note' };
  const fileLines = csvText().split(/\r\n|\n/); // the description cell has a bare LF inside
  run.results.forEach((result, i) => {
    const f = findings[i];
    assert.equal(result.ruleId, f.ruleId);
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, f.ruleId);
    assert.equal(result.level, level[f.severity]);
    assert.equal(run.tool.driver.rules[result.ruleIndex].defaultConfiguration.level, level[infos.get(f.ruleId).defaultSeverity]);
    const region = result.locations[0].physicalLocation.region;
    if (f.start === 0 && f.end === 0) return;
    // The region's columns index the decoded file line itself: the finding's text is there.
    assert.equal(region.startLine, region.endLine, 'fixture findings sit on one line');
    assert.equal(fileLines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), f.text);
    assert.equal(region.snippet.text, f.text);
  });
  // The description cell spans two lines and has doubled quotes before its findings: both mapped.
  const onSecondLine = run.results.find((r) => r.locations[0].physicalLocation.region.startLine === 3);
  assert.ok(onSecondLine, 'a finding on the second line of a multi-line cell');
});

test('usage and input errors exit 2 with the API code; --help for every command exits 0', () => {
  const missing = jpseller(['lint', join(scratch, 'nope.txt')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^error \[unreadable_file\] file: /);
  const badClass = jpseller(['lint', '-', '--product-class', 'spaceship'], { input: 'x' });
  assert.equal(badClass.status, 2);
  let apiError;
  try {
    lint('x', { productClass: 'spaceship' });
  } catch (error) {
    apiError = error;
  }
  assert.equal(badClass.stderr, `error [${apiError.code}] ${apiError.message}\n`);
  const unknownFlag = jpseller(['lint', '-', '--colour'], { input: 'x' });
  assert.equal(unknownFlag.status, 2);
  assert.match(unknownFlag.stderr, /Usage: jpseller lint/);
  const noColumn = jpseller(['lint', write('plain.csv', 'a,b\n1,2\n')]);
  assert.equal(noColumn.status, 2);
  assert.match(noColumn.stderr, /--columns/);
  const unclosed = jpseller(['lint', write('bad.csv', '商品名\n"open\n')]);
  assert.equal(unclosed.status, 2);
  assert.match(unclosed.stderr, /^error \[invalid_csv\] file: line 2/);
  for (const command of ['lint', 'fees', 'compare', 'tax', 'rules', 'explain', 'mcp']) {
    const help = jpseller([command, '--help']);
    assert.equal(help.status, 0, command);
    assert.match(help.stdout, new RegExp(`^Usage: jpseller ${command}`), command);
  }
  assert.equal(jpseller(['--help']).status, 0);
  assert.equal(jpseller(['frobnicate']).status, 2);
});

test('--progress reports on stderr and leaves stdout alone', () => {
  const cells = Array.from({ length: 1200 }, (_, i) => `"商品${i}業界最安値"`).join('\n');
  const file = write('many.csv', `商品名\n${cells}\n`);
  const { stdout, stderr } = jpseller(['lint', file, '--format', 'json', '--progress']);
  assert.deepEqual(stderr.trim().split('\n'), ['lint: 500/1200 cells', 'lint: 1000/1200 cells', 'lint: 1200/1200 cells']);
  assert.equal(JSON.parse(stdout).cells.length, 1200);
  assert.equal(jpseller(['lint', file, '--format', 'json']).stderr, '');
});

test('UTF-8 with BOM and TSV are read too', () => {
  const tsv = write('items.tsv', '\uFEFF商品名\tキャッチコピー\n業界最安値\t飲むだけで痩せる\n');
  const report = JSON.parse(jpseller(['lint', tsv, '--format', 'json']).stdout);
  assert.equal(report.encoding, 'utf-8');
  assert.deepEqual(report.cells.map((c) => c.result), [withoutRules(lint('業界最安値')), withoutRules(lint('飲むだけで痩せる'))]);
});

test('on a terminal (a pty from util-linux script) the finding is highlighted in ANSI reverse video', () => {
  const file = write('cheap.txt', '業界最安値のタオル');
  const tty = spawnSync('script', ['-qec', `'${BIN}' lint '${file}' --lang en`, '/dev/null'], { encoding: 'utf8' });
  assert.equal(tty.status, 1, tty.stderr);
  assert.ok(tty.stdout.includes('\x1b[7m業界最安値\x1b[27m'), tty.stdout);
  assert.ok(!tty.stdout.includes('»'));
});

test('--dictionary: house NG words and ignores from the page\'s JSON export reach lint()', () => {
  const text = 'ふわふわの今治タオル、業界最安値';
  const house = { ng: [{ pattern: 'ふわふわ', message: '社内NG', severity: 'warning' }], allow: [], ignore: [{ ruleId: 'KH-CHEAP', text: '最安値' }] };
  const dictionary = write('house.json', JSON.stringify(house));
  const run = jpseller(['lint', '-', '--dictionary', dictionary, '--format', 'json'], { input: text });
  const expected = lint(text, { dictionary: { ng: house.ng, allow: [] }, ignore: house.ignore });
  assert.deepEqual(JSON.parse(run.stdout), expected);
  assert.ok(expected.findings.some((f) => f.ruleId === 'USER-NG-1' && f.text === 'ふわふわ'));
  assert.equal(run.status, expected.summary.error > 0 ? 1 : 0);
});
