// CSV for bulk files: decode bytes (UTF-8 with or without BOM, else Shift_JIS as RMS exports
// use), parse RFC 4180 (quoted fields, doubled quotes, CRLF, newlines inside quotes) and write.

/** Decodes a file's bytes: UTF-8 when valid, otherwise Shift_JIS (Rakuten RMS item CSV). */
export function decodeCsvBytes(bytes) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Parses CSV text into an array of rows (arrays of strings). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows of objects keyed by the header row. */
export function csvRecords(text) {
  const [header = [], ...rows] = parseCsv(text);
  const names = header.map((h) => h.trim());
  return { header: names, records: rows.map((r) => Object.fromEntries(names.map((name, i) => [name, r[i] ?? '']))) };
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
