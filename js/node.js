// Node entry of the jpseller package: initializes synchronously, so `import { f } from 'jpseller'`
// works without init(). The exports are the guarded ones of ./jpseller.js (trap recovery).
import { readFileSync } from 'node:fs';
import { initSync } from './jpseller.js';

initSync({ module: readFileSync(new URL('./jpseller_bg.wasm', import.meta.url)) });

export * from './jpseller.js';
export { default } from './jpseller.js';
