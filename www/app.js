// The hosted page: tab bar, language switch (remembered in localStorage), one widget per tab,
// scenarios shared through the URL hash (never sent to a server), offline via a service worker.
import './widgets/index.js';
import { tabs } from './tabs.js';

const LANGS = ['zh', 'ja', 'en'];
const HTML_LANG = { zh: 'zh-CN', ja: 'ja', en: 'en' };
const TEXT = {
  zh: { tagline: '日本跨境电商：费用、消费税、达人营销与文案合规，全部在你的浏览器里计算。', lang: '语言', privacy: '所有计算都在本机浏览器内完成，你的数据不会上传到任何服务器。' },
  ja: { tagline: '日本向け越境EC：手数料・消費税・クリエイター施策・表示の法令チェックをブラウザ内で計算。', lang: '言語', privacy: 'すべての計算はお使いのブラウザ内で行われ、データはどこにも送信されません。' },
  en: { tagline: 'Cross-border selling in Japan: fees, consumption tax, creator campaigns and copy compliance, computed in your browser.', lang: 'Language', privacy: 'Everything is computed in your browser; your data is never uploaded.' },
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
  document.getElementById('tagline').textContent = TEXT[lang].tagline;
  document.getElementById('lang-label').textContent = TEXT[lang].lang;
  document.getElementById('privacy').textContent = TEXT[lang].privacy;
  document.getElementById('lang').value = lang;
  for (const tab of tabs) {
    document.getElementById(`tab-${tab.id}`).textContent = tab.label[lang];
    document.getElementById(`panel-${tab.id}`).firstElementChild.setAttribute('lang', lang);
  }
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

function selectTab(id, focus = false) {
  for (const tab of tabs) {
    const selected = tab.id === id;
    const button = document.getElementById(`tab-${tab.id}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    document.getElementById(`panel-${tab.id}`).hidden = !selected;
    if (selected && focus) button.focus();
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
    widget.addEventListener('jpseller:state', (event) => {
      const params = hashParams();
      params.set(tab.id, encodeState(event.detail.state));
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
  applyLang(storedLang());
  selectTab(initialTab ?? tabs[0].id);
}

build();

// Offline after the first visit. Registration fails harmlessly where service workers are
// unavailable (file://, some embedded browsers); the page itself does not depend on it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
