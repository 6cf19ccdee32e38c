// Loads the wasm module once per page, however many widgets use it. The exports are the package's
// guarded ones (js/recovery.js): a trap replaces the instance, so one widget's bad input never
// breaks the others.
import init, * as api from '../pkg/jpseller.js';

let ready;

/** Resolves to the jpseller API once the wasm is instantiated. */
export function loadJpseller() {
  ready ??= init().then(() => api);
  return ready;
}
