// House rules for the copy checker: the user's own NG words, allowed phrases and ignored findings,
// kept only in this browser's localStorage and passed to lint() as `dictionary` and `ignore`.
// Import/export as JSON ({ ng, allow, ignore }) or CSV (kind,pattern,message,severity,ruleId).
import { filePicker, h } from './base.js';
import { csvRecords, toCsv } from './csv.js';

const KEY = 'jpseller.houseRules';
const CSV_HEADER = ['kind', 'pattern', 'message', 'severity', 'ruleId'];

export const houseMessages = {
  zh: {
    house: '自定义规则', houseNote: '自定义规则只保存在本浏览器（localStorage）中，不会上传；换浏览器或清除数据后会丢失，请导出备份。',
    ngWords: '禁用词（NG）', allowWords: '允许的说法', ignored: '已忽略的问题', add: '添加', remove: '删除', undo: '恢复',
    ignore: '忽略此问题', exportJson: '导出 JSON', exportCsv: '导出 CSV', import: '导入 JSON/CSV', importFailed: '无法导入：{why}', noEntries: '（无）',
  },
  ja: {
    house: '自社ルール', houseNote: '自社ルールはこのブラウザ（localStorage）にだけ保存され、送信されません。ブラウザを変えたりデータを消すと失われるため、書き出して保管してください。',
    ngWords: 'NGワード', allowWords: '許可する表現', ignored: '無視した指摘', add: '追加', remove: '削除', undo: '元に戻す',
    ignore: 'この指摘を無視', exportJson: 'JSON 書き出し', exportCsv: 'CSV 書き出し', import: 'JSON/CSV 読み込み', importFailed: '読み込めません：{why}', noEntries: '（なし）',
  },
  en: {
    house: 'House rules', houseNote: 'House rules are kept only in this browser (localStorage) and never uploaded; another browser or clearing site data loses them, so export a copy.',
    ngWords: 'NG words', allowWords: 'Allowed phrases', ignored: 'Ignored findings', add: 'Add', remove: 'Remove', undo: 'Undo',
    ignore: 'Ignore this finding', exportJson: 'Export JSON', exportCsv: 'Export CSV', import: 'Import JSON/CSV', importFailed: 'Could not import: {why}', noEntries: '(none)',
  },
};

function empty() { return { ng: [], allow: [], ignore: [] }; }

/** Keeps only well-formed entries, without duplicates (lint() rejects duplicates). */
function clean(rules) {
  const out = empty();
  const seen = new Set();
  const once = (key) => !seen.has(key) && seen.add(key);
  for (const e of rules?.ng ?? []) {
    const pattern = String(e?.pattern ?? e ?? '').trim();
    if (!pattern || !once(`ng ${pattern}`)) continue;
    const entry = { pattern };
    if (e?.message) entry.message = String(e.message);
    if (['error', 'warning', 'info'].includes(e?.severity)) entry.severity = e.severity;
    out.ng.push(entry);
  }
  for (const p of rules?.allow ?? []) {
    const pattern = String(p ?? '').trim();
    if (pattern && once(`allow ${pattern}`)) out.allow.push(pattern);
  }
  for (const e of rules?.ignore ?? []) {
    const ruleId = String(e?.ruleId ?? '');
    const text = String(e?.text ?? '');
    if (ruleId && once(`ignore ${ruleId}\n${text}`)) out.ignore.push({ ruleId, text });
  }
  return out;
}

export function parseHouseRules(text) {
  if (/^\s*[{[]/.test(text)) return clean(JSON.parse(text));
  const { header, records } = csvRecords(text.replace(/^\uFEFF/, ''));
  if (!header.includes('kind')) throw new Error('CSV needs a header kind,pattern,message,severity,ruleId');
  const rules = empty();
  for (const r of records) {
    if (r.kind === 'ng') rules.ng.push({ pattern: r.pattern, message: r.message, severity: r.severity });
    else if (r.kind === 'allow') rules.allow.push(r.pattern);
    else if (r.kind === 'ignore') rules.ignore.push({ ruleId: r.ruleId, text: r.pattern });
  }
  return clean(rules);
}

export function houseRulesCsv(rules) {
  return toCsv(CSV_HEADER, [
    ...rules.ng.map((e) => ['ng', e.pattern, e.message ?? '', e.severity ?? '', '']),
    ...rules.allow.map((p) => ['allow', p, '', '', '']),
    ...rules.ignore.map((e) => ['ignore', e.text, '', '', e.ruleId]),
  ]);
}

export class HouseRules {
  /** `host` is the copy checker: its t() translates, `onChange` re-lints. */
  constructor(host, onChange) {
    this.host = host;
    this.onChange = onChange;
    this.rules = this.load();
    this.panel = h('details', { class: 'card', 'data-out': 'house' });
  }

  load() {
    try { return clean(JSON.parse(localStorage.getItem(KEY) ?? 'null') ?? empty()); } catch { return empty(); }
  }

  save(rules) {
    this.rules = clean(rules);
    try { localStorage.setItem(KEY, JSON.stringify(this.rules)); } catch { /* storage full or blocked: kept for this page only */ }
    this.render();
    this.onChange();
  }

  /** The lint() options for these rules. */
  options() {
    const { ng, allow, ignore } = this.rules;
    return { dictionary: { ng, allow }, ignore };
  }

  ignoreButton(finding) {
    return h('button', { type: 'button', 'data-ignore': finding.ruleId, text: this.host.t('ignore'),
      onclick: () => this.save({ ...this.rules, ignore: [...this.rules.ignore, { ruleId: finding.ruleId, text: finding.text }] }) });
  }

  download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    h('a', { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  render() {
    const t = (key, params) => this.host.t(key, params);
    const r = this.rules;
    const list = (name, items, label, onRemove, button = 'remove') =>
      h('ul', { 'data-list': name }, ...(items.length ? items.map((item, i) =>
        h('li', {}, label(item), ' ', h('button', { type: 'button', 'data-remove': name, text: t(button), onclick: () => onRemove(i) })))
        : [h('li', { class: 'muted', text: t('noEntries') })]));
    const without = (items, i) => items.filter((_, j) => j !== i);
    const adder = (name, add) => {
      const input = h('input', { name, type: 'text', 'aria-label': t(name === 'ng' ? 'ngWords' : 'allowWords') });
      return h('p', {}, input, ' ', h('button', { type: 'button', 'data-add': name, text: t('add'),
        onclick: () => { if (input.value.trim()) add(input.value); } }));
    };
    const status = h('p', { class: 'error', role: 'alert', 'data-out': 'house-error' });
    const file = h('input', { type: 'file', accept: '.json,.csv,application/json,text/csv', 'data-import': '', 'aria-label': t('import'),
      onchange: async (e) => {
        const chosen = e.target.files?.[0];
        if (!chosen) return;
        try { this.save(parseHouseRules(await chosen.text())); } catch (error) { status.textContent = t('importFailed', { why: error.message }); }
      } });
    this.panel.replaceChildren(
      h('summary', { text: `${t('house')} (${r.ng.length} / ${r.allow.length} / ${r.ignore.length})` }),
      h('p', { class: 'muted', 'data-out': 'house-note', text: t('houseNote') }),
      h('h3', { text: t('ngWords') }),
      list('ng', r.ng, (e) => h('span', { text: e.pattern }), (i) => this.save({ ...r, ng: without(r.ng, i) })),
      adder('ng', (pattern) => this.save({ ...r, ng: [...r.ng, { pattern }] })),
      h('h3', { text: t('allowWords') }),
      list('allow', r.allow, (p) => h('span', { text: p }), (i) => this.save({ ...r, allow: without(r.allow, i) })),
      adder('allow', (pattern) => this.save({ ...r, allow: [...r.allow, pattern] })),
      h('h3', { text: t('ignored') }),
      list('ignore', r.ignore, (e) => h('span', { text: `${e.ruleId} 「${e.text}」` }), (i) => this.save({ ...r, ignore: without(r.ignore, i) }), 'undo'),
      h('p', {},
        h('button', { type: 'button', 'data-export': 'json', text: t('exportJson'), onclick: () => this.download('house-rules.json', 'application/json', JSON.stringify(r, null, 2)) }), ' ',
        h('button', { type: 'button', 'data-export': 'csv', text: t('exportCsv'), onclick: () => this.download('house-rules.csv', 'text/csv', houseRulesCsv(r)) }), ' ',
        h('span', {}, h('span', { class: 'muted', text: `${t('import')} ` }), filePicker(file, { choose: t('chooseFile'), none: t('noFile') }))),
      status);
    return this.panel;
  }
}
