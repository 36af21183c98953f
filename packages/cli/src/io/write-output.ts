import type { Writable } from 'node:stream';

/**
 * Batches small writes into large ones and respects back-pressure, so that inspecting a 1 GB
 * file neither makes a syscall per call nor buffers the whole output in memory.
 */
export class OutputBuffer {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: Writable,
    private readonly limit = 1 << 16,
  ) {}

  /** Resolves at once unless the buffer was full and the stream asked to wait. */
  write(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.limit ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
