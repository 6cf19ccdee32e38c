// Numbers as sellers type them: `3,980`, `¥3,980`, `３９８０` (IME full-width digits), `3980円`,
// `１５％`, `−50`. Every numeric input of every widget goes through `normalizeNumber` before the
// value reaches the engine, so the page accepts what bulk mode's CSV reader accepts.

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
/** 1,234 / 1,234,567.5: commas only where thousands separators belong. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The plain ASCII decimal for `text` (`'¥3,980'` → `'3980'`, `'１５％'` → `'15'`), or the trimmed
 * text unchanged when it is not a number as people write one, so the engine still rejects it with
 * its own code (`'3,98'`, `'12.5.1'`, `'abc'`). Blank stays blank.
 */
export function normalizeNumber(text) {
  const raw = String(text ?? '').trim();
  // NFKC turns full-width digits, ，．％＋ and ￥ into their ASCII (or ¥) forms.
  let s = raw.normalize('NFKC').replace(/[\s\u00a0]/g, '').replace(/[\u2212\u2012\u2013\u2014]/g, '-');
  let sign = '';
  if (/^[+-]/.test(s)) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  s = s.replace(/^(¥|\\|JPY)/i, '').replace(/(円|%|JPY)$/i, '');
  if (!sign && /^[+-]/.test(s)) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  return PLAIN.test(s) ? `${sign}${s}` : raw;
}
