// Engine worker: one jpseller export per message, off the main thread (the heavy engines: campaign
// simulation, sensitivity, budget allocation, month P&L). Driven by engine() in base.js through a
// WorkerRunner (worker-runner.js); cancelling terminates the worker.
import { loadJpseller } from './wasm.js';

self.addEventListener('message', async ({ data }) => {
  const { runId, name, args } = data;
  try {
    const api = await loadJpseller();
    if (!Object.hasOwn(api, name) || typeof api[name] !== 'function') throw new Error(`no export ${name}`);
    self.postMessage({ runId, type: 'done', result: api[name](...args) });
  } catch (error) {
    self.postMessage({ runId, type: 'error', error: { name: error?.name ?? 'Error', message: String(error?.message ?? error), code: error?.code ?? '', field: error?.field ?? '' } });
  }
});
