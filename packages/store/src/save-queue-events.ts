import type { QueueEvent } from '@callqa/core';
import type { Store } from './database.js';
import { encodeQueueEventSets } from './mappers/queue-event-set.js';
import { writeQueueEventSets } from './sqlite/queue-event-set-writer.js';

/**
 * Keeps raw queue-log events, known or not, in one transaction: a call's events in one set, member
 * and system events by member and day. An event already stored (same call, time, event, queue,
 * agent and data, whatever its source or line) is a duplicate, so importing the same log twice, or
 * two overlapping extracts, stores each event once. `runId` is the import run the events come from.
 */
export function saveQueueEvents(
  store: Store,
  events: readonly QueueEvent[],
  runId: number | null,
): { inserted: number; duplicates: number } {
  const { sets, repeated } = encodeQueueEventSets(events, runId);
  const written = writeQueueEventSets(store, sets);
  return { inserted: written.inserted, duplicates: written.duplicates + repeated };
}

/** Writes sets already encoded (by `encodeQueueEventSets`, on another thread perhaps), merging stored ones. */
export { writeQueueEventSets as saveQueueEventSets };
