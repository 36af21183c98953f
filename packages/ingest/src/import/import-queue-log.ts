import { type QueueCall, reconstructQueueCalls } from '@callqa/core';
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

/** Pseudo call ids of member and system events: they belong to no caller's visit. */
const NOT_A_CALL = new Set(['NONE', 'MANAGER', 'REALTIME', '']);
/** Calls rebuilt from the database per step: bounded memory however long the log. */
const REBUILD_SLICE = 5000;

/**
 * Imports an Asterisk queue_log (text file or realtime table export). Every event is kept as
 * logged (idempotent by its content), and every call the file touched is rebuilt from all of its
 * events, so a visit cut at the end of one log and finished in the next comes out whole. A call
 * whose events all come from this file is rebuilt from memory once it has gone quiet; only calls
 * that already had stored events (an earlier log, a re-import) are read back from the database.
 */
export async function importQueueLog(
  store: Store,
  file: string,
  options: { format: QueueLogFormat; onProgress?: ImportProgress },
): Promise<ImportSummary & { visits: number }> {
  const tally = new ImportTally(store, options.format === 'csv' ? 'queue-log-table' : 'queue-log', file);
  let visits = 0;
  const save = (calls: QueueCall[]) => {
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
  const summary = await tally.run(async () => {
    const s = tally.summary;
    const open = new OpenCalls();
    /** Calls to rebuild from the database at the end: they had events before this file. */
    const stored = new Set<string>();
    const agents = new Set<string>();
    const queues = new Set<string>();
    for await (const batch of readQueueLogBatches(openInput(file), { format: options.format })) {
      s.rowsRead += batch.events.length + batch.errors.length;
      for (const e of batch.errors) tally.reject(e.line, e.field, e.message);
      const unseen: string[] = [];
      for (const event of batch.events) {
        const id = event.callId;
        if (!NOT_A_CALL.has(id) && !stored.has(id) && !open.knows(id)) unseen.push(id);
      }
      // Looked up before this batch is stored: a call with events already in the database is read back.
      const before = unseen.length > 0 ? callsWithQueueEvents(store, unseen) : new Set<string>();
      const result = saveQueueEvents(store, batch.events, file);
      s.imported += result.inserted;
      s.duplicates += result.duplicates;
      for (const event of batch.events) {
        const id = event.callId;
        if (event.agent && event.agent !== 'NONE') agents.add(event.agent);
        if (event.queue && event.queue !== 'NONE') queues.add(event.queue);
        if (NOT_A_CALL.has(id) || stored.has(id)) continue;
        if (before.has(id) || open.wasClosed(id)) {
          // Its events are not all in memory (stored before, or some were already rebuilt): the database has them all.
          open.drop(id);
          stored.add(id);
        } else open.add(event);
      }
      save(reconstructQueueCalls(open.closeQuiet()));
      options.onProgress?.(s);
    }
    save(reconstructQueueCalls(open.closeAll()));
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
      save(reconstructQueueCalls(queueEventsOfCalls(store, ids.slice(i, i + REBUILD_SLICE))));
    }
  });
  return { ...summary, visits };
}
