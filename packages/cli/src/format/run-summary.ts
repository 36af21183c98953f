import type { Evaluation } from '@callqa/core';

/** Running totals for the end-of-run summary: pass rate, mean score and the most failed checks. */
export class RunSummary {
  calls = 0;
  passed = 0;
  fatal = 0;
  scoreSum = 0;
  readonly failures = new Map<string, { zh: string; en: string; count: number; applicable: number }>();

  add(evaluation: Evaluation): void {
    this.calls++;
    if (evaluation.passed) this.passed++;
    if (evaluation.fatalFailed) this.fatal++;
    this.scoreSum += evaluation.score;
    for (const check of evaluation.checks) {
      const entry = this.failures.get(check.check) ?? { ...check.name, count: 0, applicable: 0 };
      if (check.result !== 'na') entry.applicable++;
      if (check.result === 'fail') entry.count++;
      this.failures.set(check.check, entry);
    }
  }

  topFailures(limit: number) {
    return [...this.failures.entries()]
      .filter(([, f]) => f.count > 0)
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, limit);
  }
}
