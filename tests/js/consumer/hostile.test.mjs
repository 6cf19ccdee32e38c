// Hostile inputs against every export of the installed package, discovered at run time so a new
// export is covered the day it lands. Each call must either throw an Error carrying a string
// `code` (and a string `field`) or return a JSON-compatible value — never trap, never hang — and
// the module must still answer correctly afterwards. Field-level mutations start from the
// regression cases in tests/regression/*.json, so an API with fixtures is attacked field by field too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as jpseller from 'jpseller';
import { fixtureArgs } from './regression.mjs';

/** Not API functions: the wasm initializers. */
const NOT_API = new Set(['default', 'initSync']);
const exportsToAttack = Object.entries(jpseller).filter(([name, value]) => typeof value === 'function' && !NOT_API.has(name));

const TEN_MB = 10 * 1024 * 1024;
const tenMbDigits = '1'.repeat(TEN_MB);
const tenMbText = 'あ'.repeat(TEN_MB / 2) + '\uD800';

function deepNest(depth, leaf) {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

function cyclic() {
  const o = { a: 1 };
  o.self = o;
  return o;
}

/** [label, value] — values any field or argument might receive from careless or hostile code. */
const HOSTILE = [
  ['undefined', undefined], ['null', null], ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity],
  ['-0', -0], ['0', 0], ['-1', -1], ['0.5', 0.5], ['1e308', 1e308], ['-1e308', -1e308], ['5e-324', 5e-324],
  ['2^53+2', 2 ** 53 + 2], ['2^64', 2 ** 64], ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['BigInt', 10n], ['true', true], ['false', false],
  ['" 12 "', ' 12 '], ['"1 000"', '1 000'], ['full-width "１２"', '１２'], ['"1e3"', '1e3'], ['"0x10"', '0x10'],
  ['"-0"', '-0'], ['"+5"', '+5'], ['"1,000"', '1,000'], ['"¥1000"', '¥1000'], ['""', ''], ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'], ['99-digit string', '9'.repeat(99)],
  ['lone surrogate', '\uD800'], ['reversed surrogates', '\uDC00\uD800'], ['NUL', '\u0000'], ['RTL override', '\u202E10'],
  ['[]', []], ['{}', {}], ['[null]', [null]], ['[1,"a",{}]', [1, 'a', {}]], ['sparse array', [, , 1]], // eslint-disable-line no-sparse-arrays
  ['nested garbage', { a: [{ b: { c: [null, NaN, '', {}] } }], '': -0 }],
  ['nested 5000 deep', deepNest(5000, 1)],
  ['__proto__ own key', JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')],
  ['Object.create(null)', Object.create(null)],
  ['cyclic object', cyclic()],
  ['throwing getter', Object.defineProperty({}, 'x', { enumerable: true, get() { throw new Error('getter'); } })],
  ['toJSON returning undefined', { toJSON: () => undefined }],
  ['Date', new Date(0)], ['Map', new Map([['a', 1]])], ['Symbol', Symbol('s')], ['function', () => 1],
  ['Uint8Array', new Uint8Array([1, 2, 3])],
];
const HUGE = [['10 MB digits', tenMbDigits], ['10 MB text + lone surrogate', tenMbText]];

/** Paths to every value inside `value` (objects and arrays), e.g. [0, 'lines', 1, 'amount']. */
function paths(value, prefix = []) {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths(value[k], [...prefix, k]))];
}

function replaced(value, path, replacement) {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[head] = replaced(value[head], rest, replacement);
  return copy;
}

/** A JSON-compatible value: what every jpseller function promises to return. */
function isJsonValue(v, depth = 0) {
  if (depth > 200) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every((x) => isJsonValue(x, depth + 1));
  return false;
}

/** Calls `fn(...args)`; returns a description of the outcome or throws an assertion error. */
function attack(name, fn, args, label) {
  let result;
  try {
    result = fn(...args);
  } catch (error) {
    assert.ok(error instanceof Error, `${name}(${label}) threw a non-Error: ${String(error)}`);
    assert.equal(typeof error.code, 'string', `${name}(${label}) threw without a code: ${error.stack}`);
    assert.ok(error.code.length > 0, `${name}(${label}): empty code`);
    assert.equal(typeof error.field, 'string', `${name}(${label}): field is not a string`);
    return `error:${error.code}`;
  }
  assert.ok(isJsonValue(result), `${name}(${label}) returned a non-JSON value: ${String(result)}`);
  return 'ok';
}

/** The module still gives exact answers (no trapped or poisoned instance). */
function assertAlive(context) {
  const r = jpseller.priceWithTax({ price: '1000', rate: '10' });
  assert.equal(r.incl, '1100', `module broken after ${context}`);
  assert.equal(typeof jpseller.version(), 'string');
}

const fixtures = fixtureArgs();

test('every export was discovered', () => {
  const names = exportsToAttack.map(([n]) => n);
  assert.ok(names.includes('priceWithTax') && names.includes('invoiceTax') && names.includes('version'), names.join(', '));
});

for (const [name, fn] of exportsToAttack) {
  test(`${name}: hostile arguments throw a coded Error or return JSON`, () => {
    const arity = Math.max(1, fn.length);
    for (const [label, value] of [...HOSTILE, ...HUGE]) {
      for (let position = 0; position < arity; position++) {
        const args = Array.from({ length: arity }, (_, i) => (i === position ? value : undefined));
        attack(name, fn, args, `arg ${position} = ${label}`);
        assertAlive(`${name}(${label})`);
      }
      attack(name, fn, [], 'no arguments');
    }
    // Field by field, starting from the first three fixtures (valid ones run the full engine).
    for (const args of (fixtures.get(name) ?? []).slice(0, 3)) {
      for (const path of paths(args).filter((p) => p.length > 0)) {
        for (const [label, value] of HOSTILE) {
          attack(name, fn, replaced(args, path, value), `${path.join('.')} = ${label}`);
        }
        assertAlive(`${name} field ${path.join('.')}`);
      }
      // The huge strings once per leaf of the first fixture only: each costs tens of ms.
    }
    const first = (fixtures.get(name) ?? [])[0];
    if (first) {
      for (const path of paths(first).filter((p) => p.length > 0)) {
        for (const [label, value] of HUGE) attack(name, fn, replaced(first, path, value), `${path.join('.')} = ${label}`);
      }
      assertAlive(`${name} with 10 MB fields`);
    }
    // Hostility elsewhere did not break valid input: some fixture of this API still succeeds.
    // Registration is stateful: a hostile variant that was still a valid file took the fixture's
    // dataVersion, so the valid file afterwards comes under a version of its own.
    const fresh = (args) =>
      name === 'registerFeeSchedules' && args[0] && typeof args[0] === 'object'
        ? [{ ...args[0], dataVersion: `${args[0].dataVersion}-afterwards` }, ...args.slice(1)]
        : args;
    const afterwards = (fixtures.get(name) ?? []).map((args) => attack(name, fn, fresh(args), 'fixture afterwards'));
    if (afterwards.length) assert.ok(afterwards.includes('ok'), `${name}: no fixture returned a result`);
  });
}

test('prototype pollution keys never reach Object.prototype', () => {
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
});
