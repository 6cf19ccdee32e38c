// CSV for bulk files: decode bytes (UTF-8 with or without BOM, else Shift_JIS as RMS exports
// use), parse RFC 4180 (quoted fields, doubled quotes, CRLF, newlines inside quotes) and write.

/**
 * Decodes a file's bytes: with `encoding` 'auto', UTF-8 when valid, otherwise Shift_JIS (Rakuten
 * RMS exports); else in the encoding named (a TextDecoder label, e.g. 'utf-8', 'shift_jis').
 */
export function decodeCsvBytes(bytes, encoding = 'auto') {
  if (encoding !== 'auto') return { text: new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, ''), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Parses CSV text into an array of rows (arrays of strings). */
export function parseCsv(text) {
  return parseCsvLines(text).rows;
}

/**
 * Rows and, for each, the file line it starts on (1-based, the header is line 1; a quoted cell's
 * newlines and blank lines count), so a seller can find a bad row in a text editor.
 */
export function parseCsvLines(text) {
  const rows = [];
  const lines = [];
  let row = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') { rows.push(row); lines.push(rowLine); }
      row = [];
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); lines.push(rowLine); }
  return { rows, lines };
}

/** Rows of objects keyed by the header row, with each record's file line number in `lines`. */
export function csvRecords(text) {
  const { rows: [header = [], ...rows], lines } = parseCsvLines(text);
  const names = header.map((h) => h.trim());
  return { header: names, records: rows.map((r) => Object.fromEntries(names.map((name, i) => [name, r[i] ?? '']))), lines: lines.slice(1) };
}

/**
 * Cell starts a spreadsheet may read as a formula (CSV injection): = + - @, their full-width forms
 * ＝ ＋ － ＠ (Japanese Excel and IMEs fold them), and tab, CR, LF and NUL before any of them.
 */
const FORMULA_START = /^[=+\-@＝＋－＠\t\r\n\0]/;

function quote(value) {
  const s = value === undefined || value === null ? '' : String(value);
  // Such a cell gets a leading quote. Only a whole negative number is left alone (`-2+3+cmd|…`
  // starts with a digit too).
  const safe = FORMULA_START.test(s) && !/^-\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text with a UTF-8 BOM so Excel opens Japanese text correctly. */
export function toCsv(header, rows) {
  return `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
