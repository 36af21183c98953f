import {
  type Call,
  type CallLanguage,
  type CompiledScorecard,
  type Evaluation,
  inspectCall,
} from '@callqa/core';
import { existingCallIds, type Store, saveCalls } from '@callqa/store';
import { parseRecord } from '../jsonl/parse-record.js';
import { openInput, readRecordBatches } from '../jsonl/read-records.js';
import { type ImportProgress, type ImportSummary, ImportTally } from './import-tally.js';

export type TranscriptImportOptions = {
  /** The scorecard each call is inspected with (the active one of its language). */
  scorecardFor: (language: CallLanguage) => CompiledScorecard;
  onProgress?: ImportProgress;
};

/**
 * Imports call transcripts (the interchange JSONL or a JSON array): every call is inspected and
 * stored with its evaluation, a batch per transaction. A call id already stored is counted as a
 * duplicate and not inspected again, so a killed import simply runs again from the start.
 */
export async function importTranscripts(
  store: Store,
  file: string,
  options: TranscriptImportOptions,
): Promise<ImportSummary> {
  const tally = new ImportTally(store, 'transcripts', file);
  return tally.run(async () => {
    const summary = tally.summary;
    for await (const batch of readRecordBatches(openInput(file))) {
      const calls: Call[] = [];
      for (const record of batch) {
        summary.rowsRead++;
        const parsed = parseRecord(record);
        if (parsed.ok) calls.push(parsed.call);
        else for (const p of parsed.problems) tally.reject(p.line, p.field, p.message);
      }
      const stored = existingCallIds(
        store,
        calls.map((c) => c.id),
      );
      const fresh = new Map<string, { call: Call; evaluation: Evaluation }>();
      for (const call of calls) {
        // The same id twice in one file is a duplicate too: the first one wins, as it would across files.
        if (stored.has(call.id) || fresh.has(call.id)) summary.duplicates++;
        else fresh.set(call.id, { call, evaluation: inspectCall(options.scorecardFor(call.language), call) });
      }
      const result = saveCalls(store, [...fresh.values()], { importRunId: summary.runId });
      summary.imported += result.inserted;
      summary.duplicates += result.duplicates;
      options.onProgress?.(summary);
    }
  });
}
