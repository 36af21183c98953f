import { isPseudoCallId, type QueueEvent } from '@callqa/core';

/** One stored event: time, queue, agent, event, data, its line in the source, and the import run. */
type StoredEvent = [number, string, string, string, string[], number, number | null];

const DAY_MS = 86_400_000;

/**
 * Where an event is kept: a call's events together (part ''), so a call is read back in one row;
 * member and system events (pseudo call ids such as NONE) by member and UTC day, so no row grows
 * without end and an agent's day of logins and pauses is one read.
 */
export function queueEventSetKey(event: QueueEvent): { callId: string; part: string } {
  if (!isPseudoCallId(event.callId)) return { callId: event.callId, part: '' };
  const day = new Date(Math.floor(event.time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  return { callId: event.callId, part: `${event.agent}|${day}` };
}

// A separator no log line holds (text logs split on '|', and a table export's fields may contain one).
const SEP = '\u0001';

/**
 * What makes two events of a call the same: everything logged but the line, so the same log imported
 * twice, or two overlapping extracts, keep each event once.
 */
export function queueEventIdentity(event: QueueEvent): string {
  return identity(event.time, event.queue, event.agent, event.event, event.data);
}

function identity(
  time: number,
  queue: string,
  agent: string,
  event: string,
  data: readonly string[],
): string {
  return `${time}${SEP}${queue}${SEP}${agent}${SEP}${event}${SEP}${data.join(SEP)}`;
}

/** The same test as queueEventIdentity without building strings: a call has a handful of events. */
export function sameQueueEvent(a: QueueEvent, b: QueueEvent): boolean {
  if (a.time !== b.time || a.event !== b.event || a.queue !== b.queue || a.agent !== b.agent) return false;
  if (a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}

/** The events without repeats, in their order: pairwise for a call's few, by identity for a long set. */
export function distinctQueueEvents(events: readonly QueueEvent[]): QueueEvent[] {
  const out: QueueEvent[] = [];
  if (events.length > 32) {
    const seen = new Set<string>();
    for (const e of events) {
      const id = queueEventIdentity(e);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(e);
    }
    return out;
  }
  outer: for (const e of events) {
    for (const kept of out) if (sameQueueEvent(e, kept)) continue outer;
    out.push(e);
  }
  return out;
}

export function storedEventIdentity(stored: StoredEvent): string {
  return identity(stored[0], stored[1], stored[2], stored[3], stored[4]);
}

export function toStoredEvent(event: QueueEvent, runId: number | null): StoredEvent {
  return [event.time, event.queue, event.agent, event.event, event.data, event.seq, runId];
}

export function fromStoredEvent(callId: string, stored: StoredEvent): QueueEvent {
  return {
    time: stored[0],
    callId,
    queue: stored[1],
    agent: stored[2],
    event: stored[3],
    data: stored[4],
    seq: stored[5],
  };
}

/** A set ready to write: what a worker thread can prepare and hand over as plain data. */
export type EncodedQueueEventSet = {
  callId: string;
  part: string;
  firstAt: number;
  lastAt: number;
  count: number;
  /** JSON of the set's StoredEvents. */
  events: string;
};

/**
 * Groups events into their sets, each event once, encoded for writing. `repeated` counts the events
 * that were given more than once.
 */
export function encodeQueueEventSets(
  events: readonly QueueEvent[],
  runId: number | null,
): { sets: EncodedQueueEventSet[]; repeated: number } {
  const groups = new Map<string, { callId: string; part: string; events: QueueEvent[] }>();
  for (const event of events) {
    const { callId, part } = queueEventSetKey(event);
    const key = part === '' ? callId : `${callId}\u0000${part}`;
    let group = groups.get(key);
    if (!group) {
      group = { callId, part, events: [] };
      groups.set(key, group);
    }
    group.events.push(event);
  }
  const sets: EncodedQueueEventSet[] = [];
  let repeated = 0;
  for (const group of groups.values()) {
    const distinct = distinctQueueEvents(group.events);
    repeated += group.events.length - distinct.length;
    sets.push(
      encodeSet(
        group.callId,
        group.part,
        distinct.map((e) => toStoredEvent(e, runId)),
      ),
    );
  }
  return { sets, repeated };
}

/** One call's events, already distinct and in log order, encoded as its set. */
export function encodeCallEventSet(
  events: readonly QueueEvent[],
  runId: number | null,
): EncodedQueueEventSet {
  return encodeSet(
    events[0]?.callId ?? '',
    '',
    events.map((e) => toStoredEvent(e, runId)),
  );
}

export function encodeSet(
  callId: string,
  part: string,
  events: readonly StoredEvent[],
): EncodedQueueEventSet {
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e[0] < firstAt) firstAt = e[0];
    if (e[0] > lastAt) lastAt = e[0];
  }
  return { callId, part, firstAt, lastAt, count: events.length, events: JSON.stringify(events) };
}

export function parseStoredEvents(json: string): StoredEvent[] {
  return JSON.parse(json) as StoredEvent[];
}

export type { StoredEvent };
