/** Per-check counts and scores, with `fail` as the positive class (a deduction is what people act on). */
export type CheckAccuracy = {
  check: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  support: number;
  precision: number;
  recall: number;
  f1: number;
};

export type AccuracyReport = {
  calls: number;
  checks: CheckAccuracy[];
  macroF1: number;
  /** Calls in the labels with no prediction, or predicted with no label. */
  unmatched: { unlabelled: string[]; unpredicted: string[] };
};

export type CallFailures = { id: string; failed: ReadonlySet<string> };

function ratio(numerator: number, denominator: number): number {
  // A check with nothing to find and nothing found is perfect, not undefined.
  return denominator === 0 ? 1 : numerator / denominator;
}

/**
 * Precision, recall and F1 of each check against labelled calls, and their macro average: the
 * figure a QA manager uses to decide which rules to tune.
 * @example scoreCheckAccuracy({ checks: ['greeting'], labels, predictions }).macroF1 // 0.97
 */
export function scoreCheckAccuracy(input: {
  checks: readonly string[];
  labels: readonly CallFailures[];
  predictions: readonly CallFailures[];
}): AccuracyReport {
  const predicted = new Map(input.predictions.map((p) => [p.id, p.failed]));
  const labelled = new Set(input.labels.map((l) => l.id));
  const checks = input.checks.map((check) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const label of input.labels) {
      const prediction = predicted.get(label.id);
      if (!prediction) continue;
      const expected = label.failed.has(check);
      const actual = prediction.has(check);
      if (expected && actual) tp++;
      else if (actual) fp++;
      else if (expected) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      check,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      support: tp + fn,
      precision,
      recall,
      f1,
    };
  });
  return {
    calls: input.labels.filter((l) => predicted.has(l.id)).length,
    checks,
    macroF1: checks.length === 0 ? 0 : checks.reduce((sum, c) => sum + c.f1, 0) / checks.length,
    unmatched: {
      unlabelled: input.predictions.filter((p) => !labelled.has(p.id)).map((p) => p.id),
      unpredicted: input.labels.filter((l) => !predicted.has(l.id)).map((l) => l.id),
    },
  };
}
