import type { Call, Evaluation, Evidence } from '@callqa/core';
import { maskPii } from '@callqa/core';

/** Replaces phone, ID-card and bank-card numbers in quotes; masking keeps length, so offsets still hold. */
export function maskEvidence(evaluation: Evaluation, call: Call): Evaluation {
  const masked = new Map<number, string>();
  const maskTurn = (turn: number): string => {
    let text = masked.get(turn);
    if (text === undefined) {
      text = maskPii(call.turns[turn]?.text ?? '').text;
      masked.set(turn, text);
    }
    return text;
  };
  const maskOne = (e: Evidence): Evidence => {
    if (e.turn === undefined || e.quote === '') return e;
    const text = maskTurn(e.turn);
    const quote =
      e.start !== undefined && e.end !== undefined ? text.slice(e.start, e.end) : maskPii(e.quote).text;
    if (quote === e.quote) return e;
    return {
      ...e,
      quote,
      reason: { zh: e.reason.zh.split(e.quote).join(quote), en: e.reason.en.split(e.quote).join(quote) },
    };
  };
  return {
    ...evaluation,
    checks: evaluation.checks.map((c) => ({ ...c, evidence: c.evidence.map(maskOne) })),
  };
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
    checks: evaluation.checks.map((c) => ({
      check: c.check,
      result: c.result,
      deducted: c.deducted,
      severity: c.severity,
      reason: c.reason,
      evidence: c.evidence,
    })),
    pending: evaluation.pending.map((p) => p.item),
  };
}
