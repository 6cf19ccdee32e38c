// Run in its own file, so its own process: the hostile test's 10 MB inputs leave tens of MiB of
// free wasm memory that would hide a leak. Every fixture of every API, valid and invalid, called
// round robin 100,000 times; the memory may not keep growing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as jpseller from 'jpseller';
import { fixtureArgs } from './regression.mjs';

const fixtures = fixtureArgs();

test('100,000 calls do not grow wasm memory without bound', (t) => {
  const memory = jpseller.initSync().memory; // already initialized: returns the live exports
  assert.ok(memory instanceof WebAssembly.Memory);
  const calls = [];
  for (const [api, list] of fixtures) {
    if (typeof jpseller[api] === 'function') for (const args of list) calls.push(() => jpseller[api](...args));
  }
  calls.push(() => jpseller.priceWithTax({ price: '１２', rate: '10' }), () => jpseller.version());
  const run = (n) => {
    for (let i = 0; i < n; i++) {
      try { calls[i % calls.length](); } catch (error) { if (typeof error.code !== 'string') throw error; }
    }
  };
  run(1_000); // warm up: first allocations, static error codes
  const start = memory.buffer.byteLength;
  run(50_000);
  const middle = memory.buffer.byteLength;
  run(49_000);
  const end = memory.buffer.byteLength;
  const mib = (b) => (b / 1048576).toFixed(2);
  t.diagnostic(`wasm memory: ${mib(start)} MiB after warm-up, ${mib(middle)} MiB after 50,000 calls, ${mib(end)} MiB after 99,000 (${calls.length} distinct calls)`);
  console.log(`# wasm memory growth over 100,000 calls: ${mib(start)} → ${mib(middle)} → ${mib(end)} MiB`);
  // A leak of even 32 bytes per call would add ≥ 1.5 MiB over the second half.
  assert.ok(end - middle <= 1024 * 1024, `memory kept growing: ${mib(middle)} → ${mib(end)} MiB`);
  assert.equal(jpseller.priceWithTax({ price: '1000', rate: '10' }).incl, '1100', 'module broken after 100,000 calls');
});
