// The hosted page: tab bar, language switch (remembered in localStorage), one widget per tab.
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

function selectTab(id, focus = false) {
  for (const tab of tabs) {
    const selected = tab.id === id;
    const button = document.getElementById(`tab-${tab.id}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    document.getElementById(`panel-${tab.id}`).hidden = !selected;
    if (selected && focus) button.focus();
  }
}

function build() {
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
    panel.append(document.createElement(tab.element));
    panels.append(panel);
  }
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  nav.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((t) => document.getElementById(`tab-${t.id}`) === document.activeElement);
    if (index < 0 || !['ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    selectTab(tabs[next].id, true);
  });
  document.getElementById('lang').addEventListener('change', (event) => applyLang(event.target.value));
  applyLang(storedLang());
  selectTab(tabs[0].id);
}

build();
