import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawRecord } from '../jsonl/read-records.js';
import type { PreparedBatch } from './prepare-transcripts.js';
import type { TranscriptWorkerData, TranscriptWorkerRequest } from './transcript-worker.js';

type Reply = { seq: number; batch?: PreparedBatch; error?: string };

/**
 * A worker holds a few batches at a time; left to itself V8 lets its heap grow to hundreds of MB
 * before collecting, which would multiply the import's memory by the number of cores.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 };

const WORKER_FILE = fileURLToPath(new URL('./transcript-worker.js', import.meta.url));

/**
 * Worker threads that prepare transcript batches, so that inspection runs beside the writes. Null
 * when the worker cannot be started from here (the sources run untranspiled, as in unit tests).
 */
export class TranscriptPool {
  private readonly workers: Worker[];
  readonly size: number;
  private next = 0;
  private seq = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (b: PreparedBatch) => void; reject: (e: Error) => void }
  >();

  static open(data: TranscriptWorkerData, size = defaultPoolSize()): TranscriptPool | null {
    if (size < 1 || !existsSync(WORKER_FILE)) return null;
    return new TranscriptPool(data, size);
  }

  private constructor(data: TranscriptWorkerData, size: number) {
    this.size = size;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_FILE, { workerData: data, resourceLimits: WORKER_LIMITS });
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(new Error(`transcript worker stopped with code ${code}`));
      });
      return worker;
    });
  }

  /** Prepares a batch on the next worker in turn. */
  prepare(records: RawRecord[]): Promise<PreparedBatch> {
    const seq = this.seq++;
    const worker = this.workers[this.next++ % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.postMessage({ seq, records } satisfies TranscriptWorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.seq);
    if (!waiter) return;
    this.waiting.delete(reply.seq);
    if (reply.batch) waiter.resolve(reply.batch);
    else waiter.reject(new Error(reply.error ?? 'transcript worker failed'));
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/** One worker per core: the importing thread mostly waits on SQLite, which leaves a core's worth. */
function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}
