import type { QueueEvent } from '@callqa/core';
import { sameQueueEvent } from '@callqa/store';

/**
 * How long a call stays open after its last event before it is rebuilt from memory. A queue visit
 * (wait, talk, wrap-up, an overflow to another queue) is over well within it; an event that comes
 * later still is handled, by rebuilding that call from the database instead.
 */
const QUIET_MS = 3 * 3_600_000;

type OpenCall = { events: QueueEvent[]; last: number };

/**
 * The calls of a queue_log import whose events are all in memory, until they go quiet: the newest
 * event time seen is the clock, so a log read in order closes calls as it goes and memory stays flat.
 */
export class OpenCalls {
  private readonly calls = new Map<string, OpenCall>();
  private readonly closed = new Set<string>();
  private clock = Number.NEGATIVE_INFINITY;

  knows(id: string): boolean {
    return this.calls.has(id) || this.closed.has(id);
  }

  wasClosed(id: string): boolean {
    return this.closed.has(id);
  }

  /** False when the file already logged the same event for this call (it is kept once). */
  add(e: QueueEvent): boolean {
    let call = this.calls.get(e.callId);
    if (!call) {
      call = { events: [], last: e.time };
      this.calls.set(e.callId, call);
    }
    for (const kept of call.events) if (sameQueueEvent(e, kept)) return false;
    call.events.push(e);
    if (e.time > call.last) call.last = e.time;
    if (e.time > this.clock) this.clock = e.time;
    return true;
  }

  /** The calls quiet for a while, each its events in log order, removed from memory (their ids are remembered). */
  closeQuiet(): QueueEvent[][] {
    const out: QueueEvent[][] = [];
    for (const [id, call] of this.calls) {
      if (call.last >= this.clock - QUIET_MS) continue;
      this.calls.delete(id);
      this.closed.add(id);
      out.push(inLogOrder(call.events));
    }
    return out;
  }

  closeAll(): QueueEvent[][] {
    const out: QueueEvent[][] = [];
    for (const [id, call] of this.calls) {
      this.closed.add(id);
      out.push(inLogOrder(call.events));
    }
    this.calls.clear();
    return out;
  }
}

function inLogOrder(events: QueueEvent[]): QueueEvent[] {
  return events.sort((a, b) => a.time - b.time || a.seq - b.seq);
}
