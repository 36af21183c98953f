import type { Call } from '@callqa/core';
import type { Store } from './database.js';
import { rowToCall, type TurnRow } from './mappers/call-row.js';
import { selectRows } from './sqlite/execute.js';

export type IterateCallsOptions = {
  /** Epoch ms, inclusive: calls that started at or after. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
  batchSize?: number;
};

/**
 * Streams stored calls (with turns) in batches ordered by id, for re-inspection of months of calls
 * in flat memory. Paging is by key, so calls stored meanwhile neither shift nor repeat a batch.
 * With `since` or `until`, calls without a start time are left out.
 */
export async function* iterateCalls(store: Store, options: IterateCallsOptions = {}): AsyncIterable<Call[]> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let after: string | undefined;
  for (;;) {
    let query = store.db.selectFrom('calls').selectAll().orderBy('id').limit(batchSize);
    if (after !== undefined) query = query.where('id', '>', after);
    if (options.since !== undefined) query = query.where('started_at', '>=', options.since);
    if (options.until !== undefined) query = query.where('started_at', '<', options.until);
    const rows = selectRows(store, query);
    const last = rows[rows.length - 1];
    if (!last) return;
    const turns = selectRows(
      store,
      store.db
        .selectFrom('turns')
        .select(['call_id', 'idx', 'speaker', 'start_ms', 'end_ms', 'text', 'extra'])
        .where(
          'call_id',
          'in',
          rows.map((row) => row.id),
        )
        .orderBy('call_id')
        .orderBy('idx'),
    );
    const byCall = new Map<string, TurnRow[]>();
    for (const turn of turns) {
      const list = byCall.get(turn.call_id);
      if (list) list.push(turn);
      else byCall.set(turn.call_id, [turn]);
    }
    yield rows.map((row) => rowToCall(row, byCall.get(row.id) ?? []));
    if (rows.length < batchSize) return;
    after = last.id;
  }
}
