// `jpseller mcp`: a Model Context Protocol server on stdin/stdout (the official SDK's stdio
// transport), exposing the API as tools. Offline and deterministic: no network, no telemetry,
// nothing written but protocol messages on stdout (diagnostics go to stderr).
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { version } from '../node.js';
import { parse } from './args.js';
import { TOOLS, callTool } from './tools.js';

export const help = `Usage: jpseller mcp

Runs a Model Context Protocol server on stdio for AI assistants (Claude Desktop, Cursor, VS Code …).
Tools: ${TOOLS.map((t) => t.name).join(', ')}.
Each returns the API's JSON (structuredContent and as text) and a short summary. Register it as
  { "mcpServers": { "jpseller": { "command": "npx", "args": ["-y", "jpseller", "mcp"] } } }
Nothing leaves the machine: the engine runs in this process, and the server makes no requests.`;

const INSTRUCTIONS = 'jpseller computes Japanese marketplace fees, consumption tax and copy compliance locally and exactly. Amounts are whole yen as strings or numbers ("3980"); percentages as "3.5". Results carry sources and an evidence status; "unverified" means a preset rate the seller should confirm. Pass asOf for reproducible fee answers.';

export async function run(argv, io) {
  const { values } = parse(argv, {});
  if (values.help) return io.out(help + '\n'), 0;
  const server = new Server({ name: 'jpseller', version: version() }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: TOOLS.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => callTool(request.params.name, request.params.arguments));
  await server.connect(new StdioServerTransport());
  // The process lives while stdin is open; the client ends it by closing stdin.
  return 0;
}
