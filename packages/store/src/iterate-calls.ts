import type { Call } from '@callqa/core';
import type { Store } from './database.js';
import { rowToCall } from './mappers/call-row.js';
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
    let query = store.db
      .selectFrom('calls')
      .leftJoin('transcripts', 'transcripts.call_id', 'calls.id')
      .selectAll('calls')
      .select('transcripts.turns')
      .orderBy('calls.id')
      .limit(batchSize);
    if (after !== undefined) query = query.where('calls.id', '>', after);
    if (options.since !== undefined) query = query.where('calls.started_at', '>=', options.since);
    if (options.until !== undefined) query = query.where('calls.started_at', '<', options.until);
    const rows = selectRows(store, query);
    const last = rows[rows.length - 1];
    if (!last) return;
    yield rows.map((row) => rowToCall(row, row.turns));
    if (rows.length < batchSize) return;
    after = last.id;
  }
}
