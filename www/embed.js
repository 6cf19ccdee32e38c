// One widget in a page of its own, for portals whose CSP forbids third-party scripts:
//   <iframe src="https://your-host/embed.html?widget=tax-calculator&lang=ja&parentOrigin=https://portal.example"></iframe>
// Query parameters: widget (one of the page's tabs), lang, any of the widget's attributes, and
// parentOrigin — when given, results are posted to the parent window at exactly that origin.
import './widgets/index.js';
import { tabs } from './tabs.js';

const params = new URLSearchParams(location.search);
const wanted = `jpseller-${params.get('widget') ?? ''}`;
const tab = tabs.find((t) => t.element === wanted) ?? tabs[0];
const widget = document.createElement(tab.element);
for (const [name, value] of params) {
  if (!['widget', 'parentOrigin'].includes(name) && /^[a-z][a-z-]*$/.test(name)) widget.setAttribute(name, value);
}
document.documentElement.lang = widget.getAttribute('lang') ?? 'zh';

const parentOrigin = params.get('parentOrigin');
if (parentOrigin && window.parent !== window) {
  let origin = null;
  try {
    origin = new URL(parentOrigin).origin;
  } catch {
    // Not a URL: results stay inside the frame.
  }
  if (origin) {
    widget.addEventListener('jpseller:result', (event) => {
      window.parent.postMessage({ type: 'jpseller:result', widget: tab.element, detail: event.detail }, origin);
    });
  }
}
document.getElementById('widget').append(widget);
