// The README's API reference stays in sync with the package: every exported function is named in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as jpseller from 'jpseller';

const require = createRequire(import.meta.url);

test('every exported function is documented in the README', () => {
  const readme = readFileSync(require.resolve('jpseller/package.json').replace('package.json', 'README.md'), 'utf8');
  const internal = new Set(['default', 'initSync']);
  const missing = Object.entries(jpseller)
    .filter(([name, value]) => typeof value === 'function' && !internal.has(name))
    .map(([name]) => name)
    .filter((name) => !readme.includes(`\`${name}(`));
  assert.deepEqual(missing, []);
});
