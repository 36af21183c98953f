import type { Store } from './database.js';
import { type EvaluationSummary, rowToEvaluationSummary } from './mappers/evaluation-row.js';
import { selectRows } from './sqlite/execute.js';

export type LatestEvaluationsFilter = {
  scorecardId?: string;
  /** Epoch ms, inclusive, on the call's start. */
  since?: number;
  /** Epoch ms, exclusive, on the call's start. */
  until?: number;
};

/**
 * The newest evaluation of each call by each scorecard (older ones stay stored as history), with
 * the call's agent, team, queue and start, ordered by call start then call id.
 */
export function latestEvaluations(store: Store, filter: LatestEvaluationsFilter = {}): EvaluationSummary[] {
  let query = store.db
    .selectFrom('latest_evaluations as e')
    .innerJoin('calls as c', 'c.id', 'e.call_id')
    .selectAll('e')
    .select(['c.agent_id', 'c.team', 'c.queue', 'c.started_at'])
    .orderBy('c.started_at')
    .orderBy('e.call_id')
    .orderBy('e.scorecard_id');
  if (filter.scorecardId !== undefined) query = query.where('e.scorecard_id', '=', filter.scorecardId);
  if (filter.since !== undefined) query = query.where('c.started_at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('c.started_at', '<', filter.until);
  return selectRows(store, query).map(rowToEvaluationSummary);
}
