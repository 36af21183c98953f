import { reconstructQueueCalls } from '@callqa/core';
import {
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

/** Pseudo call ids of member and system events: they belong to no caller's visit. */
const NOT_A_CALL = new Set(['NONE', 'MANAGER', 'REALTIME', '']);
/** Calls rebuilt per step: bounded memory however long the log. */
const REBUILD_SLICE = 5000;

/**
 * Imports an Asterisk queue_log (text file or realtime table export). Every event is kept as
 * logged (idempotent by its content); then each call the file touched is rebuilt from all its stored
 * events, so a visit cut at the end of one log and finished in the next comes out whole.
 */
export async function importQueueLog(
  store: Store,
  file: string,
  options: { format: QueueLogFormat; onProgress?: ImportProgress },
): Promise<ImportSummary & { visits: number }> {
  const tally = new ImportTally(store, options.format === 'csv' ? 'queue-log-table' : 'queue-log', file);
  let visits = 0;
  const summary = await tally.run(async () => {
    const s = tally.summary;
    const touched = new Set<string>();
    const agents = new Set<string>();
    const queues = new Set<string>();
    for await (const batch of readQueueLogBatches(openInput(file), { format: options.format })) {
      s.rowsRead += batch.events.length + batch.errors.length;
      for (const e of batch.errors) tally.reject(e.line, e.field, e.message);
      const result = saveQueueEvents(store, batch.events, file);
      s.imported += result.inserted;
      s.duplicates += result.duplicates;
      for (const event of batch.events) {
        if (!NOT_A_CALL.has(event.callId)) touched.add(event.callId);
        if (event.agent && event.agent !== 'NONE') agents.add(event.agent);
        if (event.queue && event.queue !== 'NONE') queues.add(event.queue);
      }
      options.onProgress?.(s);
    }
    upsertAgents(
      store,
      [...agents].map((id) => ({ id })),
    );
    upsertQueues(
      store,
      [...queues].map((id) => ({ id, name: id })),
    );
    const ids = [...touched];
    for (let i = 0; i < ids.length; i += REBUILD_SLICE) {
      const calls = reconstructQueueCalls(queueEventsOfCalls(store, ids.slice(i, i + REBUILD_SLICE)));
      saveQueueCalls(store, calls);
      visits += calls.length;
      if (calls.length > 0) {
        const times = calls.map((c) => c.enteredAt);
        refreshQueueHourSums(store, Math.min(...times), Math.max(...times));
      }
    }
  });
  return { ...summary, visits };
}
