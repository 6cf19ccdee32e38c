// Trap recovery for the jpseller package (Node entry, web entry and widgets alike).
//
// A panic or any other trap leaves a WebAssembly instance corrupted: its stack pointer and heap are
// wherever the trap left them, and after a few traps every later call of every export fails. A JS
// exception thrown through the instance's frames (by a JS import) does the same. So every export
// runs through `guard`: whatever it throws other than its own JpsellerError (which the instance
// returns normally) means the call never returned, and the guard discards the instance and
// instantiates a fresh one from the already compiled `WebAssembly.Module` (wasm-bindgen's
// `__wbg_reset_state`, built with --experimental-reset-state-function). A trap
// (`WebAssembly.RuntimeError`) is then thrown as a `JpsellerError` with `code: "internal_error"`,
// a JS exception as it was. Either way the next call of any export works.
//
// The wasm-bindgen glue imports `recordPanic` from this file (src/boundary/panic.rs): the panic
// hook hands over the panic message just before the trap, and the thrown error carries it.

let panicMessage = null;

/** Called by the instance's panic hook with the panic message, right before it traps. */
export function recordPanic(message) {
  panicMessage = message;
}

/** The glue's exports that are not API functions: instantiation, and the reset itself. */
const NOT_API = new Set(['default', 'initSync', '__wbg_reset_state']);

/** Every API function of the wasm-bindgen glue `glue`, each wrapped once by `guard`. */
export function guardExports(glue) {
  // Fee-data files registered on the instance (registerFeeSchedules): a fresh instance gets them
  // again, so a trap never silently turns estimates back to the compiled-in rates.
  const registered = [];
  const resetInstance = () => {
    glue.__wbg_reset_state();
    for (const args of registered) glue.registerFeeSchedules(...args);
  };
  const guarded = {};
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value === 'function' && !NOT_API.has(name)) guarded[name] = guard(name, value, resetInstance, name === 'registerFeeSchedules' ? registered : null);
  }
  return guarded;
}

function guard(name, run, resetInstance, registered) {
  return {
    [name](...args) {
      try {
        const result = run(...args);
        registered?.push(args);
        return result;
      } catch (error) {
        if (error?.name === 'JpsellerError') throw error;
        const panic = panicMessage;
        panicMessage = null;
        resetInstance();
        throw error instanceof WebAssembly.RuntimeError ? internalError(name, panic ?? error.message, error) : error;
      }
    },
  }[name];
}

function internalError(name, reason, cause) {
  const error = new Error(`${name} hit an internal error (${reason}); jpseller restarted its engine, so later calls work. Please report this input.`, { cause });
  error.name = 'JpsellerError';
  error.code = 'internal_error';
  error.field = '';
  return error;
}
