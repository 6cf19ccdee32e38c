// <jpseller-bulk-checker>: drop a listing or order CSV (UTF-8 or Shift_JIS RMS export); every row is
// linted and feed in a Web Worker with progress and cancel; results export as CSV and JSON.
// Attributes: lang, platform (rakuten|tiktok|amazon|yahoo|qoo10), product-class, channel.
import { JpsellerElement, define, filePicker, formatYen, h } from './base.js';
import { errorText } from './errors.js';
import { normalizeNumber } from './numbers.js';
import { toCsv } from './csv.js';
import { WorkerRunner } from './worker-runner.js';

/** Each platform and the lint channel its listings are checked as. */
const CHANNEL_OF = new Map([['rakuten', 'rakuten_listing'], ['tiktok', 'tiktok_listing'], ['amazon', 'amazon_title'], ['yahoo', 'rakuten_listing'], ['qoo10', 'rakuten_listing']]);
const PLATFORMS = [...CHANNEL_OF.keys()];
const PRODUCT_CLASSES = ['goods', 'cosmetics', 'health_food', 'food', 'apparel', 'electrical'];
const SHOWN_ROWS = 200;

/** A price cell as ¥7,800 when it is a number as sellers type it (3,980 / ¥3,980 / ３９８０), else as written. */
function shownPrice(cell) {
  const digits = normalizeNumber(cell ?? '');
  return /^\d+$/.test(digits) ? formatYen(digits) : (cell ?? '');
}

class BulkChecker extends JpsellerElement {
  static get observedAttributes() {
    return ['lang', 'platform', 'product-class'];
  }

  static choices = { platform: PLATFORMS, productClass: PRODUCT_CLASSES };

  static messages = {
    zh: {
      title: '批量检查（CSV）', file: '选择或拖入 CSV 文件', drop: '把乐天 RMS 商品 CSV（Shift_JIS）或 UTF-8 的商品/订单 CSV 拖到这里',
      platform: '平台', productClass: '商品类别', run: '开始', cancel: '取消', cancelled: '已取消', progress: '进度',
      rows: '{done} / {total} 行', detected: '编码 {encoding}；检查文案列：{text}；价格列：{price}', none: '无',
      row: '行', copy: '文案', findings: '问题', price: '售价', fees: '费用', profit: '利润', exportCsv: '导出 CSV', exportJson: '导出 JSON',
      summary: '共 {rows} 行：错误 {error}，警告 {warning}，提示 {info}；费用 {fees}，利润 {profit}', more: '仅显示前 {n} 行，导出可得全部结果。',
      rakuten: '乐天市场', tiktok: 'TikTok Shop', amazon: '亚马逊', yahoo: '雅虎购物', qoo10: 'Qoo10',
      costRate: '默认成本率（占售价 %）', noCost: '文件没有原价（成本）列：利润没有扣除商品成本。请在上面填写默认成本率，或在 CSV 中加入“原価”列。',
      costFromRate: '文件没有原价列：成本按售价的 {rate}% 计算（向下取整到日元）。',
      csvHeaders: '行,CSV 行号,商品编号,商品类别,文案,错误,警告,提示,规则,售价,费用,回款,利润,利润率,费用错误',
      line: 'CSV 第 {line} 行', problems: '{n} 行有问题（见“费用”列），其余 {ok} 行已计算。', id: '商品编号',
      classFromFile: '按文件的“{column}”列逐行判断商品类别（无法识别的行按上面选择的类别）。', classUnknown: '“{value}”无法识别，按{cls}检查',
      goods: '杂货', cosmetics: '化妆品', health_food: '健康食品', food: '食品', apparel: '服装', electrical: '电器',
    },
    ja: {
      title: '一括チェック（CSV）', file: 'CSV ファイルを選択またはドロップ', drop: '楽天 RMS 商品 CSV（Shift_JIS）または UTF-8 の商品・注文 CSV をここへドロップ',
      platform: 'モール', productClass: '商品区分', run: '実行', cancel: 'キャンセル', cancelled: 'キャンセルしました', progress: '進捗',
      rows: '{done} / {total} 行', detected: '文字コード {encoding}／チェック対象列：{text}／価格列：{price}', none: 'なし',
      row: '行', copy: '文面', findings: '指摘', price: '価格', fees: '手数料', profit: '利益', exportCsv: 'CSV 出力', exportJson: 'JSON 出力',
      summary: '{rows} 行：エラー {error}、警告 {warning}、情報 {info}／手数料 {fees}、利益 {profit}', more: '先頭 {n} 行のみ表示。全件は出力してください。',
      rakuten: '楽天市場', tiktok: 'TikTok Shop', amazon: 'Amazon', yahoo: 'Yahoo!ショッピング', qoo10: 'Qoo10',
      costRate: '既定の原価率（販売価格に対する %）', noCost: 'ファイルに原価の列がありません：利益から商品原価を引いていません。上で既定の原価率を入力するか、CSV に「原価」列を追加してください。',
      costFromRate: 'ファイルに原価の列がないため、原価を販売価格の {rate}% として計算しています（円未満切り捨て）。',
      csvHeaders: '行,CSV 行番号,商品管理番号,商品区分,文面,エラー,警告,情報,ルール,価格,手数料,入金額,利益,利益率,手数料エラー',
      line: 'CSV {line} 行目', problems: '{n} 行に問題があります（「手数料」列を参照）。残り {ok} 行は計算済みです。', id: '商品管理番号',
      classFromFile: 'ファイルの「{column}」列で行ごとに商品区分を判定します（判定できない行は上で選んだ区分）。', classUnknown: '「{value}」は判定できないため{cls}としてチェック',
      goods: '雑貨', cosmetics: '化粧品', health_food: '健康食品', food: '食品', apparel: '衣料', electrical: '電気製品',
    },
    en: {
      title: 'Bulk check (CSV)', file: 'Choose or drop a CSV file', drop: 'Drop a Rakuten RMS item CSV (Shift_JIS) or a UTF-8 listings/orders CSV here',
      platform: 'Platform', productClass: 'Product class', run: 'Run', cancel: 'Cancel', cancelled: 'Cancelled', progress: 'Progress',
      rows: '{done} / {total} rows', detected: 'Encoding {encoding}; copy columns: {text}; price column: {price}', none: 'none',
      row: 'Row', copy: 'Copy', findings: 'Findings', price: 'Price', fees: 'Fees', profit: 'Profit', exportCsv: 'Export CSV', exportJson: 'Export JSON',
      summary: '{rows} rows: {error} errors, {warning} warnings, {info} info; fees {fees}, profit {profit}', more: 'Showing the first {n} rows; export for all results.',
      rakuten: 'Rakuten Ichiba', tiktok: 'TikTok Shop', amazon: 'Amazon.co.jp', yahoo: 'Yahoo! Shopping', qoo10: 'Qoo10',
      costRate: 'Default cost rate (% of price)', noCost: 'The file has no cost column: profit does not subtract the cost of goods. Set a default cost rate above, or add a 原価 (cost) column to the CSV.',
      costFromRate: 'The file has no cost column: cost is taken as {rate}% of the price (rounded down to the yen).',
      csvHeaders: 'row,csvLine,itemId,productClass,copy,errors,warnings,info,rules,price,fees,payout,profit,margin,feeError',
      line: 'CSV line {line}', problems: '{n} rows have problems (see the Fees column); the other {ok} rows are computed.', id: 'Item ID',
      classFromFile: 'Product class per row from the file\'s “{column}” column (rows it cannot tell use the class chosen above).', classUnknown: '“{value}” not recognised: checked as {cls}',
      goods: 'General goods', cosmetics: 'Cosmetics', health_food: 'Health food', food: 'Food', apparel: 'Apparel', electrical: 'Electrical',
    },
  };

  static styles = `
    .drop { border: 2px dashed var(--jpseller-border, #c9ced6); border-radius: 8px; padding: 1.2em; text-align: center; margin: .6em 0; }
    .drop.over { border-color: var(--accent); background: #fff5f5; }
    progress { width: 100%; height: 1em; }
    td.copy { max-width: 28em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .sev-error { color: #b00020; font-weight: 600; } .sev-warning { color: #9a6700; } .sev-info { color: #57606a; }
    .rule { color: var(--jpseller-muted, #57606a); font-size: .85em; }
    td.copy { max-width: 100%; }
    @media (max-width: 640px) { td.copy { white-space: normal; } }
    .actions { display: flex; gap: .5em; flex-wrap: wrap; margin: .5em 0; }
  `;

  constructor() {
    super();
    this.state = { platform: this.getAttribute('platform') ?? 'rakuten', productClass: this.getAttribute('product-class') ?? 'goods', costRate: '' };
    this.runner = null;
    this.results = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'platform' && PLATFORMS.includes(newValue)) this.state.platform = newValue;
    if (name === 'product-class' && newValue) this.state.productClass = newValue;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  render() {
    const s = this.state;
    this.out = {
      progress: h('progress', { max: 1, value: 0, 'aria-label': this.t('progress') }),
      status: h('p', { class: 'muted', 'aria-live': 'polite', 'data-out': 'status' }),
      summary: h('p', { 'data-out': 'summary' }),
      problems: h('p', { class: 'notice', role: 'status', 'data-out': 'problems', hidden: true }),
      error: h('p', { class: 'error', role: 'alert', 'data-out': 'error' }),
      body: h('tbody', { 'data-out': 'rows' }),
      more: h('p', { class: 'muted' }),
      cost: h('p', { 'data-out': 'cost-note', role: 'status' }),
      classNote: h('p', { class: 'muted', 'data-out': 'class-note' }),
    };
    const fileInput = h('input', { type: 'file', accept: '.csv,text/csv,.txt', 'aria-label': this.t('file'),
      onchange: (e) => { if (e.target.files[0]) this.process(e.target.files[0]).catch(() => {}); } });
    const drop = h('div', { class: 'drop', 'data-drop': '' }, h('p', { text: this.t('drop') }), filePicker(fileInput, { choose: this.t('chooseFile'), none: this.t('noFile') }));
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const file = e.dataTransfer?.files?.[0];
      if (file) this.process(file).catch(() => {});
    });
    this.exportButtons = [
      h('button', { type: 'button', disabled: true, onclick: () => this.download('csv'), text: this.t('exportCsv') }),
      h('button', { type: 'button', disabled: true, onclick: () => this.download('json'), text: this.t('exportJson') }),
    ];
    this.shadowRoot.replaceChildren(h('section', { class: 'card' },
      h('h2', { text: this.t('title') }),
      h('label', {}, this.t('platform'), h('select', { name: 'platform', onchange: (e) => { s.platform = e.target.value; this.stateChanged(); } },
        ...PLATFORMS.map((p) => h('option', { value: p, selected: s.platform === p, text: this.t(p) })))),
      h('label', {}, this.t('productClass'), h('select', { name: 'productClass', onchange: (e) => { s.productClass = e.target.value; this.stateChanged(); } },
        ...PRODUCT_CLASSES.map((c) => h('option', { value: c, selected: s.productClass === c, text: this.t(c) })))),
      h('label', {}, this.t('costRate'), h('input', { name: 'costRate', inputmode: 'decimal', autocomplete: 'off', value: s.costRate,
        oninput: (e) => { s.costRate = normalizeNumber(e.target.value); this.stateChanged(); } })),
      drop,
      h('div', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'cancel', onclick: () => this.cancel(), text: this.t('cancel') }), ...this.exportButtons),
      this.out.progress, this.out.status, this.out.classNote, this.out.cost, this.out.summary, this.out.problems, this.out.error,
      h('table', {}, h('thead', {}, h('tr', {}, ...['row', 'id', 'copy', 'findings', 'price', 'fees', 'profit'].map((k) => h('th', { class: ['price', 'fees', 'profit'].includes(k) ? 'num' : null, text: this.t(k) })))), this.out.body),
      this.out.more));
    if (this.results) this.showResults(this.results);
  }

  /**
   * Checks a File, ArrayBuffer or CSV string; resolves with every row's result. Also the
   * programmatic entry point for hosts and tests.
   */
  async process(input) {
    this.cancel();
    const bytes = input instanceof Blob ? await input.arrayBuffer() : input instanceof ArrayBuffer ? input : null;
    // One worker is kept between files so its wasm instance and compiled lint rules are reused;
    // cancelling terminates it and the next file starts a fresh one.
    this.runner ??= new WorkerRunner(() => new Worker(new URL('./bulk-worker.js', import.meta.url), { type: 'module' }));
    // Works before the element is rendered (created but not yet connected): the UI then just
    // shows the results when it renders.
    if (this.out) {
      this.out.error.textContent = '';
      this.out.progress.value = 0;
    }
    const { platform, productClass, costRate } = this.state;
    const message = {
      type: 'run',
      defaultCostRate: costRate,
      lintOptions: { productClass, channel: CHANNEL_OF.get(platform) },
      order: { platform },
      ...(bytes ? { bytes } : { text: String(input) }),
    };
    const onUpdate = (data) => {
      if (!this.out) return;
      if (data.type === 'start') {
        this.out.status.textContent = this.t('detected', { encoding: data.encoding, text: data.columns.text.join('、') || this.t('none'), price: data.columns.price ?? this.t('none') });
        this.showCostNote(data.columns, costRate);
        this.out.classNote.textContent = data.columns.productClass ? this.t('classFromFile', { column: data.columns.productClass }) : '';
      } else if (data.type === 'progress') {
        this.out.progress.value = data.done / Math.max(1, data.total);
        this.out.progress.textContent = this.t('rows', data);
      }
    };
    let done;
    try {
      done = await this.runner.run(message, { transfer: bytes ? [bytes] : [], onUpdate });
    } catch (error) {
      if (this.out && error.code !== 'cancelled') this.out.error.textContent = this.describeError(error);
      throw error;
    }
    this.results = done.results;
    this.columns = done.columns;
    this.costRate = costRate;
    if (this.out) this.showResults(done.results);
    this.emit('bulk', { result: { rows: done.results.length, columns: done.columns, encoding: done.encoding } });
    return done.results;
  }

  cancel() {
    if (!this.runner?.running) return;
    if (this.out) this.out.status.textContent = this.t('cancelled');
    this.runner.cancel();
  }

  /** Says how cost of goods was counted when the file has no cost column (never silently zero). */
  showCostNote(columns, rate) {
    if (!this.out) return;
    const missing = columns?.price && !columns.cost;
    this.out.cost.className = missing && !rate ? 'notice' : 'muted';
    this.out.cost.textContent = !missing ? '' : rate ? this.t('costFromRate', { rate }) : this.t('noCost');
  }

  showResults(results) {
    const lang = this.lang;
    this.showCostNote(this.columns, this.costRate);
    const totals = { error: 0, warning: 0, info: 0, fees: 0n, profit: 0n };
    for (const r of results) {
      for (const f of r.findings) totals[f.severity]++;
      if (r.fees?.fees) totals.fees += BigInt(r.fees.fees);
      if (r.fees?.profit) totals.profit += BigInt(r.fees.profit);
    }
    const failed = results.filter((r) => r.fees?.error).length;
    this.out.summary.textContent = this.t('summary', { rows: results.length, error: totals.error, warning: totals.warning, info: totals.info, fees: formatYen(totals.fees), profit: formatYen(totals.profit) });
    this.out.problems.textContent = failed ? this.t('problems', { n: failed, ok: results.length - failed }) : '';
    this.out.problems.hidden = !failed;
    this.out.body.replaceChildren(...results.slice(0, SHOWN_ROWS).map((r) => h('tr', {},
      h('td', {}, String(r.row), r.line ? h('div', { class: 'rule', text: this.t('line', { line: r.line }) }) : null),
      h('td', { text: r.id ?? '' }),
      h('td', { class: 'copy', title: r.text, text: r.text }),
      h('td', {}, this.classLine(r), ...r.findings.slice(0, 3).map((f) => h('div', { class: `sev-${f.severity}`, 'data-rule': f.ruleId },
        `${f.title?.[lang] ?? f.ruleId}${f.text ? ` 「${f.text}」` : ''} `, h('span', { class: 'rule', text: f.ruleId })))),
      h('td', { class: 'num', text: shownPrice(r.price) }),
      h('td', { class: r.fees?.error ? 'error' : 'num', title: r.fees?.error ? `[${r.fees.error.code}]` : undefined, text: r.fees?.error ? errorText(r.fees.error.code, lang) : formatYen(r.fees?.fees) }),
      h('td', { class: 'num', text: formatYen(r.fees?.profit) }))));
    this.out.more.textContent = results.length > SHOWN_ROWS ? this.t('more', { n: SHOWN_ROWS }) : '';
    for (const b of this.exportButtons) b.disabled = false;
  }

  /** The class a row was checked as, when the file's class column decided or could not. */
  classLine(r) {
    const c = r.productClass;
    if (!c || c.from === 'form') return null;
    const cls = this.t(c.productClass);
    return h('div', { class: 'rule', 'data-out': 'row-class', 'data-class': c.productClass, text: c.from === 'column' ? `${this.t('productClass')}: ${cls}` : this.t('classUnknown', { value: c.value, cls }) });
  }

  download(kind) {
    if (!this.results) return;
    const body = kind === 'json'
      ? JSON.stringify(this.results, null, 2)
      : toCsv(this.t('csvHeaders').split(','),
        this.results.map((r) => [r.row, r.line ?? '', r.id ?? '', r.productClass ? this.t(r.productClass.productClass) : '', r.text, r.summary?.error ?? 0, r.summary?.warning ?? 0, r.summary?.info ?? 0,
          [...new Set(r.findings.map((f) => f.ruleId))].join(' '), r.price ?? '', r.fees?.fees ?? '', r.fees?.payout ?? '',
          r.fees?.profit ?? '', r.fees?.margin ?? '', r.fees?.error?.code ?? '']));
    const url = URL.createObjectURL(new Blob([body], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: `jpseller-bulk.${kind}` });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

define('jpseller-bulk-checker', BulkChecker);
