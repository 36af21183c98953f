import type { CheckResult } from '../scorecard/scorecard-schema.js';

export type ReviewedResult = { check: string; auto: CheckResult; final: CheckResult };

/** How well one automatic check agrees with reviewers, where "positive" means the check failed the call. */
export type CheckAgreement = {
  check: string;
  reviewed: number;
  /** The machine failed the call and the reviewer agreed. */
  truePositives: number;
  /** The machine failed the call; the reviewer said it should not have. */
  falsePositives: number;
  /** The machine let the call pass (or n/a); the reviewer failed it. */
  falseNegatives: number;
  /** Of the machine's failures, the share reviewers upheld; null without any. */
  precision: number | null;
  /** Of the reviewers' failures, the share the machine found; null without any. */
  recall: number | null;
  /** Share of reviewed calls where machine and reviewer gave the same result. */
  agreement: number;
};

/**
 * Precision and recall of each automatic check measured on human-reviewed calls: how a QA
 * manager learns which rules to tune (low precision: too strict; low recall: misses problems).
 *
 * @example checkAgreement([{ check: 'greeting', auto: 'fail', final: 'pass' }])[0].precision // 0
 */
export function checkAgreement(rows: readonly ReviewedResult[]): CheckAgreement[] {
  const by = new Map<string, CheckAgreement>();
  for (const row of rows) {
    let a = by.get(row.check);
    if (!a) {
      a = {
        check: row.check,
        reviewed: 0,
        truePositives: 0,
        falsePositives: 0,
        falseNegatives: 0,
        precision: null,
        recall: null,
        agreement: 0,
      };
      by.set(row.check, a);
    }
    a.reviewed++;
    const autoFail = row.auto === 'fail';
    const finalFail = row.final === 'fail';
    if (autoFail && finalFail) a.truePositives++;
    else if (autoFail) a.falsePositives++;
    else if (finalFail) a.falseNegatives++;
    if (row.auto === row.final) a.agreement++;
  }
  return [...by.values()]
    .map((a) => ({
      ...a,
      precision:
        a.truePositives + a.falsePositives > 0
          ? a.truePositives / (a.truePositives + a.falsePositives)
          : null,
      recall:
        a.truePositives + a.falseNegatives > 0
          ? a.truePositives / (a.truePositives + a.falseNegatives)
          : null,
      agreement: a.agreement / a.reviewed,
    }))
    .sort((x, y) => (x.check < y.check ? -1 : 1));
}
