// One widget in a page of its own, for portals whose CSP forbids third-party scripts:
//   <iframe src="https://your-host/embed.html?widget=tax-calculator&lang=ja&parentOrigin=https://portal.example"></iframe>
// Query parameters: widget (one of the page's tabs), the widget's own attributes (its
// observedAttributes: lang plus those documented in www/widgets/index.d.ts), and parentOrigin — when
// given, results are posted to the parent window at exactly that origin. Anything else is ignored
// and said so on the page; an invalid parentOrigin posts nothing, also said so.
import './widgets/index.js';
import { tabs } from './tabs.js';

const NOTICES = {
  zh: {
    ignored: '已忽略此组件不支持的参数：{names}',
    origin: 'parentOrigin 无效（须为 https:// 源，或 http://localhost、http://127.0.0.1 加可选端口）：结果不会发送给上层页面。',
  },
  ja: {
    ignored: 'このウィジェットで使えないパラメータを無視しました：{names}',
    origin: 'parentOrigin が無効です（https:// のオリジン、または http://localhost・http://127.0.0.1 とポート番号のみ）。結果は親ページに送信されません。',
  },
  en: {
    ignored: 'Ignored parameters this widget does not take: {names}',
    origin: 'Invalid parentOrigin (an https:// origin, or http://localhost or http://127.0.0.1 with an optional port): results are not posted to the parent page.',
  },
};

/**
 * `value` as an origin to post to, or null: exactly an https:// origin, or a local development
 * origin (http://localhost or http://127.0.0.1, any port). No path, credentials or other scheme.
 */
function postableOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== value.replace(/\/$/, '')) return null;
  const local = url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  return url.protocol === 'https:' || local ? url.origin : null;
}

const params = new URLSearchParams(location.search);
const wanted = `jpseller-${params.get('widget') ?? ''}`;
const tab = tabs.find((t) => t.element === wanted) ?? tabs[0];
const widget = document.createElement(tab.element);
const attributes = new Set(customElements.get(tab.element).observedAttributes);
const ignored = [];
for (const [name, value] of params) {
  if (name === 'widget' || name === 'parentOrigin') continue;
  if (attributes.has(name)) widget.setAttribute(name, value);
  else ignored.push(name);
}
document.documentElement.lang = widget.lang;

const notices = [];
const say = (key, params = {}) => notices.push(NOTICES[widget.lang][key].replace(/\{(\w+)\}/g, (_, p) => params[p]));
if (ignored.length) say('ignored', { names: ignored.join(', ') });

if (params.has('parentOrigin')) {
  const origin = postableOrigin(params.get('parentOrigin'));
  if (!origin) say('origin');
  else if (window.parent !== window) {
    widget.addEventListener('jpseller:result', (event) => {
      window.parent.postMessage({ type: 'jpseller:result', widget: tab.element, detail: event.detail }, origin);
    });
  }
}
const notice = document.getElementById('notice');
notice.textContent = notices.join(' ');
notice.hidden = notices.length === 0;
document.getElementById('widget').append(widget);
