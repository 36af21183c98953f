import { mean, ratio } from './ratio.js';

/** One inspected call's result, as inspectCall scores it. */
export type QaEvaluation = {
  passed: boolean;
  score: number;
  classCounts: { A: number; B: number; C: number };
  /** Deducted items; when absent, the A + B + C counts stand for them. */
  deductions?: number;
};

export type QaKpis = {
  inspected: number;
  passRate: number | null;
  meanScore: number | null;
  /** Errors per inspected call: deducted items / inspected calls (may exceed 1). */
  errorRate: number | null;
  /** Share of inspected calls with at least one A-class (severe) error. */
  aClassShare: number | null;
};

export function qaKpis(evaluations: Iterable<QaEvaluation>): QaKpis {
  let inspected = 0;
  let passed = 0;
  let errors = 0;
  let withA = 0;
  const scores: number[] = [];
  for (const e of evaluations) {
    inspected++;
    if (e.passed) passed++;
    scores.push(e.score);
    errors += e.deductions ?? e.classCounts.A + e.classCounts.B + e.classCounts.C;
    if (e.classCounts.A > 0) withA++;
  }
  return {
    inspected,
    passRate: ratio(passed, inspected),
    meanScore: mean(scores),
    errorRate: ratio(errors, inspected),
    aClassShare: ratio(withA, inspected),
  };
}
