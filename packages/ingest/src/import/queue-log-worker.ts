/**
 * Worker thread of a queue_log import: reads and parses the file, holds the open calls, rebuilds
 * visits and encodes event sets (see `QueueLogPlanner`), while the importing thread writes earlier
 * steps. It reads the database (which calls were stored before), never writes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { callsWithQueueEvents, openStore } from '@callqa/store';
import { type QueueLogFormat, readQueueLogBatches } from '../formats/queue-log-reader.js';
import { openInput } from '../jsonl/read-records.js';
import { type QueueLogEnd, QueueLogPlanner, type QueueLogStep } from './queue-log-planner.js';

export type QueueLogWorkerData = { database: string; file: string; format: QueueLogFormat; runId: number };
export type QueueLogWorkerMessage =
  | { type: 'step'; step: QueueLogStep }
  | { type: 'end'; step: QueueLogStep; end: QueueLogEnd }
  | { type: 'error'; message: string };

/** Steps sent and not yet written: enough to keep both threads busy, few enough to bound memory. */
const AHEAD = 4;

const port = parentPort;
const { database, file, format, runId } = workerData as QueueLogWorkerData;
let inFlight = 0;
let wake: (() => void) | undefined;
port?.on('message', () => {
  inFlight--;
  wake?.();
  wake = undefined;
});

const store = openStore(database);
try {
  const planner = new QueueLogPlanner(runId, (ids) => callsWithQueueEvents(store, ids));
  for await (const batch of readQueueLogBatches(openInput(file), { format })) {
    while (inFlight >= AHEAD) await new Promise<void>((resolve) => (wake = resolve));
    inFlight++;
    port?.postMessage({ type: 'step', step: planner.step(batch) } satisfies QueueLogWorkerMessage);
  }
  port?.postMessage({ type: 'end', ...planner.end() } satisfies QueueLogWorkerMessage);
} catch (error) {
  port?.postMessage({
    type: 'error',
    message: (error as Error).stack ?? String(error),
  } satisfies QueueLogWorkerMessage);
} finally {
  store.close();
}
