import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { callsWithQueueEvents, type Store } from '@callqa/store';
import { type QueueLogFormat, readQueueLogBatches } from '../formats/queue-log-reader.js';
import { openInput } from '../jsonl/read-records.js';
import { type QueueLogEnd, QueueLogPlanner, type QueueLogStep } from './queue-log-planner.js';
import type { QueueLogWorkerData, QueueLogWorkerMessage } from './queue-log-worker.js';
import { usesWorkerThreads } from './worker-threads.js';

const WORKER_FILE = fileURLToPath(new URL('./queue-log-worker.js', import.meta.url));
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 96 };

export type QueueLogSteps = AsyncGenerator<QueueLogStep, QueueLogEnd>;

/**
 * The steps of a queue_log import: planned on a worker thread beside the writes (see
 * `usesWorkerThreads`; the worker must be built), otherwise here, batch by batch.
 */
export function queueLogSteps(
  store: Store,
  file: string,
  options: { format: QueueLogFormat; runId: number; workers?: number },
): QueueLogSteps {
  // The thread reads the file itself: standard input stays here.
  const worker = file !== '-' && existsSync(WORKER_FILE) && usesWorkerThreads(store, file, options.workers);
  const data = { database: store.sqlite.name, file, format: options.format, runId: options.runId };
  return worker ? stepsOnWorker(data) : stepsHere(store, data);
}

async function* stepsHere(store: Store, data: QueueLogWorkerData): QueueLogSteps {
  const planner = new QueueLogPlanner(data.runId, (ids) => callsWithQueueEvents(store, ids));
  for await (const batch of readQueueLogBatches(openInput(data.file), { format: data.format })) {
    yield planner.step(batch);
  }
  const { step, end } = planner.end();
  yield step;
  return end;
}

async function* stepsOnWorker(data: QueueLogWorkerData): QueueLogSteps {
  const worker = new Worker(WORKER_FILE, { workerData: data, resourceLimits: WORKER_LIMITS });
  const inbox: QueueLogWorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const arrive = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: QueueLogWorkerMessage) => {
    inbox.push(message);
    arrive();
  });
  worker.on('error', (error) => {
    failure = error;
    arrive();
  });
  worker.on('exit', (code) => {
    if (code !== 0) failure ??= new Error(`queue_log worker stopped with code ${code}`);
    arrive();
  });
  try {
    for (;;) {
      const message = inbox.shift();
      if (!message) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.type === 'error') throw new Error(message.message);
      yield message.step;
      if (message.type === 'end') return message.end;
      // Written: the worker may plan one more.
      worker.postMessage('written');
    }
  } finally {
    await worker.terminate();
  }
}
