import type { Call } from '@callqa/core';
import type { Store } from './database.js';
import { rowToCall } from './mappers/call-row.js';
import { selectFirst } from './sqlite/execute.js';

/** The call as imported, turns in order and extra fields restored; undefined when not stored. */
export function getCall(store: Store, id: string): Call | undefined {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('calls')
      .leftJoin('transcripts', 'transcripts.call_id', 'calls.id')
      .selectAll('calls')
      .select('transcripts.turns')
      .where('calls.id', '=', id),
  );
  return row ? rowToCall(row, row.turns) : undefined;
}
