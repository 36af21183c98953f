import type { Call } from '@callqa/core';
import type { Store } from './database.js';
import { rowToCall } from './mappers/call-row.js';
import { selectFirst, selectRows } from './sqlite/execute.js';

/** The call as imported, turns in order and extra fields restored; undefined when not stored. */
export function getCall(store: Store, id: string): Call | undefined {
  const row = selectFirst(store, store.db.selectFrom('calls').selectAll().where('id', '=', id));
  if (!row) return undefined;
  const turns = selectRows(
    store,
    store.db
      .selectFrom('turns')
      .select(['call_id', 'idx', 'speaker', 'start_ms', 'end_ms', 'text', 'extra'])
      .where('call_id', '=', id)
      .orderBy('idx'),
  );
  return rowToCall(row, turns);
}
