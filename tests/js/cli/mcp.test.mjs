// `jpseller mcp` driven over stdio with raw JSON-RPC (newline-delimited, as the MCP stdio
// transport specifies), independent of the SDK the server uses: initialize, tools/list, and calls
// whose results must be the API's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateOrder, lint } from 'jpseller';
import { startServer } from './mcp-client.mjs';

test('MCP over stdio: initialize, tools/list, lint_copy and estimate_order equal the API', async () => {
  const server = startServer();
  const init = await server.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'jpseller-test', version: '0' } });
  assert.equal(init.result.protocolVersion, '2025-06-18');
  assert.equal(init.result.serverInfo.name, 'jpseller');
  assert.ok(init.result.capabilities.tools);
  server.notify('notifications/initialized');

  const { result: listed } = await server.request('tools/list', {});
  const tools = new Map(listed.tools.map((t) => [t.name, t]));
  for (const name of ['lint_copy', 'estimate_order', 'compare_marketplaces', 'solve_price', 'price_with_tax', 'explain_rule', 'store_health']) {
    assert.ok(tools.has(name), name);
    assert.equal(tools.get(name).inputSchema.type, 'object', name);
    assert.ok(tools.get(name).description.length > 20, name);
  }
  // Schemas derived from the API types: the fields and their choices are the API's.
  const order = tools.get('estimate_order').inputSchema;
  assert.deepEqual(order.required, ['platform']);
  assert.deepEqual(order.properties.platform.enum, ['rakuten', 'tiktok', 'amazon', 'yahoo', 'qoo10']);
  assert.deepEqual(order.properties.rakuten.properties.device.enum, ['pc', 'mobile']);
  assert.equal(order.additionalProperties, false);
  const lintSchema = tools.get('lint_copy').inputSchema;
  assert.deepEqual(lintSchema.required, ['text']);
  assert.ok(lintSchema.properties.productClass.enum.includes('cosmetics'));

  const sentence = '飲むだけで痩せる！顧客満足度No.1のサプリ';
  const linted = await server.request('tools/call', { name: 'lint_copy', arguments: { text: sentence, productClass: 'health_food' } });
  const expectedLint = lint(sentence, { productClass: 'health_food' });
  assert.ok(expectedLint.summary.error > 0, 'the sentence violates');
  assert.deepEqual(linted.result.structuredContent, expectedLint);
  assert.deepEqual(JSON.parse(linted.result.content[1].text), expectedLint);
  assert.ok(linted.result.content[0].text.startsWith(`${expectedLint.findings.length} findings: ${expectedLint.summary.error} error`));
  assert.ok(!linted.result.isError);

  const input = { platform: 'rakuten', asOf: '2026-12-01', price: '3980', costs: { cogsPerUnit: '1200' } };
  const estimated = await server.request('tools/call', { name: 'estimate_order', arguments: input });
  const expectedOrder = estimateOrder(input);
  assert.deepEqual(estimated.result.structuredContent, expectedOrder);
  assert.deepEqual(JSON.parse(estimated.result.content[1].text), expectedOrder);
  assert.match(estimated.result.content[0].text, new RegExp(`profit ¥[\\d,]+`));

  // Bad input is a tool error carrying the API's code and field, not a protocol failure.
  const bad = await server.request('tools/call', { name: 'estimate_order', arguments: { platform: 'rakuten', price: 'abc' } });
  assert.equal(bad.result.isError, true);
  let apiError;
  try {
    estimateOrder({ platform: 'rakuten', price: 'abc' });
  } catch (error) {
    apiError = error;
  }
  assert.deepEqual(bad.result.structuredContent.error, { code: apiError.code, field: apiError.field, message: apiError.message });

  const tax = await server.request('tools/call', { name: 'price_with_tax', arguments: { price: 1980, rate: '10' } });
  assert.equal(tax.result.content[0].text, '¥1,980 + tax ¥198 (10 %, floor) = ¥2,178.');

  await server.close();
  assert.equal(server.stderr(), '');
  assert.equal(server.stdoutLines.length, 6, 'one response per request, nothing else on stdout');
});
