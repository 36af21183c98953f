import type { Store } from './database.js';
import { rowToCheckResults, type StoredCheckResult } from './mappers/evaluation-row.js';
import { selectFirst } from './sqlite/execute.js';

/** Every check result of one stored evaluation, with its evidence, in scorecard order. */
export function evaluationChecks(store: Store, evaluationId: number): StoredCheckResult[] {
  const row = selectFirst(
    store,
    store.db.selectFrom('evaluations').select('checks').where('id', '=', evaluationId),
  );
  return row ? rowToCheckResults(row.checks) : [];
}
