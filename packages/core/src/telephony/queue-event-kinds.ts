import type { QueueEvent } from './queue-event.js';

/**
 * What an event means for reconstruction. Asterisk's queue_log mixes the life of calls with the
 * life of members and of the queue process itself; vendors add their own names.
 */
export type QueueEventKind =
  | 'enter'
  | 'ring'
  | 'connect'
  | 'complete'
  | 'transfer'
  | 'exit'
  | 'member'
  | 'system'
  | 'unknown';

const KINDS: Record<string, QueueEventKind> = {
  ENTERQUEUE: 'enter',
  RINGNOANSWER: 'ring',
  RINGCANCELED: 'ring',
  AGENTDUMP: 'ring',
  CONNECT: 'connect',
  COMPLETEAGENT: 'complete',
  COMPLETECALLER: 'complete',
  TRANSFER: 'transfer',
  BLINDTRANSFER: 'transfer',
  ATTENDEDTRANSFER: 'transfer',
  ABANDON: 'exit',
  EXITWITHTIMEOUT: 'exit',
  EXITEMPTY: 'exit',
  EXITWITHKEY: 'exit',
  SYSCOMPAT: 'exit',
  ADDMEMBER: 'member',
  REMOVEMEMBER: 'member',
  PAUSE: 'member',
  UNPAUSE: 'member',
  PAUSEALL: 'member',
  UNPAUSEALL: 'member',
  AGENTLOGIN: 'member',
  AGENTLOGOFF: 'member',
  AGENTCALLBACKLOGIN: 'member',
  AGENTCALLBACKLOGOFF: 'member',
  QUEUESTART: 'system',
  CONFIGRELOAD: 'system',
  DID: 'system',
  INFO: 'system',
};

export function queueEventKind(event: string): QueueEventKind {
  return KINDS[event] ?? 'unknown';
}

/** The event names this package understands; anything else is counted as unknown. */
export const knownQueueEvents: readonly string[] = Object.keys(KINDS);

/**
 * Rank of an event among those logged in the same second. Asterisk writes whole seconds, and
 * exports sorted by (time, callid, event) put ABANDON before ENTERQUEUE; the life of a visit and of
 * a member session has a fixed order that restores it. DID precedes ENTERQUEUE (the dialplan logs it
 * first); unknown vendor events keep the middle.
 */
function rank(e: QueueEvent): number {
  switch (e.event) {
    case 'DID':
    case 'ADDMEMBER':
    case 'AGENTLOGIN':
    case 'AGENTCALLBACKLOGIN':
      return 0;
    case 'ENTERQUEUE':
      return 1;
    case 'CONNECT':
      return 3;
    case 'REMOVEMEMBER':
    case 'AGENTLOGOFF':
    case 'AGENTCALLBACKLOGOFF':
      return 5;
    default:
      break;
  }
  const kind = queueEventKind(e.event);
  if (kind === 'complete' || kind === 'transfer' || kind === 'exit') return 4;
  return 2;
}

/**
 * The events in the order their calls lived them: by time, then by the logical order of event kinds
 * within the same time, then by position in the source. A QUEUESTART splits its second: what the
 * log wrote before the restart stays before it, so a restart never swallows a visit that ended in
 * the same second or opens one that started after.
 */
export function sortQueueEvents(events: readonly QueueEvent[]): QueueEvent[] {
  const sorted = [...events].sort((a, b) => a.time - b.time || a.seq - b.seq);
  const segment = new Map<QueueEvent, number>();
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    let restarts = 0;
    const time = (sorted[i] as QueueEvent).time;
    while (j < sorted.length && (sorted[j] as QueueEvent).time === time) {
      const e = sorted[j] as QueueEvent;
      if (e.event === 'QUEUESTART') restarts++;
      segment.set(e, restarts);
      j++;
    }
    i = j;
  }
  return sorted.sort(
    (a, b) =>
      a.time - b.time ||
      (segment.get(a) ?? 0) - (segment.get(b) ?? 0) ||
      (a.event === 'QUEUESTART' ? -1 : rank(a)) - (b.event === 'QUEUESTART' ? -1 : rank(b)) ||
      a.seq - b.seq,
  );
}
