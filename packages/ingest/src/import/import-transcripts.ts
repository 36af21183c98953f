import { type CallLanguage, type CompiledScorecard, callLanguages } from '@callqa/core';
import { existingCallIds, type Store, savePreparedCalls } from '@callqa/store';
import { openInput, type RawRecord, readRecordBatches } from '../jsonl/read-records.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';
import { type PreparedBatch, prepareTranscripts } from './prepare-transcripts.js';
import { TranscriptPool } from './transcript-pool.js';
import { usesWorkerThreads } from './worker-threads.js';

export type TranscriptImportOptions = {
  /** The scorecard each call is inspected with (the active one of its language). */
  scorecardFor: (language: CallLanguage) => CompiledScorecard;
  onProgress?: ImportProgress;
  /** Worker threads that parse and inspect (default: one per core; 0: all on this thread). */
  workers?: number;
};

/**
 * Imports call transcripts (the interchange JSONL or a JSON array): every call is inspected and
 * stored with its evaluation, a batch per transaction. A call id already stored is counted as a
 * duplicate and not inspected again, so a killed import simply runs again from the start.
 * Batches are prepared on worker threads, a few ahead, and written here in input order.
 */
export async function importTranscripts(
  store: Store,
  file: string,
  options: TranscriptImportOptions,
): Promise<ImportSummary> {
  const tally = new ImportTally(store, 'transcripts', file);
  const pool = !usesWorkerThreads(store, file, options.workers)
    ? null
    : TranscriptPool.open(
        {
          database: store.sqlite.name,
          scorecards: Object.fromEntries(
            callLanguages.map((language) => [language, options.scorecardFor(language).document]),
          ),
        },
        options.workers,
      );
  const prepare = pool
    ? (records: RawRecord[]) => pool.prepare(records)
    : async (records: RawRecord[]) =>
        prepareTranscripts(records, options.scorecardFor, (ids) => existingCallIds(store, ids));
  // Enough batches ahead to keep every worker busy while one batch is written.
  const ahead = pool ? 2 * pool.size : 0;
  try {
    return await tally.run(async () => {
      const summary = tally.summary;
      const write = (batch: PreparedBatch) => {
        summary.rowsRead += batch.rowsRead;
        for (const p of batch.problems) tally.reject(p.line, p.field, p.message);
        summary.duplicates += batch.duplicates;
        const result = savePreparedCalls(store, batch.calls, { importRunId: summary.runId });
        summary.imported += result.inserted;
        summary.duplicates += result.duplicates;
        options.onProgress?.(summary);
      };
      const pending: Promise<PreparedBatch>[] = [];
      for await (const records of readRecordBatches(openInput(file))) {
        const prepared = prepare(records);
        // A failure surfaces when its turn to be written comes; until then it is not "unhandled".
        prepared.catch(() => {});
        pending.push(prepared);
        while (pending.length > ahead) write(await (pending.shift() as Promise<PreparedBatch>));
      }
      for (const batch of pending) write(await batch);
    });
  } finally {
    await pool?.close();
  }
}
