import { pseudoCallIds, type QueueEvent } from '@callqa/core';
import type { Store } from './database.js';
import { fromStoredEvent, parseStoredEvents } from './mappers/queue-event-set.js';
import { selectRows } from './sqlite/execute.js';

/**
 * The member and system events (ADDMEMBER, PAUSE, AGENTLOGIN, QUEUESTART …) of the days that touch
 * [from, to), in log order: what agents' logged-in and paused time is rebuilt from.
 */
export function listMemberEvents(store: Store, range: { from?: number; to?: number } = {}): QueueEvent[] {
  let query = store.db
    .selectFrom('queue_event_sets')
    .select(['call_id', 'events'])
    .where('call_id', 'in', [...pseudoCallIds])
    .where('part', '<>', '');
  if (range.from !== undefined) query = query.where('last_at', '>=', range.from);
  if (range.to !== undefined) query = query.where('first_at', '<', range.to);
  const events: QueueEvent[] = [];
  for (const row of selectRows(store, query)) {
    for (const stored of parseStoredEvents(row.events)) events.push(fromStoredEvent(row.call_id, stored));
  }
  return events.sort((a, b) => a.time - b.time || a.seq - b.seq);
}
