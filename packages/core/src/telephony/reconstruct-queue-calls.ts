import type { QueueCall, QueueEvent, QueueOutcome } from './queue-event.js';
import { queueEventKind, sortQueueEvents } from './queue-event-kinds.js';

/** What the log held besides the visits, so that nothing in it goes uncounted. */
export type QueueLogSummary = {
  /** Events read. */
  events: number;
  /** Events per name, known or not. */
  byEvent: Record<string, number>;
  /** Events per name that this package does not know (vendor extras such as PBXware's OUTDIAL). */
  unknown: Record<string, number>;
  /** Queue visits reconstructed (QueueCalls). */
  visits: number;
  /** QUEUESTART events: Asterisk (re)started and forgot every call it held. */
  restarts: number;
  /** Visits whose ENTERQUEUE is not in the log (it begins in the middle of a call). */
  visitsWithoutEnter: number;
  /** Visits left without an end by a restart. */
  closedByRestart: number;
  /** Visits without an end when the log stops (a cut or rotated log). */
  openAtEnd: number;
  /** Call events that came after their visit had ended; ignored. */
  eventsAfterEnd: number;
};

type Visit = { call: QueueCall; connected: boolean; ended: boolean };

/** A non-negative number of seconds, or undefined when the field is empty or not a number. */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Asterisk's wait time field of an exit event (ABANDON|position|origposition|waittime …). */
function exitWaitSec(e: QueueEvent): number | undefined {
  if (e.event === 'EXITWITHKEY') return seconds(e.data[3]);
  if (e.event === 'SYSCOMPAT') return undefined;
  return seconds(e.data[2]);
}

const EXIT_OUTCOME: Record<string, QueueOutcome> = {
  ABANDON: 'abandoned',
  EXITWITHTIMEOUT: 'timeout',
  EXITEMPTY: 'exitEmpty',
  EXITWITHKEY: 'exitKey',
  // Asterisk drops the call and counts it as abandoned in its own queue statistics.
  SYSCOMPAT: 'abandoned',
};

/**
 * Hold (queue wait) and call time of a transfer. BLINDTRANSFER and the older TRANSFER log
 * extension|context|holdtime|calltime; ATTENDEDTRANSFER logs method|data|holdtime|calltime except for
 * the LINK method, whose data takes two fields.
 */
function transferTimes(e: QueueEvent): { waitSec?: number; talkSec?: number } {
  const offset = e.event === 'ATTENDEDTRANSFER' && e.data[0] === 'LINK' ? 3 : 2;
  const waitSec = seconds(e.data[offset]);
  const talkSec = seconds(e.data[offset + 1]);
  return {
    ...(waitSec === undefined ? {} : { waitSec }),
    ...(talkSec === undefined ? {} : { talkSec }),
  };
}

/** When a visit whose ENTERQUEUE is missing entered, from the times its event carries. */
function estimatedEnteredAt(e: QueueEvent): number {
  const kind = queueEventKind(e.event);
  let back = 0;
  if (kind === 'connect') back = seconds(e.data[0]) ?? 0;
  else if (kind === 'complete') back = (seconds(e.data[0]) ?? 0) + (seconds(e.data[1]) ?? 0);
  else if (kind === 'transfer') {
    const t = transferTimes(e);
    back = (t.waitSec ?? 0) + (t.talkSec ?? 0);
  } else if (kind === 'exit') back = exitWaitSec(e) ?? 0;
  return e.time - back * 1000;
}

function agentOf(e: QueueEvent): string | undefined {
  return e.agent === '' ? undefined : e.agent;
}

/**
 * Queue visits from a queue_log, with a summary of everything else in it. One QueueCall per
 * ENTERQUEUE: a call that overflows to another queue (same call id, another queue) makes one per
 * queue, and so does a call that enters the same queue again. A visit without an exit event, because
 * the log was cut or Asterisk restarted (QUEUESTART), ends as noOutcome if it was still waiting and
 * stays answered (without talk time) if an agent had connected.
 */
export function reconstructQueueLog(events: readonly QueueEvent[]): {
  calls: QueueCall[];
  summary: QueueLogSummary;
} {
  const summary: QueueLogSummary = {
    events: events.length,
    byEvent: {},
    unknown: {},
    visits: 0,
    restarts: 0,
    visitsWithoutEnter: 0,
    closedByRestart: 0,
    openAtEnd: 0,
    eventsAfterEnd: 0,
  };
  const calls: QueueCall[] = [];
  const current = new Map<string, Visit>();

  const open = (e: QueueEvent, enteredAt: number): Visit => {
    const call: QueueCall = {
      callId: e.callId,
      queue: e.queue,
      enteredAt,
      outcome: 'noOutcome',
      waitSec: 0,
      transferred: false,
      ringNoAnswer: 0,
    };
    const visit = { call, connected: false, ended: false };
    calls.push(call);
    current.set(`${e.callId}\u0000${e.queue}`, visit);
    return visit;
  };

  /** The visit an event belongs to; null when that visit has already ended. */
  const visitOf = (e: QueueEvent): Visit | null => {
    const visit = current.get(`${e.callId}\u0000${e.queue}`);
    if (visit && !visit.ended) return visit;
    if (visit) {
      summary.eventsAfterEnd++;
      return null;
    }
    summary.visitsWithoutEnter++;
    return open(e, estimatedEnteredAt(e));
  };

  const answer = (visit: Visit, e: QueueEvent, waitSec: number | undefined, answeredAt: number) => {
    const call = visit.call;
    call.outcome = 'answered';
    call.waitSec = waitSec ?? Math.max(0, (answeredAt - call.enteredAt) / 1000);
    call.answeredAt = answeredAt;
    const agent = agentOf(e);
    if (agent !== undefined) call.agent = agent;
    visit.connected = true;
  };

  for (const e of sortQueueEvents(events)) {
    summary.byEvent[e.event] = (summary.byEvent[e.event] ?? 0) + 1;
    const kind = queueEventKind(e.event);
    switch (kind) {
      case 'unknown':
        summary.unknown[e.event] = (summary.unknown[e.event] ?? 0) + 1;
        break;
      case 'member':
        break;
      case 'system':
        if (e.event === 'QUEUESTART') {
          summary.restarts++;
          for (const visit of current.values()) {
            if (!visit.ended) summary.closedByRestart++;
          }
          current.clear();
        }
        break;
      case 'enter': {
        const caller = e.data[1];
        const visit = open(e, e.time);
        if (caller) visit.call.caller = caller;
        break;
      }
      case 'ring': {
        const visit = visitOf(e);
        if (visit && !visit.connected && e.event !== 'AGENTDUMP') visit.call.ringNoAnswer++;
        break;
      }
      case 'connect': {
        const visit = visitOf(e);
        if (visit && !visit.connected) answer(visit, e, seconds(e.data[0]), e.time);
        break;
      }
      case 'complete':
      case 'transfer': {
        const visit = visitOf(e);
        if (!visit) break;
        const times =
          kind === 'complete'
            ? { waitSec: seconds(e.data[0]), talkSec: seconds(e.data[1]) }
            : transferTimes(e);
        if (!visit.connected) answer(visit, e, times.waitSec, e.time - (times.talkSec ?? 0) * 1000);
        const call = visit.call;
        if (times.talkSec !== undefined) call.talkSec = times.talkSec;
        call.endedAt = e.time;
        if (kind === 'transfer') call.transferred = true;
        else call.endedBy = e.event === 'COMPLETEAGENT' ? 'agent' : 'customer';
        visit.ended = true;
        break;
      }
      case 'exit': {
        const visit = visitOf(e);
        if (!visit) break;
        if (visit.connected) {
          summary.eventsAfterEnd++;
          break;
        }
        const call = visit.call;
        call.outcome = EXIT_OUTCOME[e.event] ?? 'noOutcome';
        call.waitSec = exitWaitSec(e) ?? Math.max(0, (e.time - call.enteredAt) / 1000);
        call.endedAt = e.time;
        visit.ended = true;
        break;
      }
    }
  }
  for (const visit of current.values()) {
    if (!visit.ended) summary.openAtEnd++;
  }
  summary.visits = calls.length;
  calls.sort((a, b) => a.enteredAt - b.enteredAt);
  return { calls, summary };
}

/** Queue visits from a queue_log; see reconstructQueueLog for the rules and the summary. */
export function reconstructQueueCalls(events: readonly QueueEvent[]): QueueCall[] {
  return reconstructQueueLog(events).calls;
}
