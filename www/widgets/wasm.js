// Loads the wasm module once per page, however many widgets use it. The exports are the package's
// guarded ones (js/recovery.js): a trap replaces the instance, so one widget's bad input never
// breaks the others. The module is fetched here (not by the glue) so widgets can show how much
// of it has arrived on a slow connection.
import init, * as api from '../pkg/jpseller.js';

// `new URL(literal, import.meta.url)`: the form bundlers (Vite, webpack) recognise and copy as an asset.
const WASM_URL = new URL('../pkg/jpseller_bg.wasm', import.meta.url);

let ready;
const listeners = new Set();
/** The last progress: `{ loaded, total }` in bytes, `total` 0 when the size is unknown (compressed transfer). */
let progress = { loaded: 0, total: 0 };

/** Calls `listener({ loaded, total })` now and as the module arrives; returns the unsubscribe function. */
export function onLoadProgress(listener) {
  listeners.add(listener);
  listener(progress);
  return () => listeners.delete(listener);
}

function report(loaded, total) {
  progress = { loaded, total };
  for (const listener of listeners) listener(progress);
}

/** The module's bytes, counted as they arrive; the Response itself where streams are unavailable. */
async function fetchModule() {
  const response = await fetch(WASM_URL);
  if (!response.ok || !response.body) return response;
  // With Content-Encoding the length counts compressed bytes, the stream decoded ones: no total then.
  const total = response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    report(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

// Rates without a rebuild: a fee-data file beside the page (www/fee-data.json, the format of
// registerFeeSchedules). It ships with no platforms; a portal operator replaces it with new rates.
const FEE_DATA_URL = new URL('../fee-data.json', import.meta.url);

/** Why the fee-data file was not used (a JpsellerError with code and field), or null. */
export let feeDataError = null;

/** Registers the fee-data file when there is one with platforms in it; a missing file is fine. */
async function registerFeeData() {
  let file;
  try {
    const response = await fetch(FEE_DATA_URL);
    if (!response.ok) return;
    file = await response.json();
  } catch {
    return; // offline without a cached copy, or not JSON: the compiled-in rates stay
  }
  if (!Array.isArray(file?.platforms) || file.platforms.length === 0) return;
  try {
    api.registerFeeSchedules(file);
  } catch (error) {
    feeDataError = error;
  }
}

/** Resolves to the jpseller API once the wasm is instantiated (and the fee-data file registered). */
export function loadJpseller() {
  ready ??= fetchModule()
    .then((module_or_path) => init({ module_or_path }))
    .then(registerFeeData)
    .then(() => api);
  return ready;
}
