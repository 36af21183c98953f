import type { SpeakerFilter, Window } from '../scorecard/condition-schema.js';
import type { CallContext } from './call-context.js';

/** The turns within the limits of a window; several limits together mean any of them (a union). */
function applyLimits(ctx: CallContext, indices: number[], window: Window): number[] {
  const firstStart = ctx.turns[indices[0] ?? 0]?.startMs ?? 0;
  const lastEnd = ctx.turns[indices[indices.length - 1] ?? 0]?.endMs ?? 0;
  const chosen = new Set<number>();
  if (window.firstTurns) for (const i of indices.slice(0, window.firstTurns)) chosen.add(i);
  if (window.lastTurns) for (const i of indices.slice(-window.lastTurns)) chosen.add(i);
  for (const i of indices) {
    const turn = ctx.turns[i];
    if (!turn) continue;
    if (window.firstMs !== undefined && turn.startMs - firstStart < window.firstMs) chosen.add(i);
    if (window.lastMs !== undefined && lastEnd - turn.endMs < window.lastMs) chosen.add(i);
  }
  return indices.filter((i) => chosen.has(i));
}

function inWindow(ctx: CallContext, indices: number[], window: Window): number[] {
  if (indices.length === 0) return indices;
  const limited =
    window.firstTurns !== undefined ||
    window.lastTurns !== undefined ||
    window.firstMs !== undefined ||
    window.lastMs !== undefined;
  const chosen = limited ? applyLimits(ctx, indices, window) : indices;
  if (!window.except) return chosen;
  const dropped = new Set([
    ...indices.slice(0, window.except.firstTurns ?? 0),
    ...(window.except.lastTurns ? indices.slice(-window.except.lastTurns) : []),
  ]);
  return chosen.filter((i) => !dropped.has(i));
}

/**
 * The turn indices a text operator looks at: the speaker's turns, narrowed to the window
 * (first/last N turns or seconds of that speaker) and to the anchor's scope when there is one.
 */
export function selectTurns(ctx: CallContext, speaker: SpeakerFilter, window: Window | undefined): number[] {
  let indices = ctx.selections.get(speaker);
  if (!indices) {
    indices = [];
    for (let i = 0; i < ctx.turns.length; i++) {
      if (speaker === 'any' || ctx.turns[i]?.speaker === speaker) indices.push(i);
    }
    ctx.selections.set(speaker, indices);
  }
  if (window) {
    // Each window is an object of the compiled scorecard with one speaker: a stable key for the call.
    let windowed = ctx.selections.get(window);
    if (!windowed) {
      windowed = inWindow(ctx, indices, window);
      ctx.selections.set(window, windowed);
    }
    indices = windowed;
  }
  if (ctx.scope) {
    const scope = ctx.scope;
    indices = indices.filter((i) => scope.has(i));
  }
  return indices;
}
