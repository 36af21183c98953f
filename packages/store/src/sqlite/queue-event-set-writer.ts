/**
 * SQLite only: the hot path of a queue_log import. A call's events are written as one row; a set
 * already stored (a call cut at the end of one log, a re-import) is read, merged and rewritten.
 */
import type { Store } from '../database.js';
import {
  type EncodedQueueEventSet,
  encodeSet,
  parseStoredEvents,
  storedEventIdentity,
} from '../mappers/queue-event-set.js';
import { prepareCached } from './execute.js';

const INSERT = `insert into queue_event_sets (call_id, part, first_at, last_at, event_count, events)
  values (?, ?, ?, ?, ?, ?) on conflict (call_id, part) do nothing`;
const SELECT = 'select events from queue_event_sets where call_id = ? and part = ?';
const UPDATE = `update queue_event_sets set first_at = ?, last_at = ?, event_count = ?, events = ?
  where call_id = ? and part = ?`;

/** Writes the sets in one transaction; counts events new to the store and events it already had. */
export function writeQueueEventSets(
  store: Store,
  sets: readonly EncodedQueueEventSet[],
): { inserted: number; duplicates: number } {
  const insert = prepareCached(store.sqlite, INSERT);
  const select = prepareCached(store.sqlite, SELECT).pluck();
  const update = prepareCached(store.sqlite, UPDATE);
  return store.sqlite.transaction(() => {
    let inserted = 0;
    let duplicates = 0;
    for (const set of sets) {
      if (insert.run(set.callId, set.part, set.firstAt, set.lastAt, set.count, set.events).changes > 0) {
        inserted += set.count;
        continue;
      }
      const stored = parseStoredEvents(select.get(set.callId, set.part) as string);
      const known = new Set(stored.map(storedEventIdentity));
      const added = parseStoredEvents(set.events).filter((e) => !known.has(storedEventIdentity(e)));
      inserted += added.length;
      duplicates += set.count - added.length;
      if (added.length === 0) continue;
      // Log order: by time, the earlier source's events first among equal times (the sort is stable).
      const merged = encodeSet(
        set.callId,
        set.part,
        [...stored, ...added].sort((a, b) => a[0] - b[0]),
      );
      update.run(merged.firstAt, merged.lastAt, merged.count, merged.events, set.callId, set.part);
    }
    return { inserted, duplicates };
  })();
}
