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
  const exists = sqlite.prepare(
    'select 1 from queue_calls where call_id = @call_id and queue = @queue and entered_at = @entered_at',
  );
  const upsert = sqlite.prepare(
    `insert into queue_calls (call_id, queue, entered_at, ${COLUMNS.join(', ')})
     values (@call_id, @queue, @entered_at, ${COLUMNS.map((c) => `@${c}`).join(', ')})
     on conflict (call_id, queue, entered_at) do update set
       ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}
     where (excluded.outcome <> 'noOutcome' or queue_calls.outcome = 'noOutcome')
       and (${COLUMNS.map((c) => `queue_calls.${c} is distinct from excluded.${c}`).join(' or ')})`,
  );
  const writer = sqlite.transaction((calls: readonly QueueCall[]): SaveQueueCallsResult => {
    let inserted = 0;
    let updated = 0;
    for (const call of calls) {
      const row = queueCallToRow(call);
      const existed = exists.get(row) !== undefined;
      if (upsert.run(row).changes === 0) continue;
      if (existed) updated++;
      else inserted++;
    }
    return { inserted, updated };
  });
  const write: QueueCallWriter = (calls) => writer(calls);
  writers.set(sqlite, write);
  return write;
}
