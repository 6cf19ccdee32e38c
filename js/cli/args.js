// Argument parsing for the command line: node:util parseArgs, with its errors turned into usage
// errors (exit 2) and the API's number grammar for amounts typed as people type them (¥3,980).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { normalizeNumber } from '../node.js';

/** A mistake in the command line itself: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
    this.code = 'usage';
    this.field = '';
  }
}

/** A JpsellerError-shaped error raised by the command line (unreadable file, bad CSV …). */
export function inputError(code, field, message) {
  const error = new Error(field ? `${field}: ${message}` : message);
  error.name = 'JpsellerError';
  return Object.assign(error, { code, field });
}

export const LANGS = ['zh', 'ja', 'en'];

/** parseArgs in strict mode, plus the options every command has (--help, --lang). */
export function parse(argv, options, { positionals = 0 } = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string', default: 'zh' }, ...options },
      allowPositionals: positionals > 0,
      strict: true,
    });
  } catch (error) {
    if (String(error.code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message);
    throw error;
  }
  const { values, positionals: rest } = parsed;
  if (!values.help) {
    if (!LANGS.includes(values.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
    if (rest.length > positionals) throw new UsageError(`unexpected argument ${JSON.stringify(rest[positionals])}`);
  }
  return { values, positionals: rest };
}

/** Checks an option against its allowed values (undefined passes: the API's default applies). */
export function oneOf(values, name, allowed) {
  const value = values[name];
  if (value !== undefined && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value;
}

/** An amount or percentage as typed ("3,980", "¥3,980", "１０％"), in the API's grammar; the
 *  API's own error (code invalid_input) names the option as its field. */
export function number(values, name) {
  const text = values[name];
  if (text === undefined) return undefined;
  try {
    return normalizeNumber(text);
  } catch (error) {
    const bare = error.field && error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
    error.field = `--${name}`;
    error.message = `--${name}: ${bare}`;
    throw error;
  }
}

/** A JSON file given as an option's value, e.g. --options lint-options.json. */
export function jsonFile(values, name) {
  const path = values[name];
  if (path === undefined) return undefined;
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw inputError('unreadable_file', `--${name}`, `cannot read ${path}: ${error.code ?? error.message}`);
  }
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
    return value;
  } catch (error) {
    throw inputError('invalid_json', `--${name}`, `${path}: ${error.message}`);
  }
}

/** Drops undefined members, so the API sees only what was given (its defaults apply otherwise). */
export function defined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
