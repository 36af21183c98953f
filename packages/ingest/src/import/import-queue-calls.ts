import type { QueueCall } from '@callqa/core';
import { refreshQueueHourSums, type Store, saveQueueCalls, upsertAgents, upsertQueues } from '@callqa/store';
import type { ParseBatch } from '../formats/shared/parse-batch.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';

/**
 * The common path of every call-record importer (CDR, FreeSWITCH, mapped CSV): each parsed batch
 * of queue visits is upserted in one transaction; a visit already stored is counted as a duplicate
 * (and completed if the new record knows more, such as an outcome a cut log lacked).
 */
export async function importQueueCalls(
  store: Store,
  kind: string,
  file: string,
  batches: AsyncIterable<ParseBatch<QueueCall>> | Iterable<ParseBatch<QueueCall>>,
  onProgress?: ImportProgress,
): Promise<ImportSummary & { skipped: Record<string, number> }> {
  const tally = new ImportTally(store, kind, file);
  const skipped: Record<string, number> = {};
  const summary = await tally.run(async () => {
    const s = tally.summary;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for await (const batch of batches) {
      const skippedHere = Object.values(batch.skipped).reduce((a, b) => a + b, 0);
      s.rowsRead += batch.records.length + batch.errors.length + skippedHere;
      for (const [reason, count] of Object.entries(batch.skipped))
        skipped[reason] = (skipped[reason] ?? 0) + count;
      for (const e of batch.errors) tally.reject(e.line, e.field, e.message);
      const result = saveQueueCalls(store, batch.records);
      for (const call of batch.records) {
        if (call.enteredAt < first) first = call.enteredAt;
        if (call.enteredAt > last) last = call.enteredAt;
      }
      s.imported += result.inserted;
      s.duplicates += result.updated;
      const agents = new Set(batch.records.flatMap((c) => (c.agent ? [c.agent] : [])));
      upsertAgents(
        store,
        [...agents].map((id) => ({ id })),
      );
      upsertQueues(
        store,
        [...new Set(batch.records.map((c) => c.queue))].map((id) => ({ id, name: id })),
      );
      onProgress?.(s);
    }
    // Totals of the hours this file touched, recomputed from every stored visit of those hours.
    if (first <= last) refreshQueueHourSums(store, first, last);
  });
  return { ...summary, skipped };
}
