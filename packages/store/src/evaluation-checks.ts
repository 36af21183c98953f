import type { Store } from './database.js';
import { rowToCheckResult, type StoredCheckResult } from './mappers/evaluation-row.js';
import { selectRows } from './sqlite/execute.js';

/** The check results of one stored evaluation, with their evidence, in check id order. */
export function evaluationChecks(store: Store, evaluationId: number): StoredCheckResult[] {
  const rows = selectRows(
    store,
    store.db
      .selectFrom('check_results')
      .selectAll()
      .where('evaluation_id', '=', evaluationId)
      .orderBy('check_id'),
  );
  return rows.map(rowToCheckResult);
}
