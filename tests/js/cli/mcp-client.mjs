// A minimal MCP client for the tests: raw newline-delimited JSON-RPC over the server's stdio, as
// the MCP stdio transport specifies, independent of the SDK the server is built on.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { BIN } from './run.mjs';

/** Starts `jpseller mcp`: request() resolves with the response of that id. */
export function startServer() {
  const child = spawn(BIN, ['mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = new Map();
  const stdoutLines = [];
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdoutLines.push(line);
    const message = JSON.parse(line); // every stdout line must be a JSON-RPC message
    pending.get(message.id)?.(message);
  });
  let nextId = 1;
  return {
    stdoutLines,
    stderr: () => stderr,
    notify: (method, params) => child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method, params }) + '\n'),
    request: (method, params) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
      }),
    close: () =>
      new Promise((resolve) => {
        child.on('exit', resolve);
        child.stdin.end(); // closing stdin ends the server
      }),
  };
}

/** An initialized session: the initialize handshake done. */
export async function initializedServer() {
  const server = startServer();
  await server.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'jpseller-test', version: '0' } });
  server.notify('notifications/initialized');
  return server;
}
