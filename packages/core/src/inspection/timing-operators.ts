import type { CompiledCondition } from '../scorecard/compiled-scorecard.js';
import type {
  DurationCondition,
  OverlapCondition,
  SpeechRateCondition,
} from '../scorecard/condition-schema.js';
import type { CallContext } from './call-context.js';
import { countSpokenUnits } from './count-spoken-units.js';
import type { Hit, Outcome } from './evidence.js';
import { findMatches } from './find-matches.js';

type SilenceCondition = Extract<CompiledCondition, { op: 'silence' }>;

function lastAgentTurnBefore(ctx: CallContext, index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (ctx.turns[i]?.speaker === 'agent') return i;
  return undefined;
}

/**
 * silence: a gap between the end of all speech so far and the next turn. Whether it was announced
 * (请稍等, 我帮您查询一下) is read from the agent's last turn before the gap, because a customer's
 * "好的" often sits between the announcement and the hold.
 */
export function evaluateSilence(ctx: CallContext, condition: SilenceCondition): Outcome {
  const hits: Hit[] = [];
  let spokenUntil = ctx.turns[0]?.endMs ?? 0;
  for (let i = 1; i < ctx.turns.length; i++) {
    const turn = ctx.turns[i];
    if (!turn) continue;
    const gap = turn.startMs - spokenUntil;
    if (gap >= condition.minMs && (condition.maxMs === undefined || gap <= condition.maxMs)) {
      const agentTurn = lastAgentTurnBefore(ctx, i);
      const announced =
        condition.announcement !== undefined &&
        agentTurn !== undefined &&
        findMatches(ctx, condition.announcement, agentTurn).length > 0;
      if (condition.announced === 'any' || (condition.announced === 'yes') === announced) {
        const before = ctx.turns[i - 1];
        hits.push({
          kind: 'gap',
          turn: i - 1,
          ...(before
            ? { speaker: before.speaker, start: 0, end: before.text.length, quote: before.text }
            : { quote: '' }),
          startMs: spokenUntil,
          endMs: turn.startMs,
          value: gap,
          anchorAt: i - 1,
        });
      }
    }
    spokenUntil = Math.max(spokenUntil, turn.endMs);
  }
  return { hit: hits.length > 0, hits };
}

/** overlap: a turn of the speaker starts at least N ms before the other party's turn it follows has ended. */
export function evaluateOverlap(ctx: CallContext, condition: OverlapCondition): Outcome {
  const hits: Hit[] = [];
  let lastOther = -1;
  for (let i = 0; i < ctx.turns.length; i++) {
    const turn = ctx.turns[i];
    if (!turn) continue;
    if (turn.speaker !== condition.speaker) {
      lastOther = i;
      continue;
    }
    const other = ctx.turns[lastOther];
    if (!other) continue;
    const overlapMs = other.endMs - turn.startMs;
    if (overlapMs >= condition.minMs && overlapMs > 0) {
      hits.push({
        kind: 'overlap',
        turn: i,
        speaker: turn.speaker,
        start: 0,
        end: turn.text.length,
        startMs: turn.startMs,
        endMs: other.endMs,
        quote: turn.text,
        value: overlapMs,
      });
    }
  }
  return { hit: hits.length > 0, hits };
}

/** speechRate: spoken units per minute of the speaker's own talk time (the sum of their turn durations). */
export function evaluateSpeechRate(ctx: CallContext, condition: SpeechRateCondition): Outcome {
  const unit = condition.unit ?? (ctx.call.language === 'en' ? 'word' : 'char');
  let units = 0;
  let talkMs = 0;
  for (const turn of ctx.turns) {
    if (turn.speaker !== condition.speaker) continue;
    units += countSpokenUnits(turn.text, unit);
    talkMs += turn.endMs - turn.startMs;
  }
  if (talkMs <= 0) return { hit: false, hits: [] };
  const rate = Math.round((units / (talkMs / 60000)) * 10) / 10;
  const hit =
    (condition.above !== undefined && rate > condition.above) ||
    (condition.below !== undefined && rate < condition.below);
  return {
    hit,
    hits: [{ kind: 'metric', speaker: condition.speaker, quote: '', value: rate, startMs: 0, endMs: talkMs }],
  };
}

/** duration: the call lasts between minMs and maxMs (end of the last turn). */
export function evaluateDuration(ctx: CallContext, condition: DurationCondition): Outcome {
  const durationMs = ctx.turns.reduce((max, t) => Math.max(max, t.endMs), 0);
  const hit =
    (condition.minMs === undefined || durationMs >= condition.minMs) &&
    (condition.maxMs === undefined || durationMs <= condition.maxMs);
  return { hit, hits: [{ kind: 'metric', quote: '', value: durationMs, startMs: 0, endMs: durationMs }] };
}
