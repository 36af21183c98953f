import type { Store } from './database.js';
import { rowToCheckResults, type StoredCheckResult } from './mappers/evaluation-row.js';
import { selectFirst, selectRows } from './sqlite/execute.js';

/** Every check result of one stored evaluation, with its evidence, in scorecard order. */
export function evaluationChecks(store: Store, evaluationId: number): StoredCheckResult[] {
  const row = selectFirst(
    store,
    store.db.selectFrom('evaluations').select('checks').where('id', '=', evaluationId),
  );
  if (!row) return [];
  const findings = selectRows(
    store,
    store.db
      .selectFrom('check_results')
      .select(['check_id', 'evidence'])
      .where('evaluation_id', '=', evaluationId),
  );
  return rowToCheckResults(row.checks, new Map(findings.map((f) => [f.check_id, f.evidence])));
}
