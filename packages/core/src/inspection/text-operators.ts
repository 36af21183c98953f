import type { CompiledCondition } from '../scorecard/compiled-scorecard.js';
import type { CallContext, Span } from './call-context.js';
import type { Hit, Outcome } from './evidence.js';
import { findMatches } from './find-matches.js';
import { selectTurns } from './select-turns.js';
import { lookedAtHits, matchHit } from './turn-hits.js';

type PhrasesCondition = Extract<CompiledCondition, { op: 'phrases' }>;

/** More than a reviewer reads for one condition (a check shows at most ten). */
const MAX_HITS = 12;
type NearCondition = Extract<CompiledCondition, { op: 'near' }>;

function distinctAlternatives(condition: PhrasesCondition, texts: readonly string[]): number {
  let found = 0;
  for (const alternative of condition.matcher.alternatives) {
    if (texts.some((text) => alternative.test(text))) found++;
  }
  return found;
}

function evaluateSetMode(ctx: CallContext, condition: PhrasesCondition, turns: number[]): Outcome {
  const needed = condition.mode === 'all' ? condition.matcher.alternatives.length : condition.n;
  const groups = condition.per === 'turn' ? turns.map((t) => [t]) : [turns];
  const hits: Hit[] = [];
  for (const group of groups) {
    const texts = group.map((t) => ctx.turns[t]?.text ?? '');
    if (distinctAlternatives(condition, texts) >= needed) {
      for (const t of group)
        for (const span of findMatches(ctx, condition.matcher, t)) hits.push(matchHit(ctx, t, span));
    }
  }
  return hits.length > 0 ? { hit: true, hits } : { hit: false, hits: lookedAtHits(ctx, turns) };
}

/**
 * phrases / regex: find a list's phrases in the selected turns.
 * mode any (with a count threshold), none (absence), all / atLeast N different phrases.
 */
export function evaluatePhrases(ctx: CallContext, condition: PhrasesCondition): Outcome {
  const turns = selectTurns(ctx, condition.speaker, condition.window);
  if (condition.mode === 'all' || condition.mode === 'atLeast') return evaluateSetMode(ctx, condition, turns);
  // Count every match, but keep only as many as a person reads as evidence: allocation is the cost.
  const hits: Hit[] = [];
  let count = 0;
  for (const t of turns) {
    const spans = findMatches(ctx, condition.matcher, t);
    count += spans.length;
    for (const span of spans) {
      if (hits.length >= MAX_HITS) break;
      hits.push(matchHit(ctx, t, span));
    }
  }
  if (condition.mode === 'none') {
    return count === 0 ? { hit: true, hits: lookedAtHits(ctx, turns) } : { hit: false, hits };
  }
  if (count >= condition.minCount) return { hit: true, hits };
  return { hit: false, hits: count > 0 ? hits : lookedAtHits(ctx, turns) };
}

function gapBetween(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** near: A within N characters of B in the same turn (optionally A first). */
export function evaluateNear(ctx: CallContext, condition: NearCondition): Outcome {
  const turns = selectTurns(ctx, condition.speaker, condition.window);
  const hits: Hit[] = [];
  for (const t of turns) {
    const as = findMatches(ctx, condition.a, t);
    if (as.length === 0) continue;
    const bs = findMatches(ctx, condition.b, t);
    for (const a of as) {
      const b = bs.find((b) =>
        condition.order === 'aFirst'
          ? a.end <= b.start && b.start - a.end <= condition.within
          : gapBetween(a, b) <= condition.within,
      );
      if (b) hits.push(matchHit(ctx, t, { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }));
    }
  }
  return hits.length > 0 ? { hit: true, hits } : { hit: false, hits: lookedAtHits(ctx, turns) };
}
