import type { QueueEvent } from '@callqa/core';
import type { Store } from './database.js';
import { queueEventToRow } from './mappers/queue-event-row.js';
import { writeQueueEvents } from './sqlite/queue-event-writer.js';

/**
 * Keeps raw queue-log events, known or not, in one transaction. An event already stored (same call,
 * time, event, queue, agent and data, whatever its source or line) is a duplicate, so importing
 * the same log twice, or two overlapping extracts, stores each event once.
 */
export function saveQueueEvents(
  store: Store,
  events: readonly QueueEvent[],
  source: string,
): { inserted: number; duplicates: number } {
  const inserted = writeQueueEvents(
    store,
    events.map((event) => queueEventToRow(event, source)),
  );
  return { inserted, duplicates: events.length - inserted };
}
