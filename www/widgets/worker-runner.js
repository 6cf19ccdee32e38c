// Runs work in a module Web Worker so the page never freezes, with cancel. One worker per runner,
// kept between runs (its wasm instance is reused); a new run while one is still going, or cancel(),
// terminates it and the next run starts a fresh worker.
// Protocol: the page posts `{ runId, ...message }`; the worker answers with messages carrying the
// same runId: `{ type: 'done', ... }` ends the run, `{ type: 'error', error: { name, code, field,
// message } }` fails it, anything else (e.g. `type: 'progress'`) goes to `onUpdate`.
export class WorkerRunner {
  /**
   * `createWorker` returns a new worker, written out as `new Worker(new URL('./x.js',
   * import.meta.url), { type: 'module' })` so bundlers (Vite, webpack) see and bundle the worker.
   */
  constructor(createWorker) {
    this.createWorker = createWorker;
    this.worker = null;
    this.runId = 0;
    this.pending = null;
  }

  /** Whether a run is going. */
  get running() {
    return this.pending !== null;
  }

  /** Resolves with the worker's `done` message; rejects with its error, or `code: "cancelled"`. */
  run(message, { transfer = [], onUpdate } = {}) {
    this.cancel();
    this.worker ??= this.createWorker();
    const worker = this.worker;
    const runId = ++this.runId;
    return new Promise((resolve, reject) => {
      const stop = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.pending = null;
      };
      const onMessage = ({ data }) => {
        if (data.runId !== runId) return;
        if (data.type === 'done') {
          stop();
          resolve(data);
        } else if (data.type === 'error') {
          stop();
          reject(Object.assign(new Error(data.error.message), data.error));
        } else {
          onUpdate?.(data);
        }
      };
      const onError = (event) => {
        stop();
        this.worker?.terminate();
        this.worker = null;
        reject(new Error(event.message ?? 'worker failed'));
      };
      this.pending = reject;
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ runId, ...message }, transfer);
    });
  }

  /** Stops the run that is going, if any: its promise rejects with `code: "cancelled"`. */
  cancel() {
    if (!this.pending) return;
    const reject = this.pending;
    this.pending = null;
    this.worker.terminate();
    this.worker = null;
    reject(Object.assign(new Error('cancelled'), { name: 'JpsellerError', code: 'cancelled', field: '' }));
  }
}
