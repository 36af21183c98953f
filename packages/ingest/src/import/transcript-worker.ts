/**
 * Worker thread of the transcript import: prepares batches (see `prepareTranscripts`) while the
 * importing thread writes earlier ones. It reads the database, never writes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CallLanguage, type CompiledScorecard, compileScorecard, type Scorecard } from '@callqa/core';
import { existingCallIds, openStore } from '@callqa/store';
import type { RawRecord } from '../jsonl/read-records.js';
import { prepareTranscripts } from './prepare-transcripts.js';

export type TranscriptWorkerData = {
  database: string;
  scorecards: Partial<Record<CallLanguage, Scorecard>>;
};
export type TranscriptWorkerRequest = { seq: number; records: RawRecord[] };

const { database, scorecards } = workerData as TranscriptWorkerData;
const store = openStore(database);
const compiled = new Map<CallLanguage, CompiledScorecard>();
for (const [language, document] of Object.entries(scorecards) as [CallLanguage, Scorecard][]) {
  const result = compileScorecard(document);
  if (!result.ok) throw new Error(`scorecard ${document.id} does not compile: ${result.issues[0]?.message}`);
  compiled.set(language, result.scorecard);
}
const scorecardFor = (language: CallLanguage): CompiledScorecard => {
  const scorecard = compiled.get(language);
  if (!scorecard) throw new Error(`no scorecard for language ${language}`);
  return scorecard;
};

parentPort?.on('message', ({ seq, records }: TranscriptWorkerRequest) => {
  try {
    const batch = prepareTranscripts(records, scorecardFor, (ids) => existingCallIds(store, ids));
    parentPort?.postMessage({ seq, batch });
  } catch (error) {
    parentPort?.postMessage({ seq, error: (error as Error).stack ?? String(error) });
  }
});
