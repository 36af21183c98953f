import { isPseudoCallId, type QueueCall, type QueueEvent, reconstructQueueCalls } from '@callqa/core';
import { type EncodedQueueEventSet, encodeCallEventSet, encodeQueueEventSets } from '@callqa/store';
import type { QueueLogError } from '../formats/queue-log.js';
import type { QueueLogBatch } from '../formats/queue-log-reader.js';
import { OpenCalls } from './open-calls.js';

/** What one batch of a queue_log asks of the store, as plain data (it may cross threads). */
export type QueueLogStep = {
  rowsRead: number;
  errors: QueueLogError[];
  /** Events the file repeated for a call held in memory: kept once, counted as duplicates. */
  repeated: number;
  /** Member events, and new events of calls stored before: merged into their stored sets. */
  merge: EncodedQueueEventSet[];
  /** Calls held in memory that went quiet: their events and visits, written together. */
  closed?: { sets: EncodedQueueEventSet[]; visits: QueueCall[] };
};

/** What is left once the file is read: the directory, and the calls to rebuild from the database. */
export type QueueLogEnd = { agents: string[]; queues: string[]; rebuild: string[] };

/**
 * The thinking part of a queue_log import, without writes: which events go where and which visits
 * the calls held in memory make. `storedBefore` says which call ids have events in the database; it
 * is asked only about ids this import has not met, so the import's own writes never confuse it.
 */
export class QueueLogPlanner {
  private readonly open = new OpenCalls();
  /** Calls with events stored before this file: merged as they come, rebuilt from the database at the end. */
  private readonly stored = new Set<string>();
  private readonly agents = new Set<string>();
  private readonly queues = new Set<string>();

  constructor(
    private readonly runId: number,
    private readonly storedBefore: (ids: string[]) => Set<string>,
  ) {}

  step(batch: QueueLogBatch): QueueLogStep {
    const unseen: string[] = [];
    for (const event of batch.events) {
      const id = event.callId;
      if (!isPseudoCallId(id) && !this.stored.has(id) && !this.open.knows(id)) unseen.push(id);
    }
    const before = unseen.length > 0 ? this.storedBefore(unseen) : new Set<string>();
    const merge: QueueEvent[] = [];
    let repeated = 0;
    for (const event of batch.events) {
      const id = event.callId;
      if (event.agent && event.agent !== 'NONE') this.agents.add(event.agent);
      if (event.queue && event.queue !== 'NONE') this.queues.add(event.queue);
      if (isPseudoCallId(id) || this.stored.has(id)) merge.push(event);
      else if (before.has(id) || this.open.wasClosed(id)) {
        // Some of its events are in the database already: the rest join them there.
        this.stored.add(id);
        merge.push(event);
      } else if (!this.open.add(event)) repeated++;
    }
    const encoded = encodeQueueEventSets(merge, this.runId);
    return {
      rowsRead: batch.events.length + batch.errors.length,
      errors: batch.errors,
      repeated: repeated + encoded.repeated,
      merge: encoded.sets,
      ...this.closed(this.open.closeQuiet()),
    };
  }

  /** The calls still in memory, and what the import must finish with. */
  end(): { step: QueueLogStep; end: QueueLogEnd } {
    return {
      step: { rowsRead: 0, errors: [], repeated: 0, merge: [], ...this.closed(this.open.closeAll()) },
      end: { agents: [...this.agents], queues: [...this.queues], rebuild: [...this.stored] },
    };
  }

  private closed(calls: QueueEvent[][]): Pick<QueueLogStep, 'closed'> {
    if (calls.length === 0) return {};
    // OpenCalls holds each call's events together and each once: a set per call, nothing to regroup.
    const sets = calls.map((events) => encodeCallEventSet(events, this.runId));
    return { closed: { sets, visits: reconstructQueueCalls(calls.flat()) } };
  }
}
