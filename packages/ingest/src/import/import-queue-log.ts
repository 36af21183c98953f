import { isPseudoCallId, type QueueCall, type QueueEvent, reconstructQueueCalls } from '@callqa/core';
import {
  callsWithQueueEvents,
  queueEventsOfCalls,
  refreshQueueHourSums,
  type Store,
  saveQueueCalls,
  saveQueueEvents,
  upsertAgents,
  upsertQueues,
} from '@callqa/store';
import { type QueueLogFormat, readQueueLogBatches } from '../formats/queue-log-reader.js';
import { openInput } from '../jsonl/read-records.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';
import { OpenCalls } from './open-calls.js';

/** Calls rebuilt from the database per step: bounded memory however long the log. */
const REBUILD_SLICE = 5000;

/**
 * Imports an Asterisk queue_log (text file or realtime table export). Every event is kept as
 * logged (idempotent by its content), and every call the file touched is rebuilt from all of its
 * events, so a visit cut at the end of one log and finished in the next comes out whole. A call
 * whose events all come from this file is held in memory until it has gone quiet, then its events
 * and visits are written together; only calls that already had stored events (an earlier log, a
 * re-import) are merged into the database and read back from it.
 */
export async function importQueueLog(
  store: Store,
  file: string,
  options: { format: QueueLogFormat; onProgress?: ImportProgress },
): Promise<ImportSummary & { visits: number }> {
  const tally = new ImportTally(store, options.format === 'csv' ? 'queue-log-table' : 'queue-log', file);
  let visits = 0;
  const rebuild = (calls: QueueCall[]) => {
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
  /** Calls whose events were all in memory: their events and visits are stored together, or not at all. */
  const save = (events: QueueEvent[]) => {
    if (events.length === 0) return;
    store.sqlite.transaction(() => {
      const result = saveQueueEvents(store, events, tally.summary.runId);
      tally.summary.imported += result.inserted;
      tally.summary.duplicates += result.duplicates;
      rebuild(reconstructQueueCalls(events));
    })();
  };
  const summary = await tally.run(async () => {
    const s = tally.summary;
    const runId = s.runId;
    const open = new OpenCalls();
    /** Calls to rebuild from the database at the end: they had events before this file. */
    const stored = new Set<string>();
    const agents = new Set<string>();
    const queues = new Set<string>();
    const keep = (events: readonly QueueEvent[]) => {
      if (events.length === 0) return;
      const result = saveQueueEvents(store, events, runId);
      s.imported += result.inserted;
      s.duplicates += result.duplicates;
    };
    for await (const batch of readQueueLogBatches(openInput(file), { format: options.format })) {
      s.rowsRead += batch.events.length + batch.errors.length;
      for (const e of batch.errors) tally.reject(e.line, e.field, e.message);
      const unseen: string[] = [];
      for (const event of batch.events) {
        const id = event.callId;
        if (!isPseudoCallId(id) && !stored.has(id) && !open.knows(id)) unseen.push(id);
      }
      const before = unseen.length > 0 ? callsWithQueueEvents(store, unseen) : new Set<string>();
      /** Member events, and events of calls already in the database: merged into the store now. */
      const merged: QueueEvent[] = [];
      for (const event of batch.events) {
        const id = event.callId;
        if (event.agent && event.agent !== 'NONE') agents.add(event.agent);
        if (event.queue && event.queue !== 'NONE') queues.add(event.queue);
        if (isPseudoCallId(id) || stored.has(id)) {
          merged.push(event);
        } else if (before.has(id) || open.wasClosed(id)) {
          // Some of its events are in the database already: the rest are merged there, and the call rebuilt from all.
          stored.add(id);
          merged.push(event);
        } else if (!open.add(event)) s.duplicates++;
      }
      keep(merged);
      save(open.closeQuiet());
      options.onProgress?.(s);
    }
    save(open.closeAll());
    upsertAgents(
      store,
      [...agents].map((id) => ({ id })),
    );
    upsertQueues(
      store,
      [...queues].map((id) => ({ id, name: id })),
    );
    const ids = [...stored];
    for (let i = 0; i < ids.length; i += REBUILD_SLICE) {
      rebuild(reconstructQueueCalls(queueEventsOfCalls(store, ids.slice(i, i + REBUILD_SLICE))));
    }
  });
  return { ...summary, visits };
}
