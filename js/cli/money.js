// `jpseller fees`, `compare` and `tax`: the fee engine and JCT from the command line. Amounts are
// typed as people type them (3,980 or ¥3,980) and read with the API's normalizeNumber.
import { compareMarketplaces, estimateBatch, estimateMonth, priceWithTax } from '../node.js';
import { UsageError, defined, jsonFile, number, oneOf, parse } from './args.js';
import { ENCODINGS, decode, readBytes } from './input.js';
import { toCsv } from '../widgets/csv.js';
import { progress } from './progress.js';

const PLATFORMS = ['rakuten', 'tiktok', 'amazon', 'yahoo', 'qoo10'];
const common = {
  'as-of': { type: 'string' },
  'not-registered': { type: 'boolean' },
  options: { type: 'string' },
  format: { type: 'string', default: 'text' },
};

export const feesHelp = `Usage: jpseller fees <orders.csv|-> --platform <p> [options]

Per-order estimates (estimateBatch) and the month's P&L (estimateMonth) for a CSV of orders, UTF-8
or Shift_JIS. Header: price (required), quantity, taxRate, shippingCharged, discount,
device (pc|mobile), affiliate (true|false), cogsPerUnit — one order per line, no quoting.

Options:
  --platform <p>        rakuten | tiktok | amazon | yahoo | qoo10 (required)
  --plan <plan>         e.g. rakuten ganbare | standard | mega (default: the platform's default)
  --as-of <YYYY-MM-DD>  fee schedule date (default today; give it for reproducible output)
  --category <id>       Amazon / Qoo10 category id (see feeSchedules)
  --cogs <yen>          goods cost per unit when the CSV has no cogsPerUnit column
  --ad-spend <yen>      the month's ad spend, tax-exclusive (month P&L only)
  --not-registered      not registered for JCT (default: registered)
  --options <file.json> { "order": {…estimateOrder fields}, "month": {…estimateMonth fields} }
  --encoding <e>        auto (default) | utf-8 | shift_jis
  --format <f>          text (default) | json | csv (the per-order rows)
  --lang <l>            zh (default) | ja | en
  --progress            report progress on stderr
  -h, --help            this help

Exit status: 0; 2 on a usage or input error, a bad row included (printed with the API's code).`;

export const compareHelp = `Usage: jpseller compare --price <yen> [options]

Ranks marketplaces by profit for one product (compareMarketplaces).

Options:
  --price <yen>         unit price, tax-inclusive (required; 3980, 3,980 and ¥3,980 all work)
  --quantity <n>        default 1
  --tax-rate <r>        10 (default) | 8
  --shipping <yen>      shipping charged to the customer, tax-inclusive
  --cogs <yen>          goods cost per unit
  --ad-spend <yen>      ad spend for the order, tax-exclusive
  --platforms <list>    comma-separated, default all: ${PLATFORMS.join(',')}
  --plan <p=plan>       plan per platform, e.g. rakuten=ganbare (repeatable)
  --amazon-category <id>, --qoo10-category <id>   needed to rank Amazon and Qoo10
  --orders-per-month <n> share monthly fixed fees over this many orders
  --as-of <YYYY-MM-DD>  fee schedule date (default today)
  --not-registered      not registered for JCT
  --options <file.json> more compareMarketplaces fields (the flags win)
  --format <f>          text (default) | json
  --lang <l>            zh (default) | ja | en
  -h, --help            this help`;

export const taxHelp = `Usage: jpseller tax --price <yen> --rate <10|8> [options]

Consumption tax (JCT) on one price (priceWithTax).

Options:
  --price <yen>         the price (required)
  --rate <r>            10 | 8 (required)
  --includes-tax        the price already includes tax (税込)
  --rounding <r>        floor (default) | half_up | ceil | half_even
  --format <f>          text (default) | json
  --lang <l>            zh (default) | ja | en
  -h, --help            this help`;

/** Thousands-grouped yen for people; the JSON keeps the API's plain strings. */
export function yen(text) {
  if (text === undefined || text === null || text === '') return '';
  const negative = String(text).startsWith('-');
  const digits = String(text).replace(/^-/, '');
  return `${negative ? '-' : ''}¥${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

const LABELS = {
  revenue: { zh: '销售额', ja: '売上', en: 'Revenue' },
  fees: { zh: '平台费用', ja: '手数料', en: 'Fees' },
  payout: { zh: '入账', ja: '入金', en: 'Payout' },
  costs: { zh: '成本', ja: 'コスト', en: 'Costs' },
  tax: { zh: '应缴消费税', ja: '納付消費税', en: 'JCT due' },
  profit: { zh: '利润', ja: '利益', en: 'Profit' },
  margin: { zh: '利润率', ja: '利益率', en: 'Margin' },
  feeRate: { zh: '费用率', ja: '手数料率', en: 'Fee rate' },
  orders: { zh: '订单', ja: '注文', en: 'orders' },
  row: { zh: '行', ja: '行', en: 'line' },
  unverified: { zh: '* 含未核实的预设费率（请用 overrides 替换）', ja: '* 未確認のプリセット料率を含みます（overrides で置き換えてください）', en: '* uses unverified preset rates (replace them with overrides)' },
  skipped: { zh: '未比较', ja: '比較対象外', en: 'Not compared' },
};
const label = (lang, key) => LABELS[key][lang];

/** The platform options shared by the order template and the month: Amazon / Qoo10 category. */
function categoryOptions(platform, category) {
  if (category === undefined) return {};
  if (platform !== 'amazon' && platform !== 'qoo10') throw new UsageError('--category applies to amazon and qoo10');
  return { [platform]: { category } };
}

export function fees(argv, io) {
  const { values, positionals } = parse(
    argv,
    { ...common, platform: { type: 'string' }, plan: { type: 'string' }, category: { type: 'string' }, cogs: { type: 'string' }, 'ad-spend': { type: 'string' }, encoding: { type: 'string', default: 'auto' }, progress: { type: 'boolean' } },
    { positionals: 1 },
  );
  if (values.help) return io.out(feesHelp + '\n'), 0;
  if (positionals[0] === undefined) throw new UsageError('give an orders CSV file, or - for standard input');
  if (values.platform === undefined) throw new UsageError(`--platform is required: ${PLATFORMS.join(' | ')}`);
  const platform = oneOf(values, 'platform', PLATFORMS);
  const format = oneOf(values, 'format', ['text', 'json', 'csv']);
  const extra = jsonFile(values, 'options') ?? {};
  const cogs = number(values, 'cogs');
  const shared = defined({
    platform,
    plan: values.plan,
    asOf: values['as-of'],
    jctRegistered: values['not-registered'] ? false : undefined,
    ...categoryOptions(platform, values.category),
  });
  const { text: ordersCsv } = decode(readBytes(positionals[0]), oneOf(values, 'encoding', ENCODINGS));
  const count = ordersCsv.split('\n').filter((l) => l.trim() !== '').length - 1;
  const show = progress(io, values.progress, count > 10_000);
  show(`fees: estimating ${Math.max(count, 0)} orders one by one`);
  const rows = estimateBatch({ order: { ...shared, ...(cogs ? { costs: { cogsPerUnit: cogs } } : {}), ...(extra.order ?? {}) }, ordersCsv });
  show(`fees: the month's P&L`);
  let month;
  let monthError;
  try {
    month = estimateMonth({ ...shared, ...defined({ adSpend: number(values, 'ad-spend') }), ...(cogs ? { costs: { cogsPerUnit: cogs } } : {}), ...(extra.month ?? {}), ordersCsv });
  } catch (error) {
    if (rows.totals.failed === 0) throw error;
    monthError = error; // a bad row: reported in place below, then exit 2
  }
  show.done();

  if (format === 'json') io.out(JSON.stringify({ rows, month: month ?? null }, null, 2) + '\n');
  else if (format === 'csv') io.out(rowsCsv(rows));
  else io.out(feesText(rows, month, values.lang));
  if (monthError) throw monthError;
  return 0;
}

function rowsCsv(rows) {
  return toCsv(
    ['index', 'line', 'revenue', 'fees', 'payout', 'profit', 'margin', 'unverified', 'errorCode', 'errorField', 'errorMessage'],
    rows.rows.map((r) => [r.index, r.error?.line ?? '', r.revenue, r.fees, r.payout, r.profit, r.margin, r.unverified, r.error?.code, r.error?.field, r.error?.message]),
  );
}

function table(header, body) {
  const width = (s) => [...String(s)].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => width(row[i] ?? ''))));
  const pad = (s, i) => (i === 0 ? String(s) + ' '.repeat(widths[i] - width(s)) : ' '.repeat(widths[i] - width(s)) + String(s));
  return [header, ...body].map((row) => row.map((cell, i) => pad(cell ?? '', i)).join('  ').trimEnd()).join('\n');
}

function feesText(rows, month, lang) {
  const out = [];
  const body = rows.rows.map((r) =>
    r.error
      ? [`#${r.index + 1}`, `error [${r.error.code}] ${r.error.field ? r.error.field + ': ' : ''}${r.error.message}${r.error.line ? ` (${label(lang, 'row')} ${r.error.line})` : ''}`]
      : [`#${r.index + 1}${r.unverified ? '*' : ''}`, yen(r.revenue), yen(r.fees), yen(r.payout), yen(r.profit), r.margin === '' ? '' : `${r.margin}%`],
  );
  out.push(table(['', label(lang, 'revenue'), label(lang, 'fees'), label(lang, 'payout'), label(lang, 'profit'), label(lang, 'margin')], body));
  const t = rows.totals;
  out.push(`Σ ${t.ok} ${label(lang, 'orders')}: ${label(lang, 'revenue')} ${yen(t.revenue)}, ${label(lang, 'fees')} ${yen(t.fees)}, ${label(lang, 'payout')} ${yen(t.payout)}, ${label(lang, 'profit')} ${yen(t.profit)}${t.failed ? ` — ${t.failed} failed` : ''}`);
  if (month) {
    out.push('', `${month.platform} / ${month.plan} / ${month.asOf} — ${month.orders} ${label(lang, 'orders')}`);
    const lines = [[label(lang, 'revenue'), yen(month.revenue.total)]];
    for (const line of month.lines) lines.push([`  ${line.label[lang]}${line.unverified ? '*' : ''}`, yen(line.gross)]);
    lines.push([label(lang, 'fees'), yen(month.fees.gross)], [label(lang, 'payout'), yen(month.payout)]);
    for (const line of month.costs) lines.push([`  ${line.label[lang]}`, yen(line.gross)]);
    lines.push([label(lang, 'tax'), yen(month.sellerTax.due)], [label(lang, 'profit'), yen(month.profit)], [label(lang, 'margin'), `${month.margin}%`], [label(lang, 'feeRate'), `${month.feeRate}%`]);
    out.push(table(['', ''], lines).replace(/^\s*\n/, ''));
    if (month.unverified || rows.rows.some((r) => r.unverified)) out.push(label(lang, 'unverified'));
  }
  return out.join('\n') + '\n';
}

export function compare(argv, io) {
  const { values } = parse(argv, {
    ...common,
    price: { type: 'string' },
    quantity: { type: 'string' },
    'tax-rate': { type: 'string' },
    shipping: { type: 'string' },
    cogs: { type: 'string' },
    'ad-spend': { type: 'string' },
    platforms: { type: 'string' },
    plan: { type: 'string', multiple: true },
    'amazon-category': { type: 'string' },
    'qoo10-category': { type: 'string' },
    'orders-per-month': { type: 'string' },
  });
  if (values.help) return io.out(compareHelp + '\n'), 0;
  if (values.price === undefined) throw new UsageError('--price is required');
  const format = oneOf(values, 'format', ['text', 'json']);
  const extra = jsonFile(values, 'options') ?? {};
  const plans = { ...(extra.plans ?? {}) };
  for (const spec of values.plan ?? []) {
    const [platform, plan] = spec.split('=');
    if (!PLATFORMS.includes(platform) || !plan) throw new UsageError(`--plan ${spec}: expected platform=plan, platform one of ${PLATFORMS.join(', ')}`);
    plans[platform] = plan;
  }
  const cogs = number(values, 'cogs');
  const input = defined({
    ...extra,
    price: number(values, 'price'),
    quantity: number(values, 'quantity') ?? extra.quantity,
    taxRate: values['tax-rate'] ?? extra.taxRate,
    shippingCharged: number(values, 'shipping') ?? extra.shippingCharged,
    costs: cogs ? { ...(extra.costs ?? {}), cogsPerUnit: cogs } : extra.costs,
    adSpend: number(values, 'ad-spend') ?? extra.adSpend,
    asOf: values['as-of'] ?? extra.asOf,
    jctRegistered: values['not-registered'] ? false : extra.jctRegistered,
    ordersPerMonth: number(values, 'orders-per-month') ?? extra.ordersPerMonth,
    platforms: values.platforms ? values.platforms.split(',').map((p) => p.trim()) : extra.platforms,
    plans: Object.keys(plans).length > 0 ? plans : undefined,
    amazon: values['amazon-category'] ? { ...(extra.amazon ?? {}), category: values['amazon-category'] } : extra.amazon,
    qoo10: values['qoo10-category'] ? { ...(extra.qoo10 ?? {}), category: values['qoo10-category'] } : extra.qoo10,
  });
  const result = compareMarketplaces(input);
  if (format === 'json') {
    io.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const lang = values.lang;
  const body = result.ranking.map((r) => [`${r.rank}. ${r.platform} (${r.plan})${r.unverified ? '*' : ''}`, yen(r.fees), yen(r.payout), yen(r.profit), r.margin === '' ? '' : `${r.margin}%`]);
  const out = [table(['', label(lang, 'fees'), label(lang, 'payout'), label(lang, 'profit'), label(lang, 'margin')], body)];
  if (result.skipped.length > 0) out.push('', `${label(lang, 'skipped')}:`, ...result.skipped.map((s) => `  ${s.platform}: [${s.code}] ${s.field ? s.field + ': ' : ''}${s.reason}`));
  if (result.ranking.some((r) => r.unverified)) out.push(label(lang, 'unverified'));
  io.out(out.join('\n') + '\n');
  return 0;
}

export function tax(argv, io) {
  const { values } = parse(argv, { price: { type: 'string' }, rate: { type: 'string' }, 'includes-tax': { type: 'boolean' }, rounding: { type: 'string' }, format: { type: 'string', default: 'text' } });
  if (values.help) return io.out(taxHelp + '\n'), 0;
  if (values.price === undefined || values.rate === undefined) throw new UsageError('--price and --rate are required');
  const format = oneOf(values, 'format', ['text', 'json']);
  const result = priceWithTax(defined({ price: number(values, 'price'), rate: number(values, 'rate'), includesTax: values['includes-tax'] || undefined, rounding: values.rounding }));
  if (format === 'json') {
    io.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const words = { zh: ['税前', '消费税', '含税'], ja: ['税抜', '消費税', '税込'], en: ['excl. tax', 'tax', 'incl. tax'] }[values.lang];
  const p = result.provenance;
  io.out(`${table(['', ''], [[words[0], yen(result.excl)], [`${words[1]} ${result.rate}% (${result.rounding})`, yen(result.tax)], [words[2], yen(result.incl)]])}\n${p.source} (${p.effectiveFrom}, ${p.status})\n`);
  return 0;
}

