/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export function createProgress(stream: NodeJS.WriteStream, label: string) {
  const enabled = Boolean(stream.isTTY);
  const started = Date.now();
  let last = 0;
  let lastCount = 0;
  return {
    /** The count so far; it may grow by one (a call) or by a batch (an import's rows). */
    tick(count: number): void {
      // Reading the clock for every call would cost more than the line is worth.
      if (!enabled || count - lastCount < 500) return;
      lastCount = count;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const rate = Math.round(count / Math.max(0.001, (now - started) / 1000));
      stream.write(`\r${label} ${count.toLocaleString('en-US')} (${rate.toLocaleString('en-US')}/s)`);
    },
    done(): void {
      if (enabled && last > 0) stream.write('\r\u001b[K');
    },
  };
}
