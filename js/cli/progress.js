// Progress on stderr: one overwritten line on a terminal, plain lines when --progress is given
// elsewhere, nothing otherwise (CI logs and pipes stay clean).
export function progress(io, forced, long) {
  const tty = io.errIsTTY;
  const enabled = forced || (tty && long);
  const show = (message) => {
    if (!enabled) return;
    io.err(tty ? `\r\x1b[2K${message}` : `${message}\n`);
  };
  show.done = () => {
    if (enabled && tty) io.err('\n');
  };
  return show;
}
