import type { QueueCall } from '../telephony/queue-event.js';
import { mean, ratio } from './ratio.js';

/** Service level at one threshold T, three ways (ratios 0–1, null without calls to divide by). */
export type ServiceLevel = {
  /** Answered within T / (answered + abandoned + timedOut). */
  overOffered: number | null;
  /** Answered within T / answered. */
  overAnswered: number | null;
  /** Answered within T / (answered + abandoned − shortAbandoned + timedOut). */
  overOfferedExShortAbandons: number | null;
};

/** Telephony KPIs of a set of queue visits; see docs/kpis.md and kpiDefinitions. */
export type QueueKpis = {
  entered: number;
  answered: number;
  abandoned: number;
  timedOut: number;
  /** Left by EXITEMPTY (no members) or EXITWITHKEY (caller pressed a key). */
  exitedOther: number;
  noOutcome: number;
  transferred: number;
  shortAbandoned: number;
  asaSec: number | null;
  awtSec: number | null;
  maxWaitSec: number | null;
  ahtSec: number | null;
  talkSec: number | null;
  abandonRate: number | null;
  abandonRateExShort: number | null;
  transferRate: number | null;
  /** Keyed by the threshold in seconds as a string ("20", "30"). */
  serviceLevel: Record<string, ServiceLevel>;
};

export type QueueKpiOptions = {
  /** Service-level thresholds in seconds; by default 20 and 30. */
  thresholdsSec?: readonly number[];
  /** An abandon within this many seconds is short (a misdial, not a lost customer); 5 by default. */
  shortAbandonSec?: number;
};

export const defaultThresholdsSec: readonly number[] = [20, 30];
export const defaultShortAbandonSec = 5;

/**
 * Counts and means over queue visits. "Within T" is wait ≤ T, as Asterisk's own service-level
 * counter. Answered visits whose talk time is unknown (the log stops mid-call) count for ASA and
 * service level but not for AHT or talk time.
 */
export function queueKpis(calls: Iterable<QueueCall>, options: QueueKpiOptions = {}): QueueKpis {
  const thresholds = options.thresholdsSec ?? defaultThresholdsSec;
  const shortSec = options.shortAbandonSec ?? defaultShortAbandonSec;
  const counts = { entered: 0, answered: 0, abandoned: 0, timedOut: 0, exitedOther: 0, noOutcome: 0 };
  let transferred = 0;
  let shortAbandoned = 0;
  let maxWaitSec: number | null = null;
  const answeredWaits: number[] = [];
  const abandonedWaits: number[] = [];
  const handles: number[] = [];
  const talks: number[] = [];
  const within = thresholds.map(() => 0);

  for (const call of calls) {
    counts.entered++;
    if (call.outcome !== 'noOutcome') maxWaitSec = Math.max(maxWaitSec ?? 0, call.waitSec);
    switch (call.outcome) {
      case 'answered':
        counts.answered++;
        answeredWaits.push(call.waitSec);
        thresholds.forEach((t, i) => {
          if (call.waitSec <= t) within[i] = (within[i] ?? 0) + 1;
        });
        if (call.talkSec !== undefined) {
          talks.push(call.talkSec);
          handles.push(call.talkSec + (call.holdSec ?? 0) + (call.wrapSec ?? 0));
        }
        if (call.transferred) transferred++;
        break;
      case 'abandoned':
        counts.abandoned++;
        abandonedWaits.push(call.waitSec);
        if (call.waitSec <= shortSec) shortAbandoned++;
        break;
      case 'timeout':
        counts.timedOut++;
        break;
      case 'exitEmpty':
      case 'exitKey':
        counts.exitedOther++;
        break;
      case 'noOutcome':
        counts.noOutcome++;
        break;
    }
  }

  const offered = counts.answered + counts.abandoned + counts.timedOut;
  const offeredExShort = offered - shortAbandoned;
  const serviceLevel: Record<string, ServiceLevel> = {};
  thresholds.forEach((t, i) => {
    const n = within[i] ?? 0;
    serviceLevel[String(t)] = {
      overOffered: ratio(n, offered),
      overAnswered: ratio(n, counts.answered),
      overOfferedExShortAbandons: ratio(n, offeredExShort),
    };
  });
  return {
    ...counts,
    transferred,
    shortAbandoned,
    asaSec: mean(answeredWaits),
    awtSec: mean(abandonedWaits),
    maxWaitSec,
    ahtSec: mean(handles),
    talkSec: mean(talks),
    abandonRate: ratio(counts.abandoned, offered),
    abandonRateExShort: ratio(counts.abandoned - shortAbandoned, offeredExShort),
    transferRate: ratio(transferred, counts.answered),
    serviceLevel,
  };
}
