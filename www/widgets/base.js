// Shared base for jpseller custom elements: Shadow DOM, zh/ja/en messages, safe DOM building,
// yen formatting and the `jpseller:result` event. No innerHTML anywhere: user text is only ever
// assigned through textContent or attribute values.
import { loadJpseller, onLoadProgress } from './wasm.js';
import { WorkerRunner } from './worker-runner.js';
import { errorText } from './errors.js';

export const LANGS = ['zh', 'ja', 'en'];

const baseStyles = `
:host { display: block; font: 15px/1.5 var(--jpseller-font, system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif);
  color: var(--jpseller-text, #1f2328); --accent: var(--jpseller-accent, #bf0000); }
/* Set on every shadow element (not only :host) so a portal's inherited fonts don't leak in. */
*, *::before, *::after { box-sizing: border-box; font-family: var(--jpseller-font, system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif); }
h2 { font-size: 1.15em; margin: 0 0 .6em; }
h3 { font-size: 1em; margin: 1.2em 0 .4em; }
label { display: inline-flex; flex-direction: column; gap: .2em; margin: 0 1em .6em 0; font-size: .9em; }
label.inline { flex-direction: row; align-items: center; gap: .4em; }
input, select, button, textarea { font: inherit; padding: .35em .5em; border: 1px solid var(--jpseller-border, #c9ced6);
  border-radius: var(--jpseller-radius, 6px); background: var(--jpseller-input-bg, #fff); color: inherit; }
input:focus-visible, select:focus-visible, button:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button { cursor: pointer; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .4em 0; }
th, td { border-bottom: 1px solid var(--jpseller-border, #e1e4e8); padding: .3em .5em; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.card { background: var(--jpseller-card-bg, #fafbfc); border: 1px solid var(--jpseller-border, #e1e4e8);
  border-radius: var(--jpseller-radius, 8px); padding: 1em; margin: .6em 0; }
.error { color: #b00020; min-height: 1.5em; }
.muted { color: var(--jpseller-muted, #57606a); font-size: .85em; }
.big { font-size: 1.4em; font-weight: 600; }
.busy { display: flex; align-items: center; gap: .5em; margin: .4em 0; color: var(--jpseller-muted, #57606a); font-size: .9em; }
.busy[hidden] { display: none; }
svg[role="img"] { max-width: 100%; height: auto; }
label, input, select, textarea { max-width: 100%; }
/* Phones: a table with a header row becomes one card per row, each cell labelled with its column
   (labelTables sets data-label), so no column falls off the screen. */
@media (max-width: 640px) {
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack, table.stack tbody, table.stack tfoot, table.stack tr { display: block; width: 100%; }
  table.stack tr { border: 1px solid var(--jpseller-border, #e1e4e8); border-radius: 6px; padding: .3em .6em; margin: 0 0 .5em; background: var(--jpseller-input-bg, #fff); }
  table.stack td { display: flex; justify-content: space-between; align-items: baseline; gap: .8em; border: 0; padding: .15em 0; text-align: right; overflow-wrap: anywhere; min-width: 0; }
  table.stack td[data-label]:not([data-label=""])::before { content: attr(data-label); color: var(--jpseller-muted, #57606a); text-align: left; flex: 0 0 auto; max-width: 45%; }
  table.stack td > * { min-width: 0; }
}
/* A file input whose button and file name are the widget's own text (the native control speaks the browser's language). */
.file-picker { display: inline-flex; align-items: center; gap: .5em; flex-wrap: wrap; max-width: 100%; }
.file-picker input[type="file"] { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.file-picker .choose { display: inline-block; cursor: pointer; padding: .35em .7em; border: 1px solid var(--jpseller-border, #c9ced6); border-radius: var(--jpseller-radius, 6px); background: var(--jpseller-input-bg, #fff); margin: 0; }
.file-picker:focus-within .choose { outline: 2px solid var(--accent); outline-offset: 1px; }
.field-error { color: #b00020; font-size: .85em; max-width: 22em; }
[aria-invalid="true"] { border-color: #b00020; }
/* A result computed from inputs that have changed since (or are now invalid): greyed until recomputed. */
.stale { opacity: .45; }
.stale-marker { display: inline-block; color: #4d3800; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; padding: 0 .4em; font-size: .85em; margin: .3em 0; }
.stale-marker[hidden] { display: none; }
.notice { color: #4d3800; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: .4em .7em; margin: 0 0 .6em; overflow-wrap: anywhere; }
`;

/** Messages every widget shows, in the widget's language. */
const sharedMessages = {
  zh: {
    chooseFile: '选择文件', noFile: '未选择文件',
    internalError: '计算引擎遇到内部错误，已自动重启，可以继续使用。请把这次的输入反馈给我们。',
    restoreDropped: '链接或文件中的部分设置无效，已忽略并使用默认值：{items}',
    working: '正在计算…', cancel: '取消', cancelled: '已取消。',
    loadingEngine: '正在加载计算引擎…', loadingOf: '正在加载计算引擎：{loaded} / {total} MB', loadingBytes: '正在加载计算引擎：{loaded} MB',
    stale: '已过期：输入已更改，请重新计算', row: '第 {n} 行', fieldIn: '{field}：{message}',
    status_OFF: '官方', status_SEC2: '两个二手来源', status_SEC1: '单一二手来源', status_UNV: '未核实',
    round_floor: '舍去', round_half_up: '四舍五入', round_ceil: '进位', round_half_even: '银行家舍入',
    scope_per_unit: '每件', scope_per_line: '每行', scope_per_order: '每单', scope_per_month: '每月', scope_per_month_allocated: '月费按订单分摊',
    scope_per_shipment: '每次发货', scope_per_payout: '每次回款', scope_one_off: '一次性',
  },
  ja: {
    chooseFile: 'ファイルを選択', noFile: 'ファイル未選択',
    internalError: '計算エンジンで内部エラーが発生したため自動で再起動しました。そのまま続けてお使いいただけます。この入力内容をお知らせください。',
    restoreDropped: 'リンクまたはファイルの一部の設定が無効なため、無視して既定値を使いました：{items}',
    working: '計算中…', cancel: 'キャンセル', cancelled: 'キャンセルしました。',
    loadingEngine: '計算エンジンを読み込み中…', loadingOf: '計算エンジンを読み込み中：{loaded} / {total} MB', loadingBytes: '計算エンジンを読み込み中：{loaded} MB',
    stale: '古い結果：入力が変わりました。再計算してください', row: '{n} 行目', fieldIn: '{field}：{message}',
    status_OFF: '公式', status_SEC2: '二次情報（2件以上）', status_SEC1: '二次情報（1件）', status_UNV: '未検証',
    round_floor: '切り捨て', round_half_up: '四捨五入', round_ceil: '切り上げ', round_half_even: '偶数丸め',
    scope_per_unit: '1 個ごと', scope_per_line: '明細行ごと', scope_per_order: '注文ごと', scope_per_month: '月ごと', scope_per_month_allocated: '月額を注文数で按分',
    scope_per_shipment: '出荷ごと', scope_per_payout: '入金ごと', scope_one_off: '1 回のみ',
  },
  en: {
    chooseFile: 'Choose file', noFile: 'No file chosen',
    internalError: 'The engine hit an internal error and restarted itself; you can keep working. Please report this input.',
    restoreDropped: 'Some settings in the link or file were invalid and were ignored (defaults used): {items}',
    working: 'Computing…', cancel: 'Cancel', cancelled: 'Cancelled.',
    loadingEngine: 'Loading the engine…', loadingOf: 'Loading the engine: {loaded} / {total} MB', loadingBytes: 'Loading the engine: {loaded} MB',
    stale: 'Out of date: the inputs changed; compute again', row: 'row {n}', fieldIn: '{field}: {message}',
    status_OFF: 'official', status_SEC2: '2 secondary sources', status_SEC1: '1 secondary source', status_UNV: 'unverified',
    round_floor: 'round down', round_half_up: 'round half up', round_ceil: 'round up', round_half_even: 'round half to even',
    scope_per_unit: 'per unit', scope_per_line: 'per line', scope_per_order: 'per order', scope_per_month: 'per month', scope_per_month_allocated: 'monthly fee shared over orders',
    scope_per_shipment: 'per shipment', scope_per_payout: 'per payout', scope_one_off: 'one-off',
  },
};

/** Most restored array items taken (a shared link must not make the page compute for minutes). */
const MAX_RESTORED_ITEMS = 1000;

let baseSheet;
function sheetFor(css) {
  // Constructable stylesheets are not blocked by a strict style-src CSP, unlike <style> or style="".
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Creates an element; `props` may hold attributes, `class`, `text` and `on*` listeners. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') el.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * Text from data that exists only in English (a source's note): marked `lang="en"` so browsers,
 * screen readers and translators treat it as English inside the translated page. English prose is
 * told by its runs of words (it may quote Japanese titles); a Japanese title alone keeps the page
 * language.
 */
export function sourceText(tag, text, props = {}) {
  const english = /[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/.test(String(text));
  return h(tag, { ...props, lang: english ? 'en' : undefined, text });
}

/**
 * A provenance note in `lang` (`provenance.note`, zh/ja/en in the engine's data), else its English
 * `source`.
 */
export function noteText(tag, provenance, lang, props = {}) {
  return labelText(tag, provenance.note, provenance.source, lang, props);
}

/** An engine warning or diagnostic (`{ code, message, note }`) in `lang`, marked with its code. */
export function noticeText(tag, notice, lang, props = {}) {
  return labelText(tag, notice.note, notice.message, lang, { 'data-code': notice.code, ...props });
}

/**
 * `label[lang]` (a zh/ja/en text from the engine), else `english`. The names a translated text
 * keeps as written (sites, files, input fields) are runs of Latin script: each is marked
 * `lang="en"` and `translate="no"` (a name, not prose to translate) inside the page's language.
 */
export function labelText(tag, label, english, lang, props = {}) {
  const text = label?.[lang];
  if (!text || lang === 'en') return sourceText(tag, english, props);
  const parts = text.split(/([!-~](?:[ -~]*[!-~])?)/).map((part, i) =>
    i % 2 && /[A-Za-z]{2}/.test(part) ? h('span', { lang: 'en', translate: 'no', text: part }) : part);
  return h(tag, props, ...parts);
}

/**
 * `input` (type=file) behind a button and a file-name line in the widget's language, instead of the
 * native "Choose File / No file chosen" that follows the browser's language.
 */
export function filePicker(input, { choose, none }) {
  const name = h('span', { class: 'muted', 'data-out': 'file-name', text: none });
  input.addEventListener('change', () => { name.textContent = input.files?.[0]?.name ?? none; });
  return h('span', { class: 'file-picker' }, h('label', { class: 'choose' }, choose, input), name);
}

/** Formats a decimal string of whole yen (or number) as ¥1,234 / -¥50. */
export function formatYen(value) {
  if (value === undefined || value === null || value === '') return '—';
  try {
    const n = BigInt(value);
    const abs = n < 0n ? -n : n;
    return `${n < 0n ? '-' : ''}¥${abs.toLocaleString('ja-JP')}`;
  } catch {
    return String(value);
  }
}

/**
 * Marks every table with a header row as stackable and labels each body cell with its column's
 * header text, so the phone layout (table.stack in baseStyles) can show it as labelled cards.
 */
function labelTables(root) {
  for (const table of root.querySelectorAll('table')) {
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent.trim());
    if (headers.length < 3) continue;
    table.classList.add('stack');
    for (const body of [...table.tBodies, ...(table.tFoot ? [table.tFoot] : [])]) {
      for (const row of body.rows) {
        [...row.cells].forEach((cell, i) => {
          const label = headers[i] ?? '';
          if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
        });
      }
    }
  }
}

export class JpsellerElement extends HTMLElement {
  static get observedAttributes() {
    return ['lang'];
  }

  /** Per-widget `{ zh: {...}, ja: {...}, en: {...} }`; subclasses override. */
  static messages = { zh: {}, ja: {}, en: {} };
  /**
   * The allowed values of the state's choice fields (the API's enums), by path with `[]` for any
   * array index, e.g. `{ platform: [...], 'creators[].platform': [...] }`; subclasses override.
   * Restored state takes only these values.
   */
  static choices = {};
  /**
   * State fields that are records keyed by free-form ids (e.g. `overrides` by rule id), each value
   * shaped like the given template; restored keys must look like ids.
   */
  static records = {};
  /**
   * Top-level state keys holding text the user pasted (copy, CSV files) or customer data: the page
   * leaves them out of its URL-hash links unless the user asks to share them.
   */
  static privateState = [];
  /** Extra CSS for the widget's shadow root. */
  static styles = '';

  constructor() {
    super();
    /** Set by a host (e.g. from the URL hash) before connecting; merged into `state` on connect. */
    this.initialState = null;
    /** What the last restore dropped (`path: value` texts), shown as a notice above the widget. */
    this.restoreDropped = [];
    this.attachShadow({ mode: 'open' });
    baseSheet ??= sheetFor(baseStyles);
    const own = this.constructor.styles ? [sheetFor(this.constructor.styles)] : [];
    this.shadowRoot.adoptedStyleSheets = [baseSheet, ...own];
    this.api = null;
    // Rows are rebuilt on every input; label them once per batch of DOM changes.
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => { queued = false; labelTables(this.shadowRoot); });
    }).observe(this.shadowRoot, { childList: true, subtree: true });
  }

  get lang() {
    const own = this.getAttribute('lang') || document.documentElement.lang || 'zh';
    const short = own.slice(0, 2).toLowerCase();
    return LANGS.includes(short) ? short : 'zh';
  }

  set lang(value) {
    this.setAttribute('lang', value);
  }

  /** Message lookup with {name} placeholders; falls back to Chinese, then the key. */
  t(key, params = {}) {
    const messages = this.constructor.messages;
    const own = (table) => (table && Object.hasOwn(table, key) ? table[key] : undefined);
    const text = own(messages[this.lang]) ?? own(sharedMessages[this.lang]) ?? own(messages.zh) ?? String(key);
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
  }

  /**
   * Like t(), with the placeholders in `nodes` filled by elements (e.g. <code> column names):
   * the parts, for h().
   */
  tNodes(key, nodes) {
    const kept = Object.fromEntries(Object.keys(nodes).map((name) => [name, `{${name}}`]));
    return this.t(key, kept).split(/\{(\w+)\}/).map((part, i) => (i % 2 ? nodes[part] : part)).filter((part) => part !== '');
  }

  async connectedCallback() {
    if (this.initialState && this.state) {
      this.restore(this.initialState);
      this.initialState = null;
    }
    if (!this.api) {
      this.renderShell();
      try {
        this.api = await loadJpseller();
      } catch (error) {
        this.showFatal(error);
        return;
      } finally {
        this.stopProgress?.();
      }
    }
    this.show();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.api) this.show();
  }

  /** Renders, with the notice of what the last restore dropped; a failed render shows its error. */
  show() {
    try {
      this.render();
    } catch (error) {
      this.showFatal(error);
      return;
    }
    if (this.restoreDropped.length) {
      this.shadowRoot.prepend(h('p', { class: 'notice', role: 'status', 'data-out': 'restore-notice', text: this.t('restoreDropped', { items: this.restoreDropped.join(', ') }) }));
    }
  }

  /** Until the engine is ready: the widget's title line and how much of the module has arrived. */
  renderShell() {
    const bar = h('progress', { 'data-out': 'load-progress', 'aria-label': this.t('loadingEngine') });
    const text = h('span', { 'data-out': 'load-text' });
    this.shadowRoot.replaceChildren(h('p', { class: 'busy', role: 'status' }, bar, text));
    this.stopProgress?.();
    this.stopProgress = onLoadProgress(({ loaded, total }) => {
      if (total) {
        bar.max = total;
        bar.value = Math.min(loaded, total);
      }
      const mb = (n) => (n / 1e6).toFixed(1);
      text.textContent = total ? this.t('loadingOf', { loaded: mb(loaded), total: mb(total) }) : loaded ? this.t('loadingBytes', { loaded: mb(loaded) }) : this.t('loadingEngine');
    });
  }

  showFatal(error) {
    this.shadowRoot.replaceChildren(h('p', { class: 'error', role: 'alert', text: String(error?.message ?? error) }));
  }

  /**
   * Human text for a JpsellerError: the field as the form labels it, the catalogue text for the
   * code in the widget's language (errors.js) and the code itself for reports.
   */
  describeError(error) {
    if (error?.code === 'cancelled') return this.t('cancelled');
    if (error?.code === 'internal_error') return `${this.t('internalError')} [${error.code}]`;
    if (error && error.code) {
      const field = this.fieldLabel(error.field);
      const message = errorText(error.code, this.lang);
      return `${field ? this.t('fieldIn', { field, message }) : message} [${error.code}]`;
    }
    return String(error?.message ?? error);
  }

  /**
   * The form control an engine field path (`price`, `costs.cogsPerUnit`, `lines[1].amount`) came
   * from: a control marked with that exact `data-field` or with the path it lies in (a control for
   * `overrides.x` for `overrides.x.rate`), else the one named like the path's last part. `scope`
   * limits the search (a widget with several forms).
   */
  controlFor(field, scope = this.shadowRoot) {
    if (!field) return null;
    const marked = [...scope.querySelectorAll('[data-field]')];
    const exact = marked.find((el) => el.getAttribute('data-field') === field)
      ?? marked.find((el) => field.startsWith(`${el.getAttribute('data-field')}.`));
    if (exact) return exact;
    const last = field.split('.').pop().replace(/\[\d+\]$/, '');
    return last ? scope.querySelector(`[name="${CSS.escape(last)}"]`) : null;
  }

  /** The field's name as its form shows it (its label, or aria-label), with the row for list items. */
  fieldLabel(field, scope = this.shadowRoot) {
    const control = this.controlFor(field, scope);
    if (!control) return '';
    const label = control.closest('label');
    const own = label ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim() : '';
    const text = own || control.getAttribute('aria-label') || '';
    const rows = [...field.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
    return text && rows.length && !control.hasAttribute('data-field') ? `${text}（${this.t('row', { n: rows.join('/') })}）` : text;
  }

  /** Shows the error's message beside its field (clearing earlier ones in `scope`); false when no field matched. */
  showFieldError(error, scope = this.shadowRoot) {
    this.clearFieldErrors(scope);
    const control = error?.code ? this.controlFor(error.field, scope) : null;
    if (!control) return false;
    control.setAttribute('aria-invalid', 'true');
    const note = h('span', { class: 'field-error', 'data-out': 'field-error', role: 'alert', text: errorText(error.code, this.lang) });
    (control.closest('label') ?? control.parentElement).append(note);
    return true;
  }

  clearFieldErrors(scope = this.shadowRoot) {
    for (const note of scope.querySelectorAll('.field-error')) note.remove();
    for (const control of scope.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
  }

  /**
   * A result area that can go out of date: `mark(true)` greys `content` and shows the "out of
   * date" marker until the next `mark(false)` (after it is recomputed).
   */
  staleable(content) {
    const marker = h('p', { class: 'stale-marker', 'data-out': 'stale', role: 'status', hidden: true, text: this.t('stale') });
    return {
      marker,
      mark(stale) {
        marker.hidden = !stale;
        for (const el of [content].flat()) el.classList.toggle('stale', stale);
      },
      get stale() { return !marker.hidden; },
    };
  }

  /** Tells the host page about a new result. */
  emit(kind, detail) {
    this.dispatchEvent(new CustomEvent('jpseller:result', { detail: { kind, ...detail }, bubbles: true, composed: true }));
  }

  /** Subclasses rebuild their shadow DOM here (called on connect and on attribute changes). */
  render() {}

  /** The widget's inputs as plain JSON (for sharing through the URL hash); `withPrivate: false` leaves out `privateState`. */
  getState({ withPrivate = true } = {}) {
    if (!this.state || withPrivate) return this.state ?? null;
    const hidden = this.constructor.privateState;
    return Object.fromEntries(Object.entries(this.state).filter(([key]) => !hidden.includes(key)));
  }

  /** Restores inputs from untrusted JSON: only known keys of the same type and allowed values. */
  setState(saved) {
    if (!this.state) return;
    this.restore(saved);
    if (this.api) this.show();
  }

  restore(saved) {
    const dropped = [];
    this.state = mergeState(this.state, saved, { choices: this.constructor.choices, records: this.constructor.records, dropped });
    this.restoreDropped = dropped;
  }

  /** Subclasses call this after the user changes an input. */
  stateChanged() {
    this.dispatchEvent(new CustomEvent('jpseller:state', { detail: { state: this.getState() }, bubbles: true, composed: true }));
  }
}

/**
 * A heavy engine off the main thread, so the page never freezes: `call(name, ...args)` runs that
 * jpseller export in a Web Worker (engine-worker.js) while the progress line `view()` built shows an
 * indeterminate bar, the seconds elapsed and Cancel. A new call replaces one still running.
 */
export class EngineCall {
  constructor(widget) {
    this.widget = widget;
    this.runner = new WorkerRunner(() => new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' }));
    this.tick = null;
    this.view();
  }

  /** The progress line, in the widget's current language; place it in the widget on each render. */
  view() {
    const w = this.widget;
    this.seconds = h('span', { 'data-out': 'busy-seconds' });
    this.element = h('p', { class: 'busy', 'data-out': 'busy', role: 'status', hidden: !this.runner.running },
      h('progress', { 'aria-label': w.t('working') }), h('span', { text: w.t('working') }), this.seconds,
      h('button', { type: 'button', name: 'cancel', text: w.t('cancel'), onclick: () => this.runner.cancel() }));
    return this.element;
  }

  /**
   * Resolves with `name(...args)`'s result, or null when a newer call replaced this one; rejects
   * with the JpsellerError (`code: "cancelled"` when the user pressed Cancel).
   */
  async call(name, ...args) {
    clearInterval(this.tick);
    const started = performance.now();
    const showSeconds = () => { this.seconds.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s`; };
    showSeconds();
    this.tick = setInterval(showSeconds, 200);
    this.element.hidden = false;
    try {
      return (await this.runner.run({ name, args })).result;
    } catch (error) {
      if (error.code === 'cancelled' && this.runner.running) return null;
      throw error;
    } finally {
      if (!this.runner.running) {
        clearInterval(this.tick);
        this.element.hidden = true;
      }
    }
  }
}

/**
 * Copies from `saved` only what `template` has, with the same type; arrays take their item shape
 * from the template's first item (at most MAX_RESTORED_ITEMS). A field listed in `choices` (see
 * JpsellerElement.choices) takes only a listed value. Anything else in `saved` (e.g. from a crafted
 * URL: unknown keys, other types, unlisted values) keeps the template's value and is reported in
 * `dropped` as `path: value`.
 */
export function mergeState(template, saved, { choices = {}, records = {}, dropped = [], path = '', choiceKey = '' } = {}) {
  const drop = (at, value) => {
    dropped.push(`${at || '(all)'}: ${String(JSON.stringify(value)).slice(0, 40)}`);
    return template;
  };
  const allowed = Object.hasOwn(choices, choiceKey) ? choices[choiceKey] : null;
  if (Array.isArray(template)) {
    if (!Array.isArray(saved)) return drop(path, saved);
    const shape = template[0];
    if (shape === undefined) return saved.length ? drop(path, saved) : template;
    if (saved.length > MAX_RESTORED_ITEMS) drop(`${path}[${MAX_RESTORED_ITEMS}…]`, saved.length);
    return saved.slice(0, MAX_RESTORED_ITEMS).map((item, i) =>
      mergeState(structuredClone(shape), item, { choices, records, dropped, path: `${path}[${i}]`, choiceKey: `${choiceKey}[]` }));
  }
  const at = (key) => (path ? `${path}.${key}` : key);
  if (Object.hasOwn(records, choiceKey)) {
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return drop(path, saved);
    const out = {};
    for (const [key, value] of Object.entries(saved).slice(0, MAX_RESTORED_ITEMS)) {
      if (/^[a-z0-9_.]{1,80}$/.test(key)) out[key] = mergeState(structuredClone(records[choiceKey]), value, { choices, records, dropped, path: at(key), choiceKey: `${choiceKey}.*` });
      else drop(at(key), value);
    }
    return out;
  }
  if (template && typeof template === 'object') {
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return drop(path, saved);
    for (const key of Object.keys(saved)) if (!Object.hasOwn(template, key)) drop(at(key), saved[key]);
    const out = {};
    for (const key of Object.keys(template)) {
      out[key] = Object.hasOwn(saved, key)
        ? mergeState(template[key], saved[key], { choices, records, dropped, path: at(key), choiceKey: choiceKey ? `${choiceKey}.${key}` : key })
        : template[key];
    }
    return out;
  }
  if (typeof saved !== typeof template || (allowed && !allowed.includes(saved))) return drop(path, saved);
  return saved;
}

export function define(name, elementClass) {
  if (!customElements.get(name)) customElements.define(name, elementClass);
}
