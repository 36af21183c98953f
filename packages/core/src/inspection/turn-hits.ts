import type { CallContext, Span } from './call-context.js';
import type { Hit } from './evidence.js';

/** Beyond this many turns, "what the check looked at" is one summary item rather than a quote per turn. */
const MAX_TURNS_QUOTED = 4;

// Hits are built as whole literals of one shape: spreading optional parts costs a temporary object
// per hit, and hits are the most numerous objects of an inspection.

export function matchHit(ctx: CallContext, turnIndex: number, span: Span): Hit {
  const turn = ctx.turns[turnIndex];
  if (!turn) return { kind: 'match', turn: turnIndex, start: span.start, end: span.end, quote: '' };
  return {
    kind: 'match',
    turn: turnIndex,
    speaker: turn.speaker,
    startMs: turn.startMs,
    endMs: turn.endMs,
    start: span.start,
    end: span.end,
    quote: turn.text.slice(span.start, span.end),
  };
}

/** Evidence for an absence: the turns that were searched and held nothing. */
export function lookedAtHits(ctx: CallContext, indices: readonly number[]): Hit[] {
  if (indices.length <= MAX_TURNS_QUOTED) {
    return indices.map((i): Hit => {
      const turn = ctx.turns[i];
      if (!turn) return { kind: 'turn', turn: i, start: 0, end: 0, quote: '' };
      return {
        kind: 'turn',
        turn: i,
        speaker: turn.speaker,
        startMs: turn.startMs,
        endMs: turn.endMs,
        start: 0,
        end: turn.text.length,
        quote: turn.text,
      };
    });
  }
  const first = ctx.turns[indices[0] ?? 0];
  const last = ctx.turns[indices[indices.length - 1] ?? 0];
  return [
    {
      kind: 'turn',
      turns: [...indices],
      ...(first ? { speaker: first.speaker, startMs: first.startMs } : {}),
      ...(last ? { endMs: last.endMs } : {}),
      quote: '',
      value: indices.length,
    },
  ];
}
