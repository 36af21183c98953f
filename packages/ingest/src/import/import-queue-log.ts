import { type QueueCall, reconstructQueueCalls } from '@callqa/core';
import {
  queueEventsOfCalls,
  refreshQueueHourSums,
  type Store,
  saveQueueCalls,
  saveQueueEventSets,
  upsertAgents,
  upsertQueues,
} from '@callqa/store';
import type { QueueLogFormat } from '../formats/queue-log-reader.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';
import type { QueueLogEnd, QueueLogStep } from './queue-log-planner.js';
import { queueLogSteps } from './queue-log-steps.js';

/** Calls rebuilt from the database per step: bounded memory however long the log. */
const REBUILD_SLICE = 5000;

/**
 * Imports an Asterisk queue_log (text file or realtime table export). Every event is kept as
 * logged (idempotent by its content), and every call the file touched is rebuilt from all of its
 * events, so a visit cut at the end of one log and finished in the next comes out whole. A call
 * whose events all come from this file is held in memory until it has gone quiet, then its events
 * and visits are written together; only calls that already had stored events (an earlier log, a
 * re-import) are merged into the database and read back from it. A large file is read and planned
 * on a worker thread while this one writes (`workers: 0` keeps it all here).
 */
export async function importQueueLog(
  store: Store,
  file: string,
  options: { format: QueueLogFormat; onProgress?: ImportProgress; workers?: number },
): Promise<ImportSummary & { visits: number }> {
  const tally = new ImportTally(store, options.format === 'csv' ? 'queue-log-table' : 'queue-log', file);
  const s = tally.summary;
  let visits = 0;
  const saveVisits = (calls: readonly QueueCall[]) => {
    if (calls.length === 0) return;
    saveQueueCalls(store, calls);
    visits += calls.length;
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const call of calls) {
      if (call.enteredAt < from) from = call.enteredAt;
      if (call.enteredAt > to) to = call.enteredAt;
    }
    refreshQueueHourSums(store, from, to);
  };
  const count = (written: { inserted: number; duplicates: number }) => {
    s.imported += written.inserted;
    s.duplicates += written.duplicates;
  };
  const apply = (step: QueueLogStep) => {
    s.rowsRead += step.rowsRead;
    for (const e of step.errors) tally.reject(e.line, e.field, e.message);
    s.duplicates += step.repeated;
    if (step.merge.length > 0) count(saveQueueEventSets(store, step.merge));
    const closed = step.closed;
    // A call's events and its visits are stored together or not at all: a killed import leaves whole calls.
    if (closed) {
      store.sqlite.transaction(() => {
        count(saveQueueEventSets(store, closed.sets));
        saveVisits(closed.visits);
      })();
    }
  };
  const finish = (end: QueueLogEnd) => {
    upsertAgents(
      store,
      end.agents.map((id) => ({ id })),
    );
    upsertQueues(
      store,
      end.queues.map((id) => ({ id, name: id })),
    );
    for (let i = 0; i < end.rebuild.length; i += REBUILD_SLICE) {
      saveVisits(reconstructQueueCalls(queueEventsOfCalls(store, end.rebuild.slice(i, i + REBUILD_SLICE))));
    }
  };
  const summary = await tally.run(async () => {
    const steps = queueLogSteps(store, file, {
      format: options.format,
      runId: s.runId,
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
    });
    for (;;) {
      const next = await steps.next();
      if (next.done) {
        finish(next.value);
        break;
      }
      apply(next.value);
      options.onProgress?.(s);
    }
  });
  return { ...summary, visits };
}
