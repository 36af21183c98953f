import { ScoreTally } from '../inspection/score-tally.js';
import type { CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import type { CheckResult, Severity } from '../scorecard/scorecard-schema.js';

/** A reviewer's judgement of one automatic check: the machine was right, or it was not. */
export type CheckVerdict = {
  check: string;
  verdict: 'confirm' | 'overturn';
  /** With `overturn`: the right result (pass, fail or na). */
  result?: CheckResult;
  comment?: string;
};

/** A reviewer's score of an item the machine cannot judge (吐字清晰, 微笑服务 …). */
export type ManualScore = { item: string; deducted: number; comment?: string };

export type ReviewInput = {
  verdicts: readonly CheckVerdict[];
  manual: readonly ManualScore[];
  notes?: string;
};

export type ReviewedCheck = {
  check: string;
  severity: Severity;
  autoResult: CheckResult;
  result: CheckResult;
  deducted: number;
  overturned: boolean;
  comment?: string;
};

export type ReviewedItem = {
  item: string;
  severity: Severity;
  points: number;
  deducted: number;
  comment?: string;
};

/** The final result of a call after human review: both the machine's and the reviewer's view. */
export type ReviewedEvaluation = {
  score: number;
  maxScore: number;
  passScore: number;
  passed: boolean;
  fatalFailed: boolean;
  classCounts: Record<Severity, number>;
  checks: ReviewedCheck[];
  manual: ReviewedItem[];
};

export type ReviewProblem = { field: string; message: string };

/**
 * The final evaluation of a reviewed call: each automatic check as the reviewer confirmed or
 * overturned it (a check not mentioned stands as the machine found it), every manual item scored
 * by the reviewer (all are required), scored by the scorecard's own rules (points, A/B/C classes,
 * fatal items, N/A policy, pass score). Problems name the field of the review that is wrong.
 *
 * @example applyReview(scorecard, evaluation.checks, { verdicts: [{ check: 'greeting', verdict: 'overturn', result: 'pass' }], manual })
 */
export function applyReview(
  scorecard: CompiledScorecard,
  autoChecks: ReadonlyArray<{ check: string; result: CheckResult }>,
  review: ReviewInput,
  /** Whether every manual item must be scored; an accepted appeal re-scores a call that no person reviewed. */
  options: { requireManual?: boolean } = {},
): { ok: true; evaluation: ReviewedEvaluation } | { ok: false; problems: ReviewProblem[] } {
  const problems: ReviewProblem[] = [];
  const auto = new Map(autoChecks.map((c) => [c.check, c.result]));
  const verdicts = new Map<string, CheckVerdict>();
  review.verdicts.forEach((v, i) => {
    if (!auto.has(v.check))
      problems.push({
        field: `verdicts.${i}.check`,
        message: `no automatic check "${v.check}" in this evaluation`,
      });
    else if (verdicts.has(v.check))
      problems.push({ field: `verdicts.${i}.check`, message: `"${v.check}" is judged twice` });
    else if (v.verdict === 'overturn' && (v.result === undefined || v.result === auto.get(v.check))) {
      problems.push({
        field: `verdicts.${i}.result`,
        message: 'an overturned check needs a result other than the machine’s',
      });
    } else verdicts.set(v.check, v);
  });
  // The items the machine left for a person: those without an automatic result in this evaluation.
  const manualItems = scorecard.items.filter((item) => !auto.has(item.id));
  const manualIds = new Set(manualItems.map((item) => item.id));
  const scores = new Map<string, ManualScore>();
  review.manual.forEach((m, i) => {
    const item = manualItems.find((it) => it.id === m.item);
    if (!item)
      problems.push({
        field: `manual.${i}.item`,
        message: `no manual item "${m.item}" on scorecard ${scorecard.id}@${scorecard.version}`,
      });
    else if (scores.has(m.item))
      problems.push({ field: `manual.${i}.item`, message: `"${m.item}" is scored twice` });
    else if (!(m.deducted >= 0 && m.deducted <= item.points)) {
      problems.push({ field: `manual.${i}.deducted`, message: `must be between 0 and ${item.points}` });
    } else scores.set(m.item, m);
  });
  const unscored = [...manualIds].filter((id) => !scores.has(id));
  if (
    options.requireManual !== false &&
    unscored.length > 0 &&
    !problems.some((p) => p.field.startsWith('manual'))
  ) {
    problems.push({
      field: 'manual',
      message: `every manual item needs a score (0 when nothing is deducted); missing: ${unscored.join(', ')}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const tally = new ScoreTally();
  const checks: ReviewedCheck[] = [];
  const manual: ReviewedItem[] = [];
  for (const item of scorecard.items) {
    if (manualIds.has(item.id)) {
      const score = scores.get(item.id);
      if (!score) continue;
      const reviewed: ReviewedItem = {
        item: item.id,
        severity: item.severity,
        points: item.points,
        deducted: score.deducted,
      };
      if (score.comment !== undefined) reviewed.comment = score.comment;
      manual.push(reviewed);
      // A manual item scored 0 is met, not failed.
      if (score.deducted > 0) tally.deduct(item, score.deducted);
      continue;
    }
    const autoResult = auto.get(item.id);
    if (autoResult === undefined) continue;
    const verdict = verdicts.get(item.id);
    const result = verdict?.verdict === 'overturn' ? (verdict.result as CheckResult) : autoResult;
    const reviewed: ReviewedCheck = {
      check: item.id,
      severity: item.severity,
      autoResult,
      result,
      deducted: result === 'fail' ? item.points : 0,
      overturned: result !== autoResult,
    };
    if (verdict?.comment !== undefined) reviewed.comment = verdict.comment;
    checks.push(reviewed);
    if (result === 'fail') tally.deduct(item, item.points);
    else if (result === 'na') tally.notApplicable(item);
  }
  return { ok: true, evaluation: { ...tally.result(scorecard), checks, manual } };
}
