// A one-line progress bar on stderr, only when stderr is a terminal: pipes and CI logs stay clean.
export type ProgressFn = (done: number, total: number, errors: number) => void;

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): { update: ProgressFn; finish: () => void } {
  if (!enabled || !stream.isTTY) return { update: () => undefined, finish: () => undefined };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const update: ProgressFn = (done, total, errors) => {
    const now = Date.now();
    if (done < total && now - last < 100) return; // redraw at most ten times a second
    last = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const rate = done / seconds;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const errorText = errors ? ` · ${errors} error${errors === 1 ? "" : "s"}` : "";
    stream.write(`\r\x1b[2K${bar} ${done}/${total} · ${rate.toFixed(1)} files/s · ETA ${eta}s${errorText}`);
    drawn = true;
  };
  const finish = () => {
    if (drawn) stream.write("\r\x1b[2K");
  };
  return { update, finish };
}
