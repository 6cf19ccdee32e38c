// Loads the wasm module once per page, however many widgets use it.
import init, * as api from '../pkg/jpseller.js';

let ready;

/** Resolves to the jpseller API once the wasm is instantiated. */
export function loadJpseller() {
  ready ??= init().then(() => api);
  return ready;
}
