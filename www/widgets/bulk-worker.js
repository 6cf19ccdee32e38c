// Bulk worker: decodes and parses a CSV, then lints and fees every row in chunks, posting progress.
// The page cancels by terminating the worker, so a long file never blocks the UI.
import { loadJpseller } from './wasm.js';
import { csvRecords, decodeCsvBytes } from './csv.js';
import { normalizeNumber } from './numbers.js';

const CHUNK = 1000;
const TEXT_COLUMN = /商品名|キャッチコピー|説明|タイトル|本文|title|description|copy|text|name/i;
// In preference order: an RMS file also has 表示価格 and オープン価格 columns, which are not the price sold at.
const PRICE_COLUMNS = [/販売価格/, /売価/, /price/i, /^(?!.*(オープン|表示)).*価格/];
const COST_COLUMN = /原価|仕入|cogs|cost/i;
const QUANTITY_COLUMN = /数量|個数|quantity|qty/i;
/** The item id the seller maps results back with (RMS: 商品管理番号（商品URL）). */
const ID_COLUMN = /商品管理番号|商品番号|sku|item.?id|^id$/i;

/** A product class column (RMS exports and sellers' own sheets name it in several ways). */
const CLASS_COLUMN = /商品区分|商品類別|商品类别|商品分类|product.?class|カテゴリ|category|类目/i;
/** What a class cell may say, per lint product class: the id itself or words a seller uses (also inside an RMS category path). */
const CLASS_WORDS = [
  ['health_food', /health_food|健康食品|サプリ|保健食品|营养品|supplement/i],
  ['cosmetics', /cosmetics|化粧品|コスメ|スキンケア|化妆品|护肤|美妆|cosmetic|skincare/i],
  ['food', /^food$|食品|フード|食料|饮料|飲料|food/i],
  ['apparel', /apparel|衣料|アパレル|ファッション|服装|服饰|衣服|clothing|fashion/i],
  ['electrical', /electrical|家電|電気|電化|电器|家电|electronics|appliance/i],
  ['goods', /goods|雑貨|杂货|日用品|general/i],
];

/** The row's product class: from its class cell when that names one, else the form's (`from` says which). */
function classOf(cell, fallback) {
  const text = String(cell ?? '').trim();
  if (!text) return { productClass: fallback, from: 'form' };
  const found = CLASS_WORDS.find(([, re]) => re.test(text));
  return found ? { productClass: found[0], from: 'column' } : { productClass: fallback, from: 'unknown', value: text.slice(0, 60) };
}

/** Which columns hold the copy to check and the price to fee. */
function detectColumns(header) {
  const productClass = header.find((h) => CLASS_COLUMN.test(h)) ?? null;
  return {
    productClass,
    text: header.filter((h) => h !== productClass && TEXT_COLUMN.test(h)),
    price: PRICE_COLUMNS.map((re) => header.find((h) => re.test(h))).find(Boolean) ?? null,
    cost: header.find((h) => COST_COLUMN.test(h)) ?? null,
    quantity: header.find((h) => QUANTITY_COLUMN.test(h)) ?? null,
    id: header.find((h) => ID_COLUMN.test(h)) ?? null,
  };
}

const digits = (value) => normalizeNumber(value ?? '');

/**
 * Cost of goods at `rate` percent (up to two decimals) of a whole-yen price, rounded down to the
 * yen, in integers; null when either is not a plain number (the fee engine then reports the price).
 */
function costAt(price, rate) {
  const p = /^\d+$/.exec(price);
  const r = /^(\d+)(?:\.(\d{1,2}))?$/.exec(rate);
  if (!p || !r) return null;
  const hundredths = BigInt(r[1]) * 100n + BigInt((r[2] ?? '').padEnd(2, '0'));
  return String((BigInt(price) * hundredths) / 10000n);
}

/** lintBatch over rows of several product classes: `{ results, rules }` in row order. */
function lintByClass(api, texts, classes, options) {
  const results = new Array(texts.length);
  const rules = {};
  for (const productClass of new Set(classes.map((c) => c.productClass))) {
    const rows = classes.flatMap((c, i) => (c.productClass === productClass ? [i] : []));
    const batch = api.lintBatch(rows.map((i) => texts[i]), { ...options, productClass });
    rows.forEach((row, j) => { results[row] = batch.results[j]; });
    Object.assign(rules, batch.rules);
  }
  return { results, rules };
}

self.addEventListener('message', async ({ data }) => {
  if (data.type !== 'run') return;
  try {
    const api = await loadJpseller();
    const { text, encoding } = data.bytes ? decodeCsvBytes(new Uint8Array(data.bytes)) : { text: data.text, encoding: 'utf-8' };
    const { header, records, lines } = csvRecords(text);
    const columns = detectColumns(header);
    self.postMessage({ runId: data.runId, type: 'start', total: records.length, columns, encoding });
    const results = [];
    for (let from = 0; from < records.length; from += CHUNK) {
      const chunk = records.slice(from, from + CHUNK);
      const texts = chunk.map((r) => columns.text.map((c) => r[c]).filter(Boolean).join('\n'));
      // One lint call per product class in the chunk (a profile applies to a whole batch).
      const classes = chunk.map((r) => classOf(columns.productClass ? r[columns.productClass] : '', data.lintOptions.productClass));
      const lint = columns.text.length ? lintByClass(api, texts, classes, data.lintOptions) : null;
      let fees = null;
      if (columns.price) {
        const orders = chunk.map((r) => ({
          price: digits(r[columns.price]),
          ...(columns.quantity && digits(r[columns.quantity]) ? { quantity: digits(r[columns.quantity]) } : {}),
          ...(columns.cost && digits(r[columns.cost]) ? { cogsPerUnit: digits(r[columns.cost]) } : {}),
          ...(!columns.cost && data.defaultCostRate && costAt(digits(r[columns.price]), data.defaultCostRate) !== null
            ? { cogsPerUnit: costAt(digits(r[columns.price]), data.defaultCostRate) } : {}),
        }));
        fees = api.estimateBatch({ order: data.order, orders });
      }
      chunk.forEach((record, i) => {
        const findings = lint?.results[i]?.findings ?? [];
        results.push({
          row: from + i + 1,
          line: lines[from + i],
          id: columns.id ? record[columns.id] : null,
          text: texts[i],
          productClass: classes[i],
          findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, text: f.text, title: lint.rules[f.ruleId]?.title, start: f.start, end: f.end })),
          summary: lint?.results[i]?.summary ?? null,
          price: columns.price ? record[columns.price] : null,
          fees: fees?.rows[i] ?? null,
        });
      });
      self.postMessage({ runId: data.runId, type: 'progress', done: Math.min(records.length, from + CHUNK), total: records.length });
    }
    self.postMessage({ runId: data.runId, type: 'done', results, columns, encoding });
  } catch (error) {
    self.postMessage({ runId: data.runId, type: 'error', error: { message: String(error?.message ?? error), code: error?.code ?? '', field: error?.field ?? '' } });
  }
});
