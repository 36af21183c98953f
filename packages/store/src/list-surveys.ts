import type { SurveyResponse } from '@callqa/core';
import type { Store } from './database.js';
import { rowToSurvey } from './mappers/survey-row.js';
import { selectRows } from './sqlite/execute.js';

/** Survey answers given in [from, to) (epoch ms), oldest first. */
export function listSurveys(store: Store, filter: { from?: number; to?: number } = {}): SurveyResponse[] {
  let query = store.db.selectFrom('surveys').selectAll().orderBy('answered_at').orderBy('id');
  if (filter.from !== undefined) query = query.where('answered_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('answered_at', '<', filter.to);
  return selectRows(store, query).map(rowToSurvey);
}
