import type { SamplePick } from './draw-sample.js';

export type Reviewer = { userId: number; agentId?: string };
export type ReviewAssignment = {
  callId: string;
  reviewerId: number /** 0-based day of the period it is due on. */;
  day: number;
};

/**
 * Spreads sampled calls over the period's days and the inspectors evenly (round robin in random
 * order, so no inspector gets all of one agent), never giving an inspector a call they took as an
 * agent. A call only its own agent could review is left out (returned in `unassigned`).
 *
 * @example assignReviews(picks, [{ userId: 3 }, { userId: 4 }], 5)
 */
export function assignReviews(
  picks: readonly SamplePick[],
  reviewers: readonly Reviewer[],
  days: number,
): { assignments: ReviewAssignment[]; unassigned: string[] } {
  if (!(Number.isInteger(days) && days >= 1))
    throw new RangeError('days must be a whole number of 1 or more');
  const ordered = [...picks].sort((a, b) => a.rank - b.rank || (a.callId < b.callId ? -1 : 1));
  const load = new Map(reviewers.map((r) => [r.userId, 0]));
  const assignments: ReviewAssignment[] = [];
  const unassigned: string[] = [];
  ordered.forEach((pick, i) => {
    let best: Reviewer | undefined;
    for (const reviewer of reviewers) {
      if (reviewer.agentId !== undefined && reviewer.agentId === pick.agentId) continue;
      if (!best || (load.get(reviewer.userId) as number) < (load.get(best.userId) as number)) best = reviewer;
    }
    if (!best) {
      unassigned.push(pick.callId);
      return;
    }
    load.set(best.userId, (load.get(best.userId) as number) + 1);
    assignments.push({
      callId: pick.callId,
      reviewerId: best.userId,
      day: Math.floor((i * days) / ordered.length),
    });
  });
  return { assignments, unassigned };
}
