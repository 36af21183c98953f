import type { QueueEvent } from '@callqa/core';
import type { Store } from './database.js';
import { queueEventSetKey } from './mappers/queue-event-set.js';
import { type QueueEventSet, writeQueueEventSets } from './sqlite/queue-event-set-writer.js';

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
  const sets = new Map<string, QueueEventSet & { events: QueueEvent[] }>();
  for (const event of events) {
    const { callId, part } = queueEventSetKey(event);
    const key = `${callId}\u0000${part}`;
    let set = sets.get(key);
    if (!set) {
      set = { callId, part, events: [] };
      sets.set(key, set);
    }
    set.events.push(event);
  }
  return writeQueueEventSets(store, sets.values(), runId);
}
