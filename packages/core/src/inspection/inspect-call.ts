import type { Call } from '../call/call-schema.js';
import type { CompiledItem, CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import type { LocalizedText } from '../scorecard/condition-schema.js';
import type { CheckResult } from '../scorecard/scorecard-schema.js';
import { type CallContext, createCallContext } from './call-context.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { CheckOutcome, Evaluation, PendingItem } from './evaluation.js';
import type { Evidence, Hit } from './evidence.js';
import { renderReason } from './render-reason.js';
import { ScoreTally } from './score-tally.js';

const NOT_APPLICABLE: LocalizedText = { zh: '本通话不适用此项', en: 'Not applicable to this call' };
const SEARCHED: LocalizedText = {
  zh: '第{turn}轮中未找到所需内容',
  en: 'Nothing required was found in turn {turn}',
};

/**
 * Evidence a person reads: every quote behind a deduction (up to MAX_FAIL_EVIDENCE); for a pass or
 * n/a, the one place that best explains it, a quoted match before a list of searched turns.
 * Printing every 您 of a polite call helps nobody and costs most of the inspection time.
 */
const MAX_FAIL_EVIDENCE = 10;

/**
 * Evidence is built as one literal of one shape (absent fields left undefined, which JSON omits):
 * a fixed shape keeps the code that reads evidence monomorphic, and there are many items per call.
 */
function toPublic(hit: Hit, reason: LocalizedText): Evidence {
  return {
    kind: hit.kind,
    turn: hit.turn,
    speaker: hit.speaker,
    start: hit.start,
    end: hit.end,
    startMs: hit.startMs,
    endMs: hit.endMs,
    quote: hit.quote,
    value: hit.value,
    turns: hit.turns,
    reason: renderReason(reason, hit),
  };
}

/** Several branches of an or/and can point at the same span or the same searched turn. */
function sameTarget(a: Evidence, b: Hit): boolean {
  return (
    a.kind === b.kind &&
    a.turn === b.turn &&
    a.start === b.start &&
    a.end === b.end &&
    a.startMs === b.startMs &&
    a.turns?.length === b.turns?.length
  );
}

function toEvidence(
  hits: Hit[],
  result: CheckResult,
  template: LocalizedText,
  searched: LocalizedText,
): Evidence[] {
  if (result !== 'fail') {
    const best = hits.find((h) => h.kind === 'match') ?? hits[0];
    // A condition's own reason explains a failure; a pass is explained by the check's pass reason.
    return best ? [toPublic(best, template)] : [];
  }
  const evidence: Evidence[] = [];
  // Beside a quote that caused the failure, a searched turn is context, not the failure itself.
  const hasCause = hits.some((h) => h.kind !== 'turn');
  for (const hit of hits) {
    if (evidence.some((e) => sameTarget(e, hit))) continue;
    evidence.push(toPublic(hit, hit.reason ?? (hasCause && hit.kind === 'turn' ? searched : template)));
    if (evidence.length >= MAX_FAIL_EVIDENCE) break;
  }
  return evidence;
}

function runCheck(ctx: CallContext, item: CompiledItem): CheckOutcome | null {
  const check = item.check;
  if (!check) return null;
  let result: CheckResult;
  let hits: Hit[];
  const applicable = check.applicableWhen ? evaluateCondition(ctx, check.applicableWhen) : null;
  if (applicable && !applicable.hit) {
    result = 'na';
    hits = [];
  } else {
    const outcome = evaluateCondition(ctx, check.failWhen);
    result = outcome.hit ? 'fail' : 'pass';
    hits = outcome.hits;
  }
  const template =
    result === 'fail'
      ? check.reasons.fail
      : result === 'pass'
        ? check.reasons.pass
        : (check.reasons.na ?? NOT_APPLICABLE);
  const evidence = toEvidence(hits, result, template, check.reasons.searched ?? SEARCHED);
  return {
    check: item.id,
    name: item.name,
    section: item.section.id,
    severity: item.severity,
    fatal: item.fatal,
    scoring: item.scoring,
    result,
    deducted: result === 'fail' ? item.points : 0,
    reason: evidence[0]?.reason ?? renderReason(template, undefined),
    evidence,
  };
}

/**
 * Inspects one call against a compiled scorecard: every automatic check with its evidence, the
 * deductions, the score and whether the call passes. Pure and deterministic.
 * @example inspectCall(defaultScorecard('zh'), call).checks.find((c) => c.check === 'greeting')?.result // 'pass'
 */
export function inspectCall(scorecard: CompiledScorecard, call: Call): Evaluation {
  const ctx = createCallContext(call);
  const checks: CheckOutcome[] = [];
  const pending: PendingItem[] = [];
  const tally = new ScoreTally();
  for (const item of scorecard.items) {
    const outcome = runCheck(ctx, item);
    if (!outcome) {
      pending.push({
        item: item.id,
        name: item.name,
        section: item.section.id,
        severity: item.severity,
        points: item.points,
      });
      continue;
    }
    checks.push(outcome);
    if (outcome.result === 'fail') tally.deduct(item, outcome.deducted);
    else if (outcome.result === 'na') tally.notApplicable(item);
  }
  return {
    callId: call.id,
    ...(call.agentId !== undefined ? { agentId: call.agentId } : {}),
    ...(call.team !== undefined ? { team: call.team } : {}),
    ...(call.queue !== undefined ? { queue: call.queue } : {}),
    ...(call.startedAt !== undefined ? { startedAt: call.startedAt } : {}),
    language: call.language,
    scorecard: { id: scorecard.id, version: scorecard.version },
    ...tally.result(scorecard),
    checks,
    pending,
  };
}
