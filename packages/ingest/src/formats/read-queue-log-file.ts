import { createReadStream } from 'node:fs';
import type { QueueEvent } from '@callqa/core';
import type { QueueLogError } from './queue-log.js';
import { type QueueLogFormat, readQueueLogBatches } from './queue-log-reader.js';

/** A whole queue_log file in memory (a day's log of a center is small), read through the streaming reader. */
export async function readQueueLogFile(
  path: string,
  format: QueueLogFormat,
): Promise<{ events: QueueEvent[]; errors: QueueLogError[] }> {
  const events: QueueEvent[] = [];
  const errors: QueueLogError[] = [];
  const input = createReadStream(path, { highWaterMark: 64 * 1024 });
  for await (const batch of readQueueLogBatches(input, { format })) {
    events.push(...batch.events);
    errors.push(...batch.errors);
  }
  return { events, errors };
}
