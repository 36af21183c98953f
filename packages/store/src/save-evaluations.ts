import type { Evaluation } from '@callqa/core';
import type { Store } from './database.js';
import { prepareEvaluation } from './mappers/prepared-call.js';
import { evaluationWriter } from './sqlite/evaluation-writer.js';

/**
 * Adds evaluations (re-inspection with a new scorecard version, say) beside the ones stored, in one
 * transaction; history is never overwritten. Returns the new evaluation ids, in order.
 *
 * @example saveEvaluations(store, calls.map((call) => inspectCall(scorecard, call)), { run: 'v2' })
 */
export function saveEvaluations(
  store: Store,
  evaluations: readonly Evaluation[],
  options: { run?: string } = {},
): number[] {
  const write = evaluationWriter(store.sqlite);
  return store.sqlite.transaction(() => {
    const createdAt = Date.now();
    return evaluations.map((evaluation) =>
      write(prepareEvaluation(evaluation), createdAt, options.run ?? null),
    );
  })();
}
