import { describe, expect, test } from 'vitest';
import type { Call } from '../call/call-schema.js';
import { inspectCall } from '../inspection/inspect-call.js';
import { defaultScorecard } from '../scorecards/default-scorecards.js';
import { applyReview } from './apply-review.js';
import { checkAgreement } from './check-agreement.js';

const scorecard = defaultScorecard('zh');
const call: Call = {
  id: 'r1',
  language: 'zh',
  turns: [
    { speaker: 'agent', startMs: 0, endMs: 2500, text: '喂' },
    { speaker: 'customer', startMs: 3000, endMs: 5500, text: '我想查一下话费' },
    { speaker: 'agent', startMs: 6000, endMs: 8500, text: '好的，您的话费是五十元，感谢来电，再见' },
  ],
};
const auto = inspectCall(scorecard, call);
const allManualZero = auto.pending.map((p) => ({ item: p.item, deducted: 0 }));

describe('applyReview', () => {
  test('with every check confirmed and nothing deducted by hand, keeps the machine’s score', () => {
    const result = applyReview(scorecard, auto.checks, { verdicts: [], manual: allManualZero });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.evaluation.score).toBe(auto.score);
    expect(result.evaluation.passed).toBe(auto.passed);
    expect(result.evaluation.checks.every((c) => !c.overturned)).toBe(true);
  });

  test('an overturned failure gives its points back; a manual deduction takes points and counts its class', () => {
    expect(auto.checks.find((c) => c.check === 'greeting')?.result).toBe('fail');
    const greeting = scorecard.items.find((i) => i.id === 'greeting');
    const manualItem = scorecard.items.find((i) => i.id === auto.pending[0]?.item);
    const result = applyReview(scorecard, auto.checks, {
      verdicts: [{ check: 'greeting', verdict: 'overturn', result: 'pass', comment: '录音开头被截断' }],
      manual: allManualZero.map((m, i) => (i === 0 ? { ...m, deducted: 1, comment: '吐字不清' } : m)),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.evaluation.score).toBe(auto.score + (greeting?.points ?? 0) - 1);
    const reviewed = result.evaluation.checks.find((c) => c.check === 'greeting');
    expect(reviewed).toMatchObject({
      autoResult: 'fail',
      result: 'pass',
      overturned: true,
      deducted: 0,
      comment: '录音开头被截断',
    });
    expect(result.evaluation.classCounts[manualItem?.severity ?? 'A']).toBeGreaterThanOrEqual(1);
  });

  test('names every wrong field: unknown check, missing manual item, a deduction beyond the item’s points', () => {
    const result = applyReview(scorecard, auto.checks, {
      verdicts: [
        { check: 'nope', verdict: 'confirm' },
        { check: 'greeting', verdict: 'overturn', result: 'fail' },
      ],
      manual: [{ item: auto.pending[0]?.item ?? '', deducted: 999 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'verdicts.0.check',
      'verdicts.1.result',
      'manual.0.deducted',
    ]);
    const missing = applyReview(scorecard, auto.checks, { verdicts: [], manual: [] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]?.message).toMatch(/needs a score.*missing: /);
  });
});

describe('checkAgreement', () => {
  test('measures precision and recall of each check against reviewers', () => {
    const rows = [
      { check: 'greeting', auto: 'fail', final: 'fail' },
      { check: 'greeting', auto: 'fail', final: 'pass' },
      { check: 'greeting', auto: 'pass', final: 'fail' },
      { check: 'greeting', auto: 'pass', final: 'pass' },
      { check: 'silence', auto: 'na', final: 'na' },
    ] as const;
    expect(checkAgreement(rows)).toEqual([
      {
        check: 'greeting',
        reviewed: 4,
        truePositives: 1,
        falsePositives: 1,
        falseNegatives: 1,
        precision: 0.5,
        recall: 0.5,
        agreement: 0.5,
      },
      {
        check: 'silence',
        reviewed: 1,
        truePositives: 0,
        falsePositives: 0,
        falseNegatives: 0,
        precision: null,
        recall: null,
        agreement: 1,
      },
    ]);
  });
});
