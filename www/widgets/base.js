// Shared base for jpseller custom elements: Shadow DOM, zh/ja/en messages, safe DOM building,
// yen formatting and the `jpseller:result` event. No innerHTML anywhere: user text is only ever
// assigned through textContent or attribute values.
import { loadJpseller } from './wasm.js';

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
`;

/** Messages every widget shows, in the widget's language. */
const sharedMessages = {
  zh: { internalError: '计算引擎遇到内部错误，已自动重启，可以继续使用。请把这次的输入反馈给我们。' },
  ja: { internalError: '計算エンジンで内部エラーが発生したため自動で再起動しました。そのまま続けてお使いいただけます。この入力内容をお知らせください。' },
  en: { internalError: 'The engine hit an internal error and restarted itself; you can keep working. Please report this input.' },
};

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

export class JpsellerElement extends HTMLElement {
  static get observedAttributes() {
    return ['lang'];
  }

  /** Per-widget `{ zh: {...}, ja: {...}, en: {...} }`; subclasses override. */
  static messages = { zh: {}, ja: {}, en: {} };
  /** Extra CSS for the widget's shadow root. */
  static styles = '';

  constructor() {
    super();
    /** Set by a host (e.g. from the URL hash) before connecting; merged into `state` on connect. */
    this.initialState = null;
    this.attachShadow({ mode: 'open' });
    baseSheet ??= sheetFor(baseStyles);
    const own = this.constructor.styles ? [sheetFor(this.constructor.styles)] : [];
    this.shadowRoot.adoptedStyleSheets = [baseSheet, ...own];
    this.api = null;
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
    const text = messages[this.lang]?.[key] ?? sharedMessages[this.lang][key] ?? messages.zh?.[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
  }

  async connectedCallback() {
    if (this.initialState && this.state) {
      this.state = mergeState(this.state, this.initialState);
      this.initialState = null;
    }
    if (!this.api) {
      this.renderShell();
      try {
        this.api = await loadJpseller();
      } catch (error) {
        this.showFatal(error);
        return;
      }
    }
    this.render();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.api) this.render();
  }

  renderShell() {
    this.shadowRoot.replaceChildren(h('p', { class: 'muted', text: this.t('loading') === 'loading' ? '…' : this.t('loading') }));
  }

  showFatal(error) {
    this.shadowRoot.replaceChildren(h('p', { class: 'error', role: 'alert', text: String(error?.message ?? error) }));
  }

  /** Human text for a JpsellerError (code + field + message). */
  describeError(error) {
    if (error?.code === 'internal_error') return `${this.t('internalError')} (${error.message}) [${error.code}]`;
    if (error && error.code) return `${error.message} [${error.code}]`;
    return String(error?.message ?? error);
  }

  /** Tells the host page about a new result. */
  emit(kind, detail) {
    this.dispatchEvent(new CustomEvent('jpseller:result', { detail: { kind, ...detail }, bubbles: true, composed: true }));
  }

  /** Subclasses rebuild their shadow DOM here (called on connect and on attribute changes). */
  render() {}

  /** The widget's inputs as plain JSON (for sharing through the URL hash). */
  getState() {
    return this.state ?? null;
  }

  /** Restores inputs from untrusted JSON: only known keys of the same type are taken. */
  setState(saved) {
    if (!this.state) return;
    this.state = mergeState(this.state, saved);
    if (this.api) this.render();
  }

  /** Subclasses call this after the user changes an input. */
  stateChanged() {
    this.dispatchEvent(new CustomEvent('jpseller:state', { detail: { state: this.getState() }, bubbles: true, composed: true }));
  }
}

/**
 * Copies from `saved` only what `template` has, with the same type; arrays take their item shape
 * from the template's first item. Anything else in `saved` (e.g. from a crafted URL) is dropped.
 */
export function mergeState(template, saved) {
  if (Array.isArray(template)) {
    if (!Array.isArray(saved)) return template;
    const shape = template[0];
    return shape === undefined ? template : saved.slice(0, 1000).map((item) => mergeState(shape, item));
  }
  if (template && typeof template === 'object') {
    if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return template;
    const out = {};
    for (const key of Object.keys(template)) out[key] = Object.hasOwn(saved, key) ? mergeState(template[key], saved[key]) : template[key];
    return out;
  }
  return typeof saved === typeof template ? saved : template;
}

export function define(name, elementClass) {
  if (!customElements.get(name)) customElements.define(name, elementClass);
}
