import type { CompiledCondition } from '../scorecard/compiled-scorecard.js';
import { type CallContext, withScope } from './call-context.js';
import { evaluateHangup, evaluateMetadata } from './call-operators.js';
import type { Hit, Outcome } from './evidence.js';
import { evaluateNear, evaluatePhrases } from './text-operators.js';
import {
  evaluateDuration,
  evaluateOverlap,
  evaluateSilence,
  evaluateSpeechRate,
} from './timing-operators.js';

type AnchorCondition = Extract<CompiledCondition, { op: 'anchor' }>;

function anchorWindow(ctx: CallContext, condition: AnchorCondition, at: number): Set<number> {
  const { direction = 'after', turns, speaker = 'any', includeAnchorTurn = false } = condition.within;
  const candidates: number[] = [];
  if (direction === 'after') {
    for (let i = includeAnchorTurn ? at : at + 1; i < ctx.turns.length; i++) {
      if (speaker === 'any' || ctx.turns[i]?.speaker === speaker) candidates.push(i);
      if (turns !== undefined && candidates.length >= turns) break;
    }
  } else {
    for (let i = includeAnchorTurn ? at : at - 1; i >= 0; i--) {
      if (speaker === 'any' || ctx.turns[i]?.speaker === speaker) candidates.push(i);
      if (turns !== undefined && candidates.length >= turns) break;
    }
  }
  return new Set(candidates);
}

/**
 * anchor: for every place the anchor condition hits (a complaint, an announced hold), look at the
 * next (or previous) N turns of a speaker for the `response`. hit "missing" flags anchors left unanswered
 * (no apology after a complaint); hit "present" flags anchors that were answered.
 */
function evaluateAnchor(ctx: CallContext, condition: AnchorCondition): Outcome {
  const anchors = evaluateCondition(ctx, condition.anchor);
  if (!anchors.hit) return { hit: false, hits: [] };
  const flagged: Hit[] = [];
  const answered: Hit[] = [];
  const seen = new Set<number>();
  for (const anchor of anchors.hits) {
    const at = anchor.anchorAt ?? anchor.turn;
    if (at === undefined || seen.has(at)) continue;
    seen.add(at);
    const response = evaluateCondition(withScope(ctx, anchorWindow(ctx, condition, at)), condition.response);
    const isFlagged = condition.hit === 'missing' ? !response.hit : response.hit;
    // A flagged anchor is explained by itself (the complaint); an answered one by its answer.
    if (isFlagged) flagged.push(anchor, ...response.hits);
    else answered.push(...response.hits, anchor);
  }
  return flagged.length > 0 ? { hit: true, hits: flagged } : { hit: false, hits: answered };
}

function withReason(outcome: Outcome, condition: CompiledCondition): Outcome {
  const reason = condition.reason;
  // Hits are created fresh for each evaluation, so labelling them in place is safe and spares a copy.
  if (reason) for (const hit of outcome.hits) hit.reason ??= reason;
  return outcome;
}

/** Evaluates one condition of a compiled scorecard against a call: did it hit, and on what evidence. */
export function evaluateCondition(ctx: CallContext, condition: CompiledCondition): Outcome {
  return withReason(evaluateBare(ctx, condition), condition);
}

function evaluateBare(ctx: CallContext, condition: CompiledCondition): Outcome {
  switch (condition.op) {
    case 'phrases':
      return evaluatePhrases(ctx, condition);
    case 'near':
      return evaluateNear(ctx, condition);
    case 'anchor':
      return evaluateAnchor(ctx, condition);
    case 'silence':
      return evaluateSilence(ctx, condition);
    case 'overlap':
      return evaluateOverlap(ctx, condition);
    case 'speechRate':
      return evaluateSpeechRate(ctx, condition);
    case 'hangup':
      return evaluateHangup(ctx, condition);
    case 'duration':
      return evaluateDuration(ctx, condition);
    case 'metadata':
      return evaluateMetadata(ctx, condition);
    case 'and': {
      // Stops at the first condition that does not hold: its evidence is what explains the miss.
      const hits: Hit[] = [];
      for (const sub of condition.of) {
        const outcome = evaluateCondition(ctx, sub);
        if (!outcome.hit) return outcome;
        hits.push(...outcome.hits);
      }
      return { hit: true, hits };
    }
    case 'or': {
      // Stops at the first condition that holds: its evidence is what explains the hit.
      const hits: Hit[] = [];
      for (const sub of condition.of) {
        const outcome = evaluateCondition(ctx, sub);
        if (outcome.hit) return outcome;
        hits.push(...outcome.hits);
      }
      return { hit: false, hits };
    }
    case 'not': {
      const inner = evaluateCondition(ctx, condition.of);
      return { hit: !inner.hit, hits: inner.hits };
    }
    case 'ref':
      return condition.target.condition
        ? evaluateCondition(ctx, condition.target.condition)
        : { hit: false, hits: [] };
  }
}
