/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export function createProgress(stream: NodeJS.WriteStream, label: string) {
  const enabled = Boolean(stream.isTTY);
  const started = Date.now();
  let last = 0;
  return {
    tick(count: number): void {
      if (!enabled || count % 500 !== 0) return;
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
