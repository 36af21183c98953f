export type ReviewCapacityInput = {
  /** Calls a day (the average of recent days). */
  callsPerDay: number;
  /** Average call length, seconds. */
  averageCallSec: number;
  inspectors: number;
  /** Paid hours a day (default 8). */
  hoursPerDay?: number;
  /** Share of those hours that is spent reviewing (default 0.75: meetings, coaching and reports take the rest). */
  effectiveShare?: number;
  /** Time to score and write up one call beyond listening to it, seconds (default 120). */
  scoringSecPerCall?: number;
  /** Playback speed inspectors listen at (default 1; 1.25 or 1.5 with a player that allows it). */
  playbackSpeed?: number;
};

export type ReviewCapacity = {
  /** Calls one inspector can review in a day. */
  perInspectorPerDay: number;
  /** Calls the team can review in a day. */
  perDay: number;
  /** The share of the day's calls that is. */
  shareOfCalls: number;
};

/**
 * The daily review quota of seed 002's 监听数量的确定: from the day's call volume and average length
 * and the inspectors' effective working time, how many calls each inspector can listen to and score.
 *
 * @example reviewCapacity({ callsPerDay: 3000, averageCallSec: 180, inspectors: 4 })
 *   // { perInspectorPerDay: 72, perDay: 288, shareOfCalls: 0.096 }
 */
export function reviewCapacity(input: ReviewCapacityInput): ReviewCapacity {
  const {
    callsPerDay,
    averageCallSec,
    inspectors,
    hoursPerDay = 8,
    effectiveShare = 0.75,
    scoringSecPerCall = 120,
    playbackSpeed = 1,
  } = input;
  for (const [name, value] of Object.entries({
    callsPerDay,
    averageCallSec,
    inspectors,
    hoursPerDay,
    scoringSecPerCall,
  })) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`${name} must be a number of 0 or more`);
  }
  if (!(effectiveShare > 0 && effectiveShare <= 1)) throw new RangeError('effectiveShare must be in (0, 1]');
  if (!(playbackSpeed > 0)) throw new RangeError('playbackSpeed must be above 0');
  const secondsPerCall = averageCallSec / playbackSpeed + scoringSecPerCall;
  const perInspectorPerDay =
    secondsPerCall > 0 ? Math.floor((hoursPerDay * 3600 * effectiveShare) / secondsPerCall) : 0;
  const perDay = perInspectorPerDay * inspectors;
  return {
    perInspectorPerDay,
    perDay,
    shareOfCalls: callsPerDay > 0 ? Math.min(1, perDay / callsPerDay) : 0,
  };
}
