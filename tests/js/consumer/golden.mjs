// The determinism fixtures (tests/golden/*.json) of the repository this scratch project lives in.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/golden above this file (the consumer tests run from a scratch copy inside the repository). */
export function goldenDir() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'tests', 'golden');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`tests/golden not found above ${import.meta.url}`);
}

/** Fixture argument lists per API name. */
export function fixtureArgs() {
  const byApi = new Map();
  const dir = goldenDir();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const { api, args } of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
      if (!byApi.has(api)) byApi.set(api, []);
      byApi.get(api).push(args);
    }
  }
  return byApi;
}
