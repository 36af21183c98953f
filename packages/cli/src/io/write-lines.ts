import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** A file written line by line with backpressure, so a million-call scenario streams to disk. */
export class LineWriter {
  private readonly stream: WriteStream;

  constructor(file: string, header?: string) {
    this.stream = createWriteStream(file);
    if (header !== undefined) this.stream.write(`\uFEFF${header}\n`);
  }

  async write(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    if (!this.stream.write(`${lines.join('\n')}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
