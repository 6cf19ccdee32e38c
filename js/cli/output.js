// Shared output helpers: ANSI colour (only on a terminal) and the command line's own words in the
// user's language. CSV is written by the page's own writer (widgets/csv.js: BOM for Excel, cells
// that a spreadsheet would run as formulas neutralised).
const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], highlight: [7, 27] };

export function paint(enabled, style, text) {
  if (!enabled) return text;
  const [on, off] = ANSI[style];
  return `\x1b[${on}m${text}\x1b[${off}m`;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

const WORDS = {
  error: { zh: '错误', ja: 'エラー', en: 'error' },
  warning: { zh: '警告', ja: '警告', en: 'warning' },
  info: { zh: '提示', ja: '情報', en: 'info' },
  wholeText: { zh: '（整段文字）', ja: '（全文）', en: '(whole text)' },
  summary: {
    zh: (s) => `共 ${s.error + s.warning + s.info} 项：${s.error} 个错误，${s.warning} 个警告，${s.info} 个提示`,
    ja: (s) => `合計 ${s.error + s.warning + s.info} 件：エラー ${s.error}、警告 ${s.warning}、情報 ${s.info}`,
    en: (s) => `${plural(s.error + s.warning + s.info, 'finding')}: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info`,
  },
};

export function say(lang, word, ...args) {
  const entry = WORDS[word][lang];
  return typeof entry === 'function' ? entry(...args) : entry;
}
