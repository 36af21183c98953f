/**
 * SQLite only: the hot path of a queue_log import. A call's events are written as one row; a set
 * already stored (a call cut at the end of one log, a re-import) is read, merged and rewritten.
 */
import type { QueueEvent } from '@callqa/core';
import type { Store } from '../database.js';
import {
  distinctQueueEvents,
  parseStoredEvents,
  type StoredEvent,
  storedEventIdentity,
  toStoredEvent,
} from '../mappers/queue-event-set.js';
import { prepareCached } from './execute.js';

const INSERT = `insert into queue_event_sets (call_id, part, first_at, last_at, event_count, events)
  values (?, ?, ?, ?, ?, ?) on conflict (call_id, part) do nothing`;
const SELECT = 'select events from queue_event_sets where call_id = ? and part = ?';
const UPDATE = `update queue_event_sets set first_at = ?, last_at = ?, event_count = ?, events = ?
  where call_id = ? and part = ?`;

export type QueueEventSet = { callId: string; part: string; events: readonly QueueEvent[] };

function bounds(events: readonly StoredEvent[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e[0] < first) first = e[0];
    if (e[0] > last) last = e[0];
  }
  return [first, last];
}

/** Writes the sets in one transaction; counts events new to the store and events it already had. */
export function writeQueueEventSets(
  store: Store,
  sets: Iterable<QueueEventSet>,
  runId: number | null,
): { inserted: number; duplicates: number } {
  const insert = prepareCached(store.sqlite, INSERT);
  const select = prepareCached(store.sqlite, SELECT).pluck();
  const update = prepareCached(store.sqlite, UPDATE);
  return store.sqlite.transaction(() => {
    let inserted = 0;
    let duplicates = 0;
    for (const set of sets) {
      const fresh = distinctQueueEvents(set.events).map((event) => toStoredEvent(event, runId));
      duplicates += set.events.length - fresh.length;
      const [first, last] = bounds(fresh);
      if (insert.run(set.callId, set.part, first, last, fresh.length, JSON.stringify(fresh)).changes > 0) {
        inserted += fresh.length;
        continue;
      }
      const stored = parseStoredEvents(select.get(set.callId, set.part) as string);
      const known = new Set(stored.map(storedEventIdentity));
      const added = fresh.filter((e) => !known.has(storedEventIdentity(e)));
      inserted += added.length;
      duplicates += fresh.length - added.length;
      if (added.length === 0) continue;
      // Log order: by time, the earlier source's events first among equal times (the sort is stable).
      const merged = [...stored, ...added].sort((a, b) => a[0] - b[0]);
      const [mFirst, mLast] = bounds(merged);
      update.run(mFirst, mLast, merged.length, JSON.stringify(merged), set.callId, set.part);
    }
    return { inserted, duplicates };
  })();
}
