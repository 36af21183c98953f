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

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
