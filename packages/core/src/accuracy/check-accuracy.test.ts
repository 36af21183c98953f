import { expect, test } from 'vitest';
import { scoreCheckAccuracy } from './check-accuracy.js';

test('computes precision, recall and F1 per check with fail as the positive class', () => {
  const labels = [
    { id: '1', failed: new Set(['greeting']) },
    { id: '2', failed: new Set(['greeting', 'thanks']) },
    { id: '3', failed: new Set<string>() },
    { id: '4', failed: new Set(['greeting']) },
  ];
  const predictions = [
    { id: '1', failed: new Set(['greeting']) },
    { id: '2', failed: new Set(['thanks']) },
    { id: '3', failed: new Set(['greeting']) },
    { id: '4', failed: new Set(['greeting']) },
  ];
  const report = scoreCheckAccuracy({ checks: ['greeting', 'thanks', 'hold'], labels, predictions });
  const greeting = report.checks[0];
  // greeting: TP 2 (1, 4), FP 1 (3), FN 1 (2) → P = R = F1 = 2/3
  expect(greeting).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, support: 3 });
  expect(greeting?.f1).toBeCloseTo(2 / 3, 10);
  expect(report.checks[1]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  // A check with nothing to find and nothing found counts as perfect.
  expect(report.checks[2]?.f1).toBe(1);
  expect(report.macroF1).toBeCloseTo((2 / 3 + 1 + 1) / 3, 10);
});

test('lists calls that were labelled but not inspected, and the reverse', () => {
  const report = scoreCheckAccuracy({
    checks: ['greeting'],
    labels: [{ id: 'a', failed: new Set() }],
    predictions: [{ id: 'b', failed: new Set() }],
  });
  expect(report.calls).toBe(0);
  expect(report.unmatched).toEqual({ unlabelled: ['b'], unpredicted: ['a'] });
});
