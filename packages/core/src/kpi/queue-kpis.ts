import type { QueueCall } from '../telephony/queue-event.js';
import { queueKpisFromSums, sumQueueCalls } from './queue-kpi-sums.js';

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
  // One computation for visits and for stored totals: the visits are totalled first.
  return queueKpisFromSums(
    sumQueueCalls(calls, {
      thresholdsSec: options.thresholdsSec ?? defaultThresholdsSec,
      shortAbandonSec: options.shortAbandonSec ?? defaultShortAbandonSec,
    }),
    options,
  );
}
