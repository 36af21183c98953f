import type { CompiledMatcher } from '../scorecard/compiled-scorecard.js';
import { type CharAlphabet, mayMatch } from '../text/char-requirement.js';
import type { CallContext, Span } from './call-context.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function scan(regex: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** All matches of a matcher in one text, after its exclusion and negation guards. */
export function matchText(matcher: CompiledMatcher, text: string): Span[] {
  if (matcher.prefilter && !matcher.prefilter.test(text)) return [];
  return matchUnfiltered(matcher, text);
}

function matchUnfiltered(matcher: CompiledMatcher, text: string): Span[] {
  let spans = scan(matcher.regex, text);
  if (spans.length === 0) return spans;
  if (matcher.exclude) {
    const excluded = scan(matcher.exclude, text);
    if (excluded.length > 0) spans = spans.filter((s) => !excluded.some((x) => overlaps(s, x)));
  }
  const before = matcher.notPrecededBy;
  if (before) {
    spans = spans.filter(
      (s) => !before.regex.test(text.slice(Math.max(0, s.start - before.within), s.start)),
    );
  }
  const after = matcher.notFollowedBy;
  if (after) spans = spans.filter((s) => !after.regex.test(text.slice(s.end, s.end + after.within)));
  return spans;
}

/** Shared by every turn a list cannot match; never mutated. */
const NO_SPANS: Span[] = [];

/** The call's turn bit sets in an alphabet, made once, and where the turn's set starts. */
function turnBitsBase(ctx: CallContext, alphabet: CharAlphabet, turnIndex: number): number {
  const cache = ctx.charBits;
  if (cache.alphabet !== alphabet) {
    cache.alphabet = alphabet;
    cache.bits = alphabet.bitsOfAll(ctx.turns.map((t) => t.text));
  }
  return turnIndex * alphabet.words;
}

/** Matches of a matcher in one turn of the call, computed once per call. */
export function findMatches(ctx: CallContext, matcher: CompiledMatcher, turnIndex: number): Span[] {
  let perTurn = ctx.matches.get(matcher);
  if (!perTurn) {
    perTurn = new Array(ctx.turns.length);
    ctx.matches.set(matcher, perTurn);
  }
  const cached = perTurn[turnIndex];
  if (cached) return cached;
  const text = ctx.turns[turnIndex]?.text ?? '';
  const requirement = matcher.requirement;
  let spans: Span[];
  if (requirement) {
    const base = turnBitsBase(ctx, requirement.alphabet, turnIndex);
    spans = mayMatch(requirement, ctx.charBits.bits, base) ? matchUnfiltered(matcher, text) : NO_SPANS;
  } else {
    spans = matchText(matcher, text);
  }
  perTurn[turnIndex] = spans;
  return spans;
}
