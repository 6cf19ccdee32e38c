#!/usr/bin/env node
// The `jpseller` command (the package's bin): lint, fees, compare, tax, rules, explain and a local
// MCP server. Everything runs in this process on the package's wasm; nothing touches the network.
import { version } from './node.js';
import { UsageError } from './cli/args.js';

const COMMANDS = {
  lint: () => import('./cli/lint.js').then((m) => [m.run, m.help]),
  fees: () => import('./cli/money.js').then((m) => [m.fees, m.feesHelp]),
  compare: () => import('./cli/money.js').then((m) => [m.compare, m.compareHelp]),
  tax: () => import('./cli/money.js').then((m) => [m.tax, m.taxHelp]),
  rules: () => import('./cli/rules.js').then((m) => [m.rules, m.rulesHelp]),
  explain: () => import('./cli/rules.js').then((m) => [m.explain, m.explainHelp]),
  mcp: () => import('./cli/mcp.js').then((m) => [m.run, m.help]),
};

const HELP = `jpseller ${version()} — fees, JCT and Japanese copy compliance for cross-border sellers, offline.

Usage: jpseller <command> [options]      jpseller <command> --help for its options

Commands:
  lint <file|->      lint listing copy: text, or an RMS item CSV/TSV (exit 1 on an error-level finding)
  fees <orders.csv>  per-order estimates and the month's P&L for one platform
  compare            rank the marketplaces by profit for one price
  tax                consumption tax on a price
  rules              the linter's rules under given options
  explain <RULE-ID>  one rule with its citation and examples
  mcp                a Model Context Protocol server on stdio, for AI assistants

No command sends anything anywhere: the engine is WebAssembly running in this process.`;

const io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  errIsTTY: Boolean(process.stderr.isTTY),
};

async function main(argv) {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version() + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`jpseller: unknown command ${JSON.stringify(name)}\n\n${HELP}\n`);
    return 2;
  }
  const [run, help] = await command();
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`jpseller ${name}: ${error.message}\n\n${help}\n`);
      return 2;
    }
    if (error?.name === 'JpsellerError') {
      // The API's message already starts with the field; print the code the way the API names it.
      io.err(`error [${error.code}] ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// A closed pipe (`jpseller lint … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 2));
process.exitCode = await main(process.argv.slice(2));
