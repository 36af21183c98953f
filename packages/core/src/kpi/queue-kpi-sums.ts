import type { QueueCall } from '../telephony/queue-event.js';
import {
  defaultShortAbandonSec,
  defaultThresholdsSec,
  type QueueKpiOptions,
  type QueueKpis,
  type ServiceLevel,
} from './queue-kpis.js';
import { ratio } from './ratio.js';

/**
 * The service-level thresholds a rollup keeps counts for. A report asking for another threshold (or
 * another short-abandon limit than the default) is computed from the visits themselves.
 */
export const rollupThresholdsSec = [10, 15, 20, 25, 30, 40, 45, 60, 90, 120, 180, 300] as const;

/**
 * Additive totals of a set of queue visits (an hour of one queue and agent, say): every figure of
 * `queueKpis` can be computed from the sum of such totals, which is what makes a month's report over
 * millions of visits instant.
 */
export type QueueKpiSums = {
  entered: number;
  answered: number;
  abandoned: number;
  timedOut: number;
  exitedOther: number;
  noOutcome: number;
  transferred: number;
  /** Abandoned within `shortAbandonSec`. */
  shortAbandoned: number;
  shortAbandonSec: number;
  answeredWaitSec: number;
  abandonedWaitSec: number;
  /** Longest wait of a visit with an outcome; null when none. */
  maxWaitSec: number | null;
  /** Answered visits whose talk time is known, their talk and their handle time (talk + hold + wrap). */
  talked: number;
  talkSec: number;
  handleSec: number;
  /** Answered within each threshold kept (`rollupThresholdsSec` in the store), by threshold. */
  answeredWithin: Record<string, number>;
};

export function emptySums(
  thresholdsSec: readonly number[] = rollupThresholdsSec,
  shortAbandonSec = defaultShortAbandonSec,
): QueueKpiSums {
  return {
    shortAbandonSec,
    entered: 0,
    answered: 0,
    abandoned: 0,
    timedOut: 0,
    exitedOther: 0,
    noOutcome: 0,
    transferred: 0,
    shortAbandoned: 0,
    answeredWaitSec: 0,
    abandonedWaitSec: 0,
    maxWaitSec: null,
    talked: 0,
    talkSec: 0,
    handleSec: 0,
    answeredWithin: Object.fromEntries(thresholdsSec.map((t) => [String(t), 0])),
  };
}

/** Adds `more` into `into` (in place) and returns it. */
export function addSums(into: QueueKpiSums, more: QueueKpiSums): QueueKpiSums {
  into.entered += more.entered;
  into.answered += more.answered;
  into.abandoned += more.abandoned;
  into.timedOut += more.timedOut;
  into.exitedOther += more.exitedOther;
  into.noOutcome += more.noOutcome;
  into.transferred += more.transferred;
  into.shortAbandoned += more.shortAbandoned;
  into.answeredWaitSec += more.answeredWaitSec;
  into.abandonedWaitSec += more.abandonedWaitSec;
  if (more.maxWaitSec !== null) into.maxWaitSec = Math.max(into.maxWaitSec ?? 0, more.maxWaitSec);
  into.talked += more.talked;
  into.talkSec += more.talkSec;
  into.handleSec += more.handleSec;
  for (const [t, n] of Object.entries(more.answeredWithin))
    into.answeredWithin[t] = (into.answeredWithin[t] ?? 0) + n;
  return into;
}

/** The totals of some visits; by default with the thresholds the store's hourly totals keep. */
export function sumQueueCalls(
  calls: Iterable<QueueCall>,
  options: { thresholdsSec?: readonly number[]; shortAbandonSec?: number } = {},
): QueueKpiSums {
  const thresholds = options.thresholdsSec ?? rollupThresholdsSec;
  const s = emptySums(thresholds, options.shortAbandonSec);
  for (const call of calls) {
    s.entered++;
    if (call.outcome !== 'noOutcome') s.maxWaitSec = Math.max(s.maxWaitSec ?? 0, call.waitSec);
    switch (call.outcome) {
      case 'answered':
        s.answered++;
        s.answeredWaitSec += call.waitSec;
        for (const t of rollupThresholdsSec)
          if (call.waitSec <= t) s.answeredWithin[String(t)] = (s.answeredWithin[String(t)] ?? 0) + 1;
        if (call.talkSec !== undefined) {
          s.talked++;
          s.talkSec += call.talkSec;
          s.handleSec += call.talkSec + (call.holdSec ?? 0) + (call.wrapSec ?? 0);
        }
        if (call.transferred) s.transferred++;
        break;
      case 'abandoned':
        s.abandoned++;
        s.abandonedWaitSec += call.waitSec;
        if (call.waitSec <= s.shortAbandonSec) s.shortAbandoned++;
        break;
      case 'timeout':
        s.timedOut++;
        break;
      case 'exitEmpty':
      case 'exitKey':
        s.exitedOther++;
        break;
      case 'noOutcome':
        s.noOutcome++;
        break;
    }
  }
  return s;
}

/** Whether totals can answer a report with these options (thresholds kept, default short abandon). */
export function sumsSupport(options: QueueKpiOptions): boolean {
  const thresholds = options.thresholdsSec ?? defaultThresholdsSec;
  return (
    (options.shortAbandonSec ?? defaultShortAbandonSec) === defaultShortAbandonSec &&
    thresholds.every((t) => (rollupThresholdsSec as readonly number[]).includes(t))
  );
}

const perCall = (total: number, n: number) => (n === 0 ? null : total / n);

/** The same figures as `queueKpis` over the visits these totals were made from. */
export function queueKpisFromSums(s: QueueKpiSums, options: QueueKpiOptions = {}): QueueKpis {
  const thresholds = options.thresholdsSec ?? defaultThresholdsSec;
  if (
    (options.shortAbandonSec ?? defaultShortAbandonSec) !== s.shortAbandonSec ||
    thresholds.some((t) => s.answeredWithin[String(t)] === undefined)
  ) {
    throw new Error('these totals do not keep the thresholds asked for');
  }
  const offered = s.answered + s.abandoned + s.timedOut;
  const offeredExShort = offered - s.shortAbandoned;
  const serviceLevel: Record<string, ServiceLevel> = {};
  for (const t of thresholds) {
    const n = s.answeredWithin[String(t)] ?? 0;
    serviceLevel[String(t)] = {
      overOffered: ratio(n, offered),
      overAnswered: ratio(n, s.answered),
      overOfferedExShortAbandons: ratio(n, offeredExShort),
    };
  }
  return {
    entered: s.entered,
    answered: s.answered,
    abandoned: s.abandoned,
    timedOut: s.timedOut,
    exitedOther: s.exitedOther,
    noOutcome: s.noOutcome,
    transferred: s.transferred,
    shortAbandoned: s.shortAbandoned,
    asaSec: perCall(s.answeredWaitSec, s.answered),
    awtSec: perCall(s.abandonedWaitSec, s.abandoned),
    maxWaitSec: s.maxWaitSec,
    ahtSec: perCall(s.handleSec, s.talked),
    talkSec: perCall(s.talkSec, s.talked),
    abandonRate: ratio(s.abandoned, offered),
    abandonRateExShort: ratio(s.abandoned - s.shortAbandoned, offeredExShort),
    transferRate: ratio(s.transferred, s.answered),
    serviceLevel,
  };
}
