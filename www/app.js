// The hosted page: tab bar, language switch (remembered in localStorage), one widget per tab,
// scenarios shared through the URL hash (never sent to a server; pasted copy, CSV files and
// customer data only when the user ticks "include them"), offline via a service worker.
import './widgets/index.js';
import { tabs } from './tabs.js';

const LANGS = ['zh', 'ja', 'en'];
const HTML_LANG = { zh: 'zh-CN', ja: 'ja', en: 'en' };
const TEXT = {
  zh: {
    title: 'jpseller · 日本跨境卖家计算器',
    tagline: '日本跨境电商：费用、消费税、达人营销与文案合规，全部在你的浏览器里计算。', lang: '语言', privacy: '所有计算都在本机浏览器内完成，你的数据不会上传到任何服务器。',
    sharePrivate: '在链接中包含粘贴的文案和 CSV 数据（订单、客户消息）', copyLink: '复制本页链接', copied: '链接已复制，可直接发给别人。', copyFailed: '无法自动复制：请复制地址栏里的链接。',
    shareOff: '链接（地址栏中 # 之后的部分）只保存表单设置；粘贴的文案和 CSV 不会写入链接。',
    shareOn: '链接现在包含你粘贴的文案和 CSV 数据：分享前请确认其中没有客户信息。',
    storage: '数据存放位置：地址栏 # 之后的链接保存当前的表单设置（浏览器不会把这部分发送给服务器，但分享链接就是分享其中的内容）。粘贴的文案和 CSV 只在本页面的内存中，默认不写入链接，关闭页面即消失。语言选择保存在本机的 localStorage。离线缓存只保存本站的文件，不含你的数据。',
  },
  ja: {
    title: 'jpseller · 日本向け越境EC計算ツール',
    tagline: '日本向け越境EC：手数料・消費税・クリエイター施策・表示の法令チェックをブラウザ内で計算。', lang: '言語', privacy: 'すべての計算はお使いのブラウザ内で行われ、データはどこにも送信されません。',
    sharePrivate: 'リンクに貼り付けた文章と CSV データ（注文・お客様メッセージ）を含める', copyLink: 'このページのリンクをコピー', copied: 'リンクをコピーしました。そのまま共有できます。', copyFailed: '自動でコピーできませんでした。アドレスバーのリンクをコピーしてください。',
    shareOff: 'リンク（アドレスバーの # 以降）にはフォームの設定だけを保存します。貼り付けた文章と CSV はリンクに入りません。',
    shareOn: 'リンクに貼り付けた文章と CSV データが含まれています。共有する前に、お客様の情報が入っていないか確認してください。',
    storage: '保存場所：アドレスバーの # 以降のリンクに現在のフォームの設定が入ります（ブラウザはこの部分をサーバーに送りませんが、リンクを共有すると中身も共有されます）。貼り付けた文章と CSV はこのページのメモリ上にだけあり、既定ではリンクに入らず、ページを閉じると消えます。言語の選択はこの端末の localStorage に保存します。オフライン用キャッシュに入るのはこのサイトのファイルだけで、あなたのデータは含みません。',
  },
  en: {
    title: 'jpseller · Calculators for selling in Japan',
    tagline: 'Cross-border selling in Japan: fees, consumption tax, creator campaigns and copy compliance, computed in your browser.', lang: 'Language', privacy: 'Everything is computed in your browser; your data is never uploaded.',
    sharePrivate: 'Include pasted copy and CSV data (orders, customer messages) in the link', copyLink: 'Copy this page\'s link', copied: 'Link copied: you can share it as it is.', copyFailed: 'Could not copy automatically: copy the link from the address bar.',
    shareOff: 'The link (the part of the address after #) holds only the form settings; pasted copy and CSV stay out of it.',
    shareOn: 'The link now contains your pasted copy and CSV data: check that it holds no customer information before you share it.',
    storage: 'What is stored where: the link after # in the address bar holds the current form settings (browsers never send that part to a server, but sharing the link shares what is in it). Pasted copy and CSV live only in this page\'s memory: by default they stay out of the link and are gone when you close the page. Your language choice is kept in this device\'s localStorage. The offline cache holds this site\'s files only, none of your data.',
  },
};

function storedLang() {
  try {
    const saved = localStorage.getItem('jpseller.lang');
    return LANGS.includes(saved) ? saved : 'zh';
  } catch {
    return 'zh';
  }
}

function applyLang(lang) {
  document.documentElement.lang = HTML_LANG[lang];
  document.title = TEXT[lang].title;
  document.getElementById('tagline').textContent = TEXT[lang].tagline;
  document.getElementById('lang-label').textContent = TEXT[lang].lang;
  for (const id of ['privacy', 'storage']) document.getElementById(id).textContent = TEXT[lang][id];
  document.getElementById('share-private-label').textContent = TEXT[lang].sharePrivate;
  document.getElementById('copy-link').textContent = TEXT[lang].copyLink;
  document.getElementById('lang').value = lang;
  showShareNote();
  for (const tab of tabs) {
    document.getElementById(`tab-${tab.id}`).textContent = tab.label[lang];
    document.getElementById(`panel-${tab.id}`).firstElementChild.setAttribute('lang', lang);
  }
  // New labels, new widths: keep the selected tab in view.
  const selected = document.querySelector('#tabs [aria-selected="true"]');
  if (selected) revealTab(selected);
  try {
    localStorage.setItem('jpseller.lang', lang);
  } catch {
    // Private mode: the choice just isn't remembered.
  }
}

/** UTF-8 JSON ⇄ base64url, for `#tab=fees&fees=<state>` links. */
export function encodeState(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeState(text) {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null; // A mangled link restores nothing rather than breaking the page.
  }
}

const sharePrivate = () => document.getElementById('share-private').checked;

/** A widget's state as the link holds it: without its privateState unless the user shares it. */
const linkState = (widget) => encodeState(widget.getState({ withPrivate: sharePrivate() }));

function showShareNote() {
  const lang = document.getElementById('lang').value;
  document.getElementById('share-note').textContent = TEXT[lang][sharePrivate() ? 'shareOn' : 'shareOff'];
}

function hashParams() {
  return new URLSearchParams(location.hash.slice(1));
}

function writeHash(params) {
  history.replaceState(null, '', `#${params}`);
}

function restoreFromHash(apply) {
  const params = hashParams();
  for (const tab of tabs) {
    const saved = params.has(tab.id) ? decodeState(params.get(tab.id)) : null;
    if (saved) apply(tab, saved);
  }
  const tab = params.get('tab');
  return tabs.some((t) => t.id === tab) ? tab : null;
}

/**
 * Scrolls the tab bar (one row that scrolls sideways on a phone) so the selected tab is in view,
 * also when a shared link opens a tab beyond the screen's edge. Only the bar scrolls, not the page.
 */
function revealTab(button) {
  const nav = button.parentElement;
  const bar = nav.getBoundingClientRect();
  const tab = button.getBoundingClientRect();
  if (tab.left < bar.left) nav.scrollLeft -= bar.left - tab.left;
  else if (tab.right > bar.right) nav.scrollLeft += tab.right - bar.right;
}

function selectTab(id, focus = false) {
  for (const tab of tabs) {
    const selected = tab.id === id;
    const button = document.getElementById(`tab-${tab.id}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    document.getElementById(`panel-${tab.id}`).hidden = !selected;
    if (selected && focus) button.focus();
    if (selected) revealTab(button);
  }
  const params = hashParams();
  if (params.get('tab') !== id) {
    params.set('tab', id);
    writeHash(params);
  }
}

function build() {
  const saved = new Map();
  const initialTab = restoreFromHash((tab, state) => saved.set(tab.id, state));
  const nav = document.getElementById('tabs');
  const panels = document.getElementById('panels');
  for (const tab of tabs) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `tab-${tab.id}`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `panel-${tab.id}`);
    button.addEventListener('click', () => selectTab(tab.id));
    nav.append(button);

    const panel = document.createElement('section');
    panel.id = `panel-${tab.id}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    const widget = document.createElement(tab.element);
    widget.initialState = saved.get(tab.id) ?? null; // before connecting: restores on first render
    widget.addEventListener('jpseller:state', () => {
      const params = hashParams();
      params.set(tab.id, linkState(widget));
      writeHash(params);
    });
    panel.append(widget);
    panels.append(panel);
  }
  const widgetOf = (tab) => document.getElementById(`panel-${tab.id}`).firstElementChild;
  window.addEventListener('hashchange', () => {
    const tab = restoreFromHash((t, saved) => widgetOf(t).setState(saved));
    if (tab) selectTab(tab);
  });
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  nav.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((t) => document.getElementById(`tab-${t.id}`) === document.activeElement);
    if (index < 0 || !['ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    selectTab(tabs[next].id, true);
  });
  document.getElementById('lang').addEventListener('change', (event) => applyLang(event.target.value));
  // Ticking or unticking rewrites every tab's link state at once.
  document.getElementById('share-private').addEventListener('change', () => {
    const params = hashParams();
    for (const tab of tabs) if (params.has(tab.id)) params.set(tab.id, linkState(widgetOf(tab)));
    writeHash(params);
    showShareNote();
  });
  // The link holds the tab's inputs (a comparison, a scenario): one click puts it on the clipboard.
  document.getElementById('copy-link').addEventListener('click', async () => {
    const text = TEXT[document.getElementById('lang').value];
    try {
      await navigator.clipboard.writeText(location.href);
      document.getElementById('share-note').textContent = text.copied;
    } catch {
      document.getElementById('share-note').textContent = text.copyFailed;
    }
  });
  applyLang(storedLang());
  selectTab(initialTab ?? tabs[0].id);
}

build();

// Offline after the first visit. Registration fails harmlessly where service workers are
// unavailable (file://, some embedded browsers); the page itself does not depend on it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
