import type { SurveyResponse } from '@callqa/core';
import type { Store } from './database.js';
import { surveyToRow } from './mappers/survey-row.js';
import { insertNewRows } from './sqlite/insert-new-rows.js';

/** Stores survey answers in one transaction; an id already stored is a duplicate and left unchanged. */
export function saveSurveys(
  store: Store,
  responses: readonly SurveyResponse[],
): { inserted: number; duplicates: number } {
  const inserted = insertNewRows(store, 'surveys', responses.map(surveyToRow));
  return { inserted, duplicates: responses.length - inserted };
}
