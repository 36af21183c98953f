import type { Call, Evaluation } from '@callqa/core';
import { maskEvidence, maskedTurns } from '@callqa/core';

/** Replaces phone, ID-card and bank-card numbers in quotes; masking keeps length, so offsets still hold. */
export function maskEvaluationEvidence(evaluation: Evaluation, call: Call): Evaluation {
  const maskedTurn = maskedTurns(call.turns);
  let changed = false;
  const checks = evaluation.checks.map((check) => {
    const evidence = maskEvidence(check.evidence, maskedTurn);
    if (evidence.every((e, i) => e === check.evidence[i])) return check;
    changed = true;
    const first = evidence[0];
    return { ...check, evidence, reason: first ? first.reason : check.reason };
  });
  return changed ? { ...evaluation, checks } : evaluation;
}

/** The `--format jsonl` object: the shape integrators and the accuracy scorer depend on. */
export function toEvaluationRecord(evaluation: Evaluation) {
  return {
    id: evaluation.callId,
    score: evaluation.score,
    maxScore: evaluation.maxScore,
    passed: evaluation.passed,
    fatal: evaluation.fatalFailed,
    scorecard: evaluation.scorecard,
    ...(evaluation.agentId !== undefined ? { agentId: evaluation.agentId } : {}),
    ...(evaluation.team !== undefined ? { team: evaluation.team } : {}),
    classCounts: evaluation.classCounts,
    // The check's reason is its first evidence's reason; it is written out only when there is no evidence.
    checks: evaluation.checks.map((c) => ({
      check: c.check,
      result: c.result,
      deducted: c.deducted,
      severity: c.severity,
      // auto+review: the machine's result stands until a reviewer confirms or overturns it.
      ...(c.scoring === 'auto+review' ? { review: true } : {}),
      ...(c.evidence.length === 0 ? { reason: c.reason } : {}),
      evidence: c.evidence,
    })),
    pending: evaluation.pending.map((p) => p.item),
  };
}
