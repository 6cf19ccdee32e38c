// Reading input files: bytes from a path or stdin, the encoding detected (UTF-8 with or without
// BOM, else Shift_JIS — WHATWG's shift_jis is Windows-31J, what RMS writes), and delimited text
// (CSV/TSV, RFC 4180 quoting) split into cells that remember where they sit in the file.
import { readFileSync } from 'node:fs';
import { inputError } from './args.js';

export const ENCODINGS = ['auto', 'utf-8', 'shift_jis'];

export function readBytes(path) {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    throw inputError('unreadable_file', 'file', `cannot read ${path === '-' ? 'standard input' : path}: ${error.code ?? error.message}`);
  }
}

/** `{ text, encoding }`; `encoding` "auto" tries strict UTF-8 first. Undecodable bytes are an
 *  error rather than U+FFFD: a linter must not judge text it could not read. */
export function decode(bytes, encoding = 'auto') {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const tryDecode = (label) => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  if (encoding === 'auto' || encoding === 'utf-8') {
    const text = tryDecode('utf-8');
    if (text !== undefined) return { text, encoding: 'utf-8' };
    if (encoding === 'utf-8' || hasBom) throw inputError('invalid_encoding', 'file', 'the file is not valid UTF-8');
  }
  const text = tryDecode('shift_jis');
  if (text === undefined) throw inputError('invalid_encoding', 'file', 'the file is neither UTF-8 nor Shift_JIS');
  return { text, encoding: 'shift_jis' };
}

/** Tab when the first line has more tabs than commas outside quotes. */
export function detectDelimiter(text) {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === '\t') tabs += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * Records of delimited text. Each cell: `{ value, start, escapes }` — `start` is the UTF-16 offset
 * of its first content character in `text`, `escapes` the content offsets where a doubled quote
 * stood (so a content offset maps back to the file: see `sourceOffset`). Each record carries the
 * 1-based line it starts on. Blank lines are skipped; an unclosed quote is `invalid_csv`.
 */
export function parseDelimited(text, delimiter) {
  const records = [];
  let cells = [];
  let cell = null;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const newCell = (start) => ({ value: '', start, escapes: [] });
  const endRecord = () => {
    cells.push(cell ?? newCell(i));
    if (!(cells.length === 1 && cells[0].value === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = null;
  };
  while (i < text.length) {
    const ch = text[i];
    if (cell === null && ch === '"') {
      // A quoted cell: runs to the closing quote; "" is one quote; newlines belong to the cell.
      const quoteLine = line;
      cell = newCell(i + 1);
      let j = i + 1;
      let parts = '';
      for (;;) {
        if (j >= text.length) throw inputError('invalid_csv', 'file', `line ${quoteLine}: a quoted cell is never closed`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            cell.escapes.push(parts.length);
            parts += '"';
            j += 2;
            continue;
          }
          break;
        }
        if (text[j] === '\n') line += 1;
        parts += text[j];
        j += 1;
      }
      cell.value = parts;
      i = j + 1;
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        cell.value += text[i];
        i += 1;
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell ?? newCell(i));
      cell = null;
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      if (cell === null) cell = newCell(i);
      cell.value += ch;
      i += 1;
    }
  }
  if (cell !== null || cells.length > 0) endRecord();
  return records;
}

/** The offset in the file of content offset `offset` of `cell`. */
export function sourceOffset(cell, offset) {
  return cell.start + offset + cell.escapes.filter((at) => at < offset).length;
}

/** Maps UTF-16 offsets of `text` to 1-based line and column (column in UTF-16 units, as SARIF's
 *  default columnKind). */
export function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1, lineStart: starts[low] };
  };
}

/** Where a finding of a linted unit (a whole text, or a cell) sits in the file `text`: 1-based
 *  line/column of its start and end. 0/0 is a whole-text finding (something missing). */
export function locator(text) {
  const at = lineIndex(text);
  return (unit, finding) => {
    const from = at(sourceOffset(unit, finding.start));
    const to = at(sourceOffset(unit, finding.end));
    return { wholeText: finding.start === 0 && finding.end === 0, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  };
}
