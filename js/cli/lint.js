// `jpseller lint <file|->`: plain text or a CSV/TSV of listings (Rakuten RMS item CSV by default
// columns), linted with lint()/lintBatch() and reported as text, JSON, CSV or SARIF 2.1.0.
import { basename, extname } from 'node:path';
import { lintBatch, listRules, version } from '../node.js';
import { UsageError, defined, jsonFile, oneOf, parse } from './args.js';
import { ENCODINGS, decode, detectDelimiter, locator, parseDelimited, readBytes } from './input.js';
import { progress } from './progress.js';
import { paint, say } from './output.js';
import { toCsv } from '../widgets/csv.js';
import { sarifLog } from './sarif.js';

export const help = `Usage: jpseller lint <file|-> [options]

Lints Japanese listing copy (景品表示法, ステマ規制, 薬機法, 健康増進法, platform rules).
<file> is plain text, or a CSV/TSV of listings (.csv/.tsv, or --input-format): a Rakuten RMS item
CSV is read in Shift_JIS or UTF-8 (detected) and its copy columns (商品名, キャッチコピー or
PC用/モバイル用キャッチコピー, PC用商品説明文, スマートフォン用商品説明文, PC用販売説明文) are linted
unless --columns says otherwise.
"-" reads standard input.

Options (as lint() takes them):
  --product-class <c>   cosmetics | quasi_drug | health_food | functional_food | goods |
                        beauty_device | food | apparel | electrical
  --channel <c>         rakuten_listing | tiktok_listing | tiktok_script | creator_post |
                        rakuten_room | amazon_title | customer_reply
  --sponsored           the post is sponsored or gifted   (--not-sponsored: it is not)
  --made-overseas       the goods are made outside Japan
  --strictness <s>      recommended (default) | strict | all
  --rule <ID=level>     per-rule override, level off|info|warning|error (repeatable)
  --preset <p>          opt-in rule set: seller_guide_unverified (repeatable)
  --dictionary <file.json> house rules: { "ng": [{ "pattern", "message?", "severity?" }], "allow": [...] }
                        and optionally "ignore": [{ "ruleId", "text" }]
  --options <file.json> a LintOptions object (any field lint() accepts); the flags above win
Input:
  --input-format <f>    text | csv | tsv (default: from the extension, else text)
  --columns <list>      columns to lint, by header name or 1-based number, comma-separated
  --id-column <name>    column naming each row in reports (default 商品管理番号（商品URL） or 商品番号)
  --encoding <e>        auto (default) | utf-8 | shift_jis
Output:
  --format <f>          text (default) | json | csv | sarif
  --lang <l>            zh (default) | ja | en — language of titles and messages
  --progress            report progress on stderr (default: only when stderr is a terminal)
  -h, --help            this help

Exit status: 1 when an error-level finding exists, 0 otherwise, 2 on a usage or input error
(printed as "error [code] field: message", the API's codes).`;

/** The flags that become lint() options (lintOptions), shared with `jpseller rules`. */
export const lintFlags = {
  'product-class': { type: 'string' },
  channel: { type: 'string' },
  sponsored: { type: 'boolean' },
  'not-sponsored': { type: 'boolean' },
  'made-overseas': { type: 'boolean' },
  strictness: { type: 'string' },
  rule: { type: 'string', multiple: true },
  preset: { type: 'string', multiple: true },
  options: { type: 'string' },
  dictionary: { type: 'string' },
};

const options = {
  ...lintFlags,
  'input-format': { type: 'string' },
  columns: { type: 'string' },
  'id-column': { type: 'string' },
  encoding: { type: 'string', default: 'auto' },
  format: { type: 'string', default: 'text' },
  progress: { type: 'boolean' },
};

/** The RMS item CSV's copy columns, linted by default, and the columns that name a row. */
// The older RMS layout has PC用/モバイル用キャッチコピー instead of キャッチコピー.
const RMS_COPY_COLUMNS = ['商品名', 'キャッチコピー', 'PC用キャッチコピー', 'モバイル用キャッチコピー', 'PC用商品説明文', 'スマートフォン用商品説明文', 'PC用販売説明文'];
const RMS_ID_COLUMNS = ['商品管理番号（商品URL）', '商品管理番号', '商品番号'];
const LEVELS = ['off', 'info', 'warning', 'error'];
/** Cells per lintBatch call: small enough for a progress step, large enough to be cheap. */
const CHUNK = 500;

/** LintOptions from --options and the flags (flags win); the API validates the values. */
export function lintOptions(values) {
  if (values.sponsored && values['not-sponsored']) throw new UsageError('--sponsored and --not-sponsored exclude each other');
  const fromFile = jsonFile(values, 'options') ?? {};
  // A dictionary file may carry the ignore list beside ng/allow, as the page exports it.
  const house = jsonFile(values, 'dictionary');
  const { ignore, ...dictionary } = house ?? {};
  const rules = { ...(fromFile.rules ?? {}) };
  for (const spec of values.rule ?? []) {
    const [id, level, extra] = spec.split('=');
    if (!id || extra !== undefined || !LEVELS.includes(level)) throw new UsageError(`--rule ${spec}: expected ID=${LEVELS.join('|')}`);
    rules[id] = level;
  }
  return defined({
    ...fromFile,
    productClass: values['product-class'] ?? fromFile.productClass,
    channel: values.channel ?? fromFile.channel,
    sponsored: values.sponsored ? true : values['not-sponsored'] ? false : fromFile.sponsored,
    madeOverseas: values['made-overseas'] || fromFile.madeOverseas,
    strictness: values.strictness ?? fromFile.strictness,
    rules: Object.keys(rules).length > 0 ? rules : undefined,
    presets: values.preset ?? fromFile.presets,
    dictionary: house ? dictionary : fromFile.dictionary,
    ignore: ignore ?? fromFile.ignore,
  });
}

export function run(argv, io) {
  const { values, positionals } = parse(argv, options, { positionals: 1 });
  if (values.help) return io.out(help + '\n'), 0;
  const file = positionals[0];
  if (file === undefined) throw new UsageError('give a file to lint, or - for standard input');
  const format = oneOf(values, 'format', ['text', 'json', 'csv', 'sarif']);
  const encoding = oneOf(values, 'encoding', ENCODINGS);
  const byExtension = { '.csv': 'csv', '.tsv': 'tsv' }[extname(file).toLowerCase()];
  const inputFormat = oneOf(values, 'input-format', ['text', 'csv', 'tsv']) ?? byExtension ?? (values.columns ? 'csv' : 'text');
  const lintOpts = lintOptions(values);
  const { text, encoding: detected } = decode(readBytes(file), encoding);
  const source = { uri: file === '-' ? 'stdin' : encodeURI(file.replaceAll('\\', '/')), name: file === '-' ? 'stdin' : basename(file), encoding: detected, text };

  const units = inputFormat === 'text' ? [{ text, start: 0, escapes: [] }] : cellUnits(text, inputFormat, values);
  const show = progress(io, values.progress, units.length > CHUNK);
  const results = [];
  // Rule metadata (title, message, citation, suggestions) comes once per batch, keyed by rule id.
  const rules = {};
  for (let i = 0; i < units.length; i += CHUNK) {
    const batch = lintBatch(units.slice(i, i + CHUNK).map((u) => u.text), lintOpts);
    results.push(...batch.results);
    Object.assign(rules, batch.rules);
    show(`lint: ${Math.min(i + CHUNK, units.length)}/${units.length} ${inputFormat === 'text' ? 'text' : 'cells'}`);
  }
  show.done();
  const summary = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const key of Object.keys(summary)) summary[key] += r.summary[key];
  const report = { source, inputFormat, units, results, rules, summary, lang: values.lang, options: lintOpts };

  if (format === 'json') io.out(JSON.stringify(jsonReport(report), null, 2) + '\n');
  else if (format === 'csv') io.out(csvReport(report));
  else if (format === 'sarif') io.out(JSON.stringify(sarifLog(report, listRules(lintOpts), version()), null, 2) + '\n');
  else io.out(textReport(report, io.color));
  return summary.error > 0 ? 1 : 0;
}

/** The cells to lint of a delimited file, each with its record line, column name and row key. */
function cellUnits(text, inputFormat, values) {
  const delimiter = inputFormat === 'tsv' ? '\t' : detectDelimiter(text);
  const [header, ...records] = parseDelimited(text, delimiter);
  if (header === undefined) return [];
  const names = header.cells.map((c) => c.value.trim());
  const pick = (spec) => {
    const index = /^\d+$/.test(spec) ? Number(spec) - 1 : names.indexOf(spec);
    if (index < 0 || index >= names.length) throw new UsageError(`--columns: no column ${JSON.stringify(spec)}; the header has: ${names.join(', ')}`);
    return index;
  };
  const columns = values.columns
    ? values.columns.split(',').map((s) => pick(s.trim()))
    : RMS_COPY_COLUMNS.map((name) => names.indexOf(name)).filter((i) => i >= 0);
  if (columns.length === 0) throw new UsageError(`no RMS copy column (${RMS_COPY_COLUMNS.join(', ')}) in the header: name the columns to lint with --columns; the header has: ${names.join(', ')}`);
  const idColumn = values['id-column'] !== undefined ? pick(values['id-column']) : names.findIndex((n) => RMS_ID_COLUMNS.includes(n));
  const units = [];
  records.forEach((record, r) => {
    const key = idColumn >= 0 ? (record.cells[idColumn]?.value ?? '') : '';
    for (const column of columns) {
      const cell = record.cells[column];
      if (cell === undefined || cell.value.trim() === '') continue;
      units.push({ text: cell.value, start: cell.start, escapes: cell.escapes, line: record.line, record: r + 1, column: names[column], key });
    }
  });
  return units;
}

/** Plain text: exactly lint()'s result. A CSV: one entry per linted cell with lint()'s result. */
function jsonReport({ inputFormat, source, units, results, rules, summary }) {
  if (inputFormat === 'text') return { ...results[0], rules };
  return {
    file: source.uri,
    encoding: source.encoding,
    cells: units.map((u, i) => ({ line: u.line, record: u.record, column: u.column, key: u.key, result: results[i] })),
    summary,
    rules,
  };
}

function csvReport(report) {
  const where = locator(report.source.text);
  const rows = [];
  report.units.forEach((unit, i) => {
    for (const f of report.results[i].findings) {
      const loc = where(unit, f);
      const rule = report.rules[f.ruleId];
      rows.push([report.source.uri, loc.startLine, loc.wholeText ? '' : loc.startColumn, unit.column ?? '', unit.key ?? '', f.ruleId, f.severity, f.start, f.end, f.text, rule.message[report.lang], rule.suggestions.join(' / ')]);
    }
  });
  return toCsv(['file', 'line', 'column', 'field', 'key', 'ruleId', 'severity', 'start', 'end', 'text', 'message', 'suggestions'], rows);
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'cyan' };

function textReport(report, color) {
  const { source, units, results, rules, lang, summary } = report;
  const where = locator(report.source.text);
  const lines = [];
  units.forEach((unit, i) => {
    for (const f of results[i].findings) {
      const loc = where(unit, f);
      const rule = rules[f.ruleId];
      const place = `${source.name}:${loc.startLine}${loc.wholeText ? '' : `:${loc.startColumn}`}`;
      const cell = unit.column ? `  ${unit.column}${unit.key ? ` [${unit.key}]` : ''}` : '';
      lines.push(`${paint(color, 'bold', place)}${cell}  ${paint(color, SEVERITY_COLOR[f.severity], say(lang, f.severity))}  ${f.ruleId}  ${rule.title[lang]}`);
      lines.push(`  ${loc.wholeText ? paint(color, 'dim', say(lang, 'wholeText')) : excerpt(unit.text, f, color)}`);
      lines.push(`  ${rule.message[lang]}`);
      if (rule.suggestions.length > 0) lines.push(`  → ${rule.suggestions.join(' / ')}`);
      lines.push(`  ${paint(color, 'dim', [rule.citation?.law, rule.citation?.article].filter(Boolean).join(' ') + (!rule.status || rule.status === 'confirmed' ? '' : ` (${rule.status})`))}`);
      lines.push('');
    }
  });
  lines.push(say(lang, 'summary', summary));
  return lines.join('\n') + '\n';
}

/** The finding's line of the linted text, the finding marked (colour on a terminal, » « otherwise). */
function excerpt(text, finding, color) {
  const lineStart = Math.max(text.lastIndexOf('\n', finding.start - 1) + 1, 0);
  const nextBreak = text.indexOf('\n', finding.end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const clip = (s, keepEnd) => (s.length <= 40 ? s : keepEnd ? '…' + s.slice(-40) : s.slice(0, 40) + '…');
  const before = clip(text.slice(lineStart, finding.start).replace(/\r/g, ''), true);
  const after = clip(text.slice(finding.end, lineEnd).replace(/\r/g, ''), false);
  const marked = color ? paint(color, 'highlight', finding.text) : `»${finding.text}«`;
  return `${before}${marked}${after}`;
}
