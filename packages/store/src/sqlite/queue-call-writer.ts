/**
 * SQLite only: the upsert of queue visits. A later import may know more (the exit event that the
 * first file lacked), so an existing row is updated, except that a visit with no outcome never
 * replaces one whose outcome is known (re-importing the earlier, partial file must not undo it).
 */
import type { QueueCall } from '@callqa/core';
import type BetterSqlite3 from 'better-sqlite3';
import { queueCallToRow } from '../mappers/queue-call-row.js';

export type SaveQueueCallsResult = { inserted: number; updated: number };
type QueueCallWriter = (calls: readonly QueueCall[]) => SaveQueueCallsResult;

const COLUMNS = [
  'outcome',
  'wait_sec',
  'answered_at',
  'ended_at',
  'agent',
  'talk_sec',
  'hold_sec',
  'wrap_sec',
  'caller',
  'ended_by',
  'transferred',
  'ring_no_answer',
] as const;

const writers = new WeakMap<BetterSqlite3.Database, QueueCallWriter>();

export function queueCallWriter(sqlite: BetterSqlite3.Database): QueueCallWriter {
  const known = writers.get(sqlite);
  if (known) return known;
  const all = ['call_id', 'queue', 'entered_at', ...COLUMNS];
  const places = all.map(() => '?').join(', ');
  // A new visit takes one statement; only a visit stored before is tried again as an update.
  const insert = sqlite.prepare(
    `insert into queue_calls (${all.join(', ')}) values (${places}) on conflict (call_id, queue, entered_at) do nothing`,
  );
  const upsert = sqlite.prepare(
    `insert into queue_calls (${all.join(', ')}) values (${places})
     on conflict (call_id, queue, entered_at) do update set
       ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}
     where (excluded.outcome <> 'noOutcome' or queue_calls.outcome = 'noOutcome')
       and (${COLUMNS.map((c) => `queue_calls.${c} is distinct from excluded.${c}`).join(' or ')})`,
  );
  const writer = sqlite.transaction((calls: readonly QueueCall[]): SaveQueueCallsResult => {
    let inserted = 0;
    let updated = 0;
    for (const call of calls) {
      const r = queueCallToRow(call);
      const values = [
        r.call_id,
        r.queue,
        r.entered_at,
        r.outcome,
        r.wait_sec,
        r.answered_at,
        r.ended_at,
        r.agent,
        r.talk_sec,
        r.hold_sec,
        r.wrap_sec,
        r.caller,
        r.ended_by,
        r.transferred,
        r.ring_no_answer,
      ];
      if (insert.run(values).changes > 0) inserted++;
      else if (upsert.run(values).changes > 0) updated++;
    }
    return { inserted, updated };
  });
  const write: QueueCallWriter = (calls) => writer(calls);
  writers.set(sqlite, write);
  return write;
}
