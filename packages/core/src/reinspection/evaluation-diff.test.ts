import { describe, expect, test } from 'vitest';
import type { Evaluation } from '../inspection/evaluation.js';
import { diffEvaluations } from './evaluation-diff.js';

function after(callId: string, passed: boolean, score: number, deducted: Record<string, number>): Evaluation {
  return {
    callId,
    language: 'zh',
    scorecard: { id: 'sc', version: '2' },
    score,
    maxScore: 100,
    passScore: 80,
    passed,
    fatalFailed: false,
    classCounts: { A: 0, B: 0, C: 0 },
    checks: Object.entries(deducted).map(([check, d]) => ({
      check,
      name: { zh: check, en: check },
      section: 's',
      severity: 'B',
      fatal: false,
      scoring: 'auto',
      result: d > 0 ? 'fail' : 'pass',
      deducted: d,
      reason: { zh: '', en: '' },
      evidence: [],
    })),
    pending: [],
  } as Evaluation;
}

describe('diffEvaluations', () => {
  test('lists flipped calls, per-check deduction moves and per-group pass rates', () => {
    const diff = diffEvaluations([
      {
        callId: 'c1',
        team: 'A',
        before: { passed: true, score: 85, deducted: { filler: 5 } },
        after: after('c1', false, 75, { filler: 15 }),
      },
      {
        callId: 'c2',
        team: 'A',
        before: { passed: true, score: 100, deducted: {} },
        after: after('c2', true, 100, { filler: 0 }),
      },
      { callId: 'c3', team: 'B', after: after('c3', true, 90, {}) },
    ]);
    expect(diff.calls).toBe(3);
    expect(diff.new).toBe(1);
    expect(diff.flipped).toEqual([
      { callId: 'c1', team: 'A', passedBefore: true, passedAfter: false, scoreBefore: 85, scoreAfter: 75 },
    ]);
    expect(diff.checks.filler).toEqual({ deductedBefore: 5, deductedAfter: 15, callsChanged: 1 });
    expect(diff.teams.A).toEqual({
      calls: 2,
      passRateBefore: 1,
      passRateAfter: 0.5,
      meanScoreBefore: 92.5,
      meanScoreAfter: 87.5,
    });
    expect(diff.teams.B).toBeUndefined();
  });
});
