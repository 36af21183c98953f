import type { QueueCall } from '../telephony/queue-event.js';
import { ratio } from './ratio.js';

export type RepeatCallOptions = {
  windowHours: 24 | 72 | 168;
  /**
   * End of the observed period (epoch ms). An answered call whose window reaches beyond it cannot be
   * known not to be repeated and is left out (counted as censored). Without it every answered call
   * counts, which understates repeats near the end of the data.
   */
  observedUntil?: number;
};

export type RepeatCallKpis = {
  windowHours: number;
  /** Answered calls with a known caller (one per call id, however many queues it visited). */
  answeredCalls: number;
  /** Of those, calls followed by another call from the same caller within the window. */
  repeated: number;
  repeatRate: number | null;
  /** First-contact resolution, 1 − repeatRate. */
  fcr: number | null;
  /** Answered calls without a usable caller id (empty or withheld). */
  withoutCaller: number;
  /** Answered calls left out because their window reaches past observedUntil. */
  censored: number;
};

const WITHHELD = new Set(['anonymous', 'unknown', 'private', 'restricted', 'unavailable', 'none']);

function callerOf(call: QueueCall): string | undefined {
  const caller = call.caller?.trim();
  return caller && !WITHHELD.has(caller.toLowerCase()) ? caller : undefined;
}

/**
 * Repeat-call rate by caller, the measurable proxy of first-contact resolution (FCR = 1 − repeat
 * rate). A call is counted once per call id: its first answered queue visit. It is repeated when the
 * same caller places another call (any outcome, another call id) that enters a queue after it and
 * at most windowHours after it entered.
 */
export function repeatCallRate(calls: Iterable<QueueCall>, options: RepeatCallOptions): RepeatCallKpis {
  const windowMs = options.windowHours * 3_600_000;
  const firstVisit = new Map<string, QueueCall>();
  const answered = new Map<string, QueueCall>();
  for (const call of calls) {
    const seen = firstVisit.get(call.callId);
    if (!seen || call.enteredAt < seen.enteredAt) firstVisit.set(call.callId, call);
    if (call.outcome === 'answered') {
      const a = answered.get(call.callId);
      if (!a || call.enteredAt < a.enteredAt) answered.set(call.callId, call);
    }
  }
  const byCaller = new Map<string, number[]>();
  for (const call of firstVisit.values()) {
    const caller = callerOf(call);
    if (!caller) continue;
    const times = byCaller.get(caller) ?? [];
    times.push(call.enteredAt);
    byCaller.set(caller, times);
  }
  for (const times of byCaller.values()) times.sort((a, b) => a - b);

  let answeredCalls = 0;
  let repeated = 0;
  let withoutCaller = 0;
  let censored = 0;
  for (const [callId, call] of answered) {
    const caller = callerOf(call);
    if (!caller) {
      withoutCaller++;
      continue;
    }
    if (options.observedUntil !== undefined && call.enteredAt + windowMs > options.observedUntil) {
      censored++;
      continue;
    }
    answeredCalls++;
    const start = (firstVisit.get(callId) as QueueCall).enteredAt;
    const times = byCaller.get(caller) ?? [];
    if (times.some((t) => t > start && t - start <= windowMs)) repeated++;
  }
  return {
    windowHours: options.windowHours,
    answeredCalls,
    repeated,
    repeatRate: ratio(repeated, answeredCalls),
    fcr: ratio(answeredCalls - repeated, answeredCalls),
    withoutCaller,
    censored,
  };
}
