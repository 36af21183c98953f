import type { Call, Evaluation, Evidence } from '@callqa/core';
import { maskPii } from '@callqa/core';

/** Characters that can start a phone, ID-card, bank-card number or an e-mail, digits spoken or written. */
const MAYBE_PII = /[0-9０-９@＠零〇一二三四五六七八九幺两]/;

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
    if (e.turn === undefined || e.quote === '' || !MAYBE_PII.test(e.quote)) return e;
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
  let changed = false;
  const checks = evaluation.checks.map((check) => {
    const evidence = check.evidence.map(maskOne);
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
