import { describe, expect, test } from 'vitest';
import { classifyProblems } from './classify-problems.js';
import { problemRateChange, trainingEffect } from './problem-rate-change.js';

describe('classifyProblems', () => {
  test('calls a check common when at least 30 % of agents fail it, individual otherwise', () => {
    const failures = [
      ...['a1', 'a2', 'a3', 'a4'].map((agentId, i) => ({ agentId, check: 'closing', callId: `c${i}` })),
      { agentId: 'a5', check: 'forbidden', callId: 'c9' },
      { agentId: 'a5', check: 'forbidden', callId: 'c10' },
    ];
    const result = classifyProblems(failures, { agents: 10 });
    expect(result).toEqual([
      {
        check: 'closing',
        class: 'common',
        agentsAffected: 4,
        agentShare: 0.4,
        failedCalls: 4,
        agents: ['a1', 'a2', 'a3', 'a4'],
      },
      {
        check: 'forbidden',
        class: 'individual',
        agentsAffected: 1,
        agentShare: 0.1,
        failedCalls: 2,
        agents: ['a5'],
      },
    ]);
    expect(classifyProblems(failures, { agents: 10, commonShare: 0.5 })[0]?.class).toBe('individual');
  });
});

describe('problemRateChange', () => {
  test('reports a real fall as an improvement, with the counts', () => {
    const change = problemRateChange({ calls: 200, withProblem: 60 }, { calls: 200, withProblem: 20 });
    expect(change.before.rate).toBe(0.3);
    expect(change.after.rate).toBe(0.1);
    expect(change.change).toBeCloseTo(-0.2, 10);
    expect(change.pValue).toBeLessThan(0.001);
    expect(change.improved).toBe(true);
  });

  test('does not call a fall on a handful of calls an improvement', () => {
    const change = problemRateChange({ calls: 5, withProblem: 2 }, { calls: 6, withProblem: 1 });
    expect(change.change).toBeLessThan(0);
    expect(change.pValue).toBeGreaterThan(0.05);
    expect(change.improved).toBe(false);
    expect(problemRateChange({ calls: 0, withProblem: 0 }, { calls: 3, withProblem: 1 }).change).toBeNull();
  });

  test('a two-proportion z-test matches the textbook value (p = 0.0455 for z = 2)', () => {
    // 50/100 vs 36/100: pooled 0.43, se 0.07001, z = 1.9996
    const change = problemRateChange({ calls: 100, withProblem: 50 }, { calls: 100, withProblem: 36 });
    expect(change.pValue).toBeCloseTo(0.0455, 4);
  });

  test('training effect compares attendees with those who did not attend', () => {
    const effect = trainingEffect(
      { before: { calls: 100, withProblem: 40 }, after: { calls: 100, withProblem: 20 } },
      { before: { calls: 100, withProblem: 40 }, after: { calls: 100, withProblem: 35 } },
    );
    expect(effect.differenceInDifferences).toBeCloseTo(-0.15, 10);
  });
});
