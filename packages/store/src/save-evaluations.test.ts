import { defaultScorecard, type Evaluation, inspectCall } from '@callqa/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { latestEvaluations } from './latest-evaluations.js';
import { saveCalls } from './save-calls.js';
import { saveEvaluations } from './save-evaluations.js';
import { buildCall, openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

function rescored(evaluation: Evaluation, version: string, score: number): Evaluation {
  return { ...evaluation, scorecard: { ...evaluation.scorecard, version }, score, passed: score >= 80 };
}

describe('saveEvaluations', () => {
  test('keeps the earlier evaluation beside the new one; latestEvaluations gives the new one', () => {
    const call = buildCall({ id: 'c1' });
    const first = inspectCall(defaultScorecard('zh'), call);
    saveCalls(store, [{ call, evaluation: rescored(first, '1', 70) }]);
    const [id] = saveEvaluations(store, [rescored(first, '2', 95)], { run: 'reinspect' });

    const versions = store.sqlite
      .prepare('select scorecard_version, score from evaluations order by id')
      .all();
    expect(versions).toEqual([
      { scorecard_version: '1', score: 70 },
      { scorecard_version: '2', score: 95 },
    ]);
    const latest = latestEvaluations(store);
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatchObject({ id, score: 95, passed: true, run: 'reinspect' });
  });

  test('gives the latest per call and per scorecard, filtered by scorecard and call start', () => {
    const early = buildCall({ id: 'early', startedAt: '2024-03-01T08:00:00Z' });
    const late = buildCall({ id: 'late', startedAt: '2024-03-02T08:00:00Z' });
    const base = inspectCall(defaultScorecard('zh'), early);
    saveCalls(store, [{ call: early }, { call: late }]);
    saveEvaluations(store, [
      rescored(base, '1', 60),
      { ...rescored(base, '1', 90), callId: 'late' },
      { ...rescored(base, '1', 50), scorecard: { id: 'sales', version: '1' } },
    ]);
    saveEvaluations(store, [rescored(base, '2', 65)]);

    const all = latestEvaluations(store).map((e) => [e.callId, e.scorecard.id, e.score]);
    expect(all).toEqual([
      ['early', 'default-zh', 65],
      ['early', 'sales', 50],
      ['late', 'default-zh', 90],
    ]);
    const filtered = latestEvaluations(store, {
      scorecardId: 'default-zh',
      since: Date.parse('2024-03-02T00:00:00Z'),
      until: Date.parse('2024-03-03T00:00:00Z'),
    });
    expect(filtered.map((e) => e.callId)).toEqual(['late']);
  });

  test('refuses an evaluation of a call that is not stored, storing none of the batch', () => {
    const call = buildCall({ id: 'c1' });
    saveCalls(store, [{ call }]);
    const evaluation = inspectCall(defaultScorecard('zh'), call);
    expect(() => saveEvaluations(store, [evaluation, { ...evaluation, callId: 'ghost' }])).toThrow(
      /FOREIGN KEY/,
    );
    expect(latestEvaluations(store)).toEqual([]);
  });
});
