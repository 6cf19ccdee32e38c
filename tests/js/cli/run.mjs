// Runs the installed package's `jpseller` binary (node_modules/.bin, as npx would) in this
// scratch project, and finds the fixtures beside the tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('./node_modules/.bin/jpseller', import.meta.url));
export const fixture = (name) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** `{ status, stdout, stderr }` of `jpseller ...args`; stdout is not a terminal, so no colour. */
export function jpseller(args, { input } = {}) {
  const result = spawnSync(BIN, args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
