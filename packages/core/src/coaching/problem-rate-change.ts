import { normalQuantile } from '../sampling/sample-size.js';

export type ProblemCount = { calls: number; withProblem: number };

export type ProblemRateChange = {
  before: ProblemCount & { rate: number | null };
  after: ProblemCount & { rate: number | null };
  /** after − before, in rate points (negative is better); null without calls on either side. */
  change: number | null;
  /** Two-sided p-value of a two-proportion z-test; null when it cannot be computed. */
  pValue: number | null;
  /** The rate fell and the fall is unlikely to be chance (p < 0.05). */
  improved: boolean;
};

const rate = (c: ProblemCount) => (c.calls > 0 ? c.withProblem / c.calls : null);

/** Standard normal CDF via the quantile's inverse, by bisection: exact enough for p-values. */
function normalCdf(z: number): number {
  if (z < -8) return 0;
  if (z > 8) return 1;
  let lo = 1e-16;
  let hi = 1 - 1e-16;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalQuantile(mid) < z) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Did a problem become rarer after coaching or training? The share of calls with the problem
 * before and after, with the counts behind them and a two-proportion z-test, so that "fell from
 * 2 of 5 to 1 of 6" is not reported as an improvement.
 *
 * @example problemRateChange({ calls: 100, withProblem: 30 }, { calls: 100, withProblem: 10 }).improved // true
 */
export function problemRateChange(before: ProblemCount, after: ProblemCount): ProblemRateChange {
  const rb = rate(before);
  const ra = rate(after);
  let pValue: number | null = null;
  if (rb !== null && ra !== null) {
    const pooled = (before.withProblem + after.withProblem) / (before.calls + after.calls);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.calls + 1 / after.calls));
    pValue = se > 0 ? 2 * (1 - normalCdf(Math.abs(ra - rb) / se)) : null;
  }
  const change = rb !== null && ra !== null ? ra - rb : null;
  return {
    before: { ...before, rate: rb },
    after: { ...after, rate: ra },
    change,
    pValue,
    improved: change !== null && change < 0 && pValue !== null && pValue < 0.05,
  };
}

export type TrainingEffect = {
  attendees: ProblemRateChange;
  others: ProblemRateChange;
  /** The attendees' change minus the others' (difference in differences); negative: training helped. */
  differenceInDifferences: number | null;
};

/** A training's effect: the attendees' change in problem rate against the change of those who did not attend. */
export function trainingEffect(
  attendees: { before: ProblemCount; after: ProblemCount },
  others: { before: ProblemCount; after: ProblemCount },
): TrainingEffect {
  const a = problemRateChange(attendees.before, attendees.after);
  const o = problemRateChange(others.before, others.after);
  return {
    attendees: a,
    others: o,
    differenceInDifferences: a.change !== null && o.change !== null ? a.change - o.change : null,
  };
}
