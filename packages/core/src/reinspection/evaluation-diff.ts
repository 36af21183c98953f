import type { Evaluation } from '../inspection/evaluation.js';

/** What a call's earlier evaluation said: enough to tell what a new standard changes. */
export type EvaluationBefore = { passed: boolean; score: number; deducted: Record<string, number> };

export type ReinspectedCall = { callId: string; team?: string; before?: EvaluationBefore; after: Evaluation };

type Tally = {
  calls: number;
  passedBefore: number;
  passedAfter: number;
  scoreBefore: number;
  scoreAfter: number;
};

export type EvaluationDiff = {
  calls: number;
  /** Calls that had no earlier evaluation to compare with. */
  new: number;
  /** Calls whose pass/fail changed, with their score before and after. */
  flipped: Array<{
    callId: string;
    team: string;
    passedBefore: boolean;
    passedAfter: boolean;
    scoreBefore: number;
    scoreAfter: number;
  }>;
  /** Per check: points deducted over all compared calls before and after, and the calls whose deduction changed. */
  checks: Record<string, { deductedBefore: number; deductedAfter: number; callsChanged: number }>;
  /** Per ACD group: pass counts and mean scores before and after. */
  teams: Record<
    string,
    {
      calls: number;
      passRateBefore: number;
      passRateAfter: number;
      meanScoreBefore: number;
      meanScoreAfter: number;
    }
  >;
};

/**
 * The difference a changed scorecard makes to stored calls: which calls now pass or fail, how each
 * check's deductions moved, and how each ACD group's pass rate and mean score moved. Only calls
 * with an earlier evaluation are compared; the rest are counted as new.
 */
export function diffEvaluations(calls: Iterable<ReinspectedCall>): EvaluationDiff {
  const diff: EvaluationDiff = { calls: 0, new: 0, flipped: [], checks: {}, teams: {} };
  const teams = new Map<string, Tally>();
  for (const { callId, team = '', before, after } of calls) {
    diff.calls++;
    if (!before) {
      diff.new++;
      continue;
    }
    if (before.passed !== after.passed) {
      diff.flipped.push({
        callId,
        team,
        passedBefore: before.passed,
        passedAfter: after.passed,
        scoreBefore: before.score,
        scoreAfter: after.score,
      });
    }
    const afterDeducted: Record<string, number> = {};
    for (const check of after.checks) afterDeducted[check.check] = check.deducted;
    for (const check of new Set([...Object.keys(before.deducted), ...Object.keys(afterDeducted)])) {
      const b = before.deducted[check] ?? 0;
      const a = afterDeducted[check] ?? 0;
      const entry = diff.checks[check] ?? { deductedBefore: 0, deductedAfter: 0, callsChanged: 0 };
      diff.checks[check] = entry;
      entry.deductedBefore += b;
      entry.deductedAfter += a;
      if (a !== b) entry.callsChanged++;
    }
    let t = teams.get(team);
    if (!t) {
      t = { calls: 0, passedBefore: 0, passedAfter: 0, scoreBefore: 0, scoreAfter: 0 };
      teams.set(team, t);
    }
    t.calls++;
    if (before.passed) t.passedBefore++;
    if (after.passed) t.passedAfter++;
    t.scoreBefore += before.score;
    t.scoreAfter += after.score;
  }
  for (const [team, t] of [...teams].sort((a, b) => a[0].localeCompare(b[0]))) {
    diff.teams[team] = {
      calls: t.calls,
      passRateBefore: t.passedBefore / t.calls,
      passRateAfter: t.passedAfter / t.calls,
      meanScoreBefore: t.scoreBefore / t.calls,
      meanScoreAfter: t.scoreAfter / t.calls,
    };
  }
  return diff;
}
