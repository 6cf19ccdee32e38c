// Loads the wasm module once per page, however many widgets use it. The exports are the package's
// guarded ones (js/recovery.js): a trap replaces the instance, so one widget's bad input never
// breaks the others. The module is fetched here (not by the glue) so widgets can show how much
// of it has arrived on a slow connection.
//
// Two modules are built (issue 14): the full one and a tax+fees one (pkg/fees/, a fraction of the
// size). A page whose jpseller widgets are all tax or fee calculators gets the small one; any other
// widget on the page, or a worker, gets the full one. Both have the same exports for tax and fees.
import * as fullApi from '../pkg/jpseller.js';
import * as feesApi from '../pkg/fees/jpseller.js';
import { FEES_EXPORTS, WASM_BYTES } from '../pkg/builds.js';

// Both glues are imported statically (small JS; no code splitting, which bundlers refuse in IIFE
// workers); only the chosen module's .wasm is fetched. `new URL(literal, import.meta.url)`: the
// form bundlers (Vite, webpack) recognise and copy as an asset.
const MODULES = {
  full: { api: fullApi, wasm: new URL('../pkg/jpseller_bg.wasm', import.meta.url) },
  fees: { api: feesApi, wasm: new URL('../pkg/fees/jpseller_bg.wasm', import.meta.url) },
};

/** The widgets that need only tax and fee exports. */
const FEES_WIDGETS = new Set(['jpseller-tax-calculator', 'jpseller-fee-calculator']);

/** `fees` when every export in `needs` (or, without it, every widget on the page) is in the small module. */
function chooseModule(needs) {
  if (needs) return needs.every((name) => FEES_EXPORTS.includes(name)) ? 'fees' : 'full';
  if (typeof document === 'undefined') return 'full';
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('jpseller-'));
  return widgets.length && widgets.every((el) => FEES_WIDGETS.has(el.localName)) ? 'fees' : 'full';
}

const ready = {};
const listeners = new Set();
/** The last progress: `{ loaded, total }` in decoded bytes, `total` 0 when the size is unknown. */
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
async function fetchModule(which) {
  const response = await fetch(MODULES[which].wasm);
  if (!response.ok || !response.body) return response;
  // With Content-Encoding (the server compresses .wasm) Content-Length counts compressed bytes and
  // the stream decoded ones: the total is then the decoded size the build recorded.
  const total = response.headers.get('content-encoding') ? WASM_BYTES[which] : Number(response.headers.get('content-length')) || WASM_BYTES[which];
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
async function registerFeeData(api) {
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

/**
 * Resolves to the jpseller API once the wasm is instantiated (and the fee-data file registered).
 * `needs`, optional: the export names the caller uses; without it the widgets on the page decide.
 */
export function loadJpseller(needs) {
  const which = chooseModule(needs);
  const { api } = MODULES[which];
  ready[which] ??= fetchModule(which).then(async (module_or_path) => {
    await api.default({ module_or_path });
    await registerFeeData(api);
    return api;
  });
  return ready[which];
}
