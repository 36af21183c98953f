import type { CallLanguage, CompiledScorecard } from '@callqa/core';
import type { Store } from '@callqa/store';
import { cdrToQueueCalls } from '../formats/cdr/cdr-to-queue-calls.js';
import { readAsteriskCdr } from '../formats/cdr/read-asterisk-cdr.js';
import { readFreeswitchCsv } from '../formats/freeswitch/read-freeswitch-csv.js';
import { readFreeswitchJson } from '../formats/freeswitch/read-freeswitch-json.js';
import { loadCsvMapping } from '../formats/mapped-csv/load-csv-mapping.js';
import { readMappedCsv } from '../formats/mapped-csv/read-mapped-csv.js';
import { openInput } from '../jsonl/read-records.js';
import { importQueueCalls } from './import-queue-calls.js';
import { importQueueLog } from './import-queue-log.js';
import { importSurveys } from './import-surveys.js';
import type { ImportProgress, ImportSummary } from './import-tally.js';
import { importTranscripts } from './import-transcripts.js';

export const importKinds = ['transcripts', 'queue-log', 'cdr', 'freeswitch', 'csv', 'survey'] as const;
export type ImportKind = (typeof importKinds)[number];

export type ImportFileOptions = {
  kind: ImportKind;
  /** transcripts: the scorecard of each language (see `activeScorecards`). */
  scorecardFor: (language: CallLanguage) => CompiledScorecard;
  /** queue-log: text or csv (table export); freeswitch: json or csv. Guessed from the file name. */
  format?: string;
  /** csv: the column mapping file. */
  mapping?: string;
  /** cdr and survey: the zone of times written without an offset. */
  timeZone?: string;
  /** survey: hours after a call within which an answer without a call id is linked to it. */
  windowHours?: number;
  /** transcripts and queue-log: worker threads; 0 for none, unset to decide by the file's size. */
  workers?: number;
  onProgress?: ImportProgress;
};

/** A missing or wrong option of an import, said in words a person can act on. */
export class ImportOptionError extends Error {
  override name = 'ImportOptionError';
}

export type ImportFileSummary = ImportSummary & { visits?: number; linked?: number };

/**
 * Imports one file of any supported kind, streaming, in its own import run: the single entry that
 * both `callqa import` and the API's upload use.
 *
 * @example await importFile(store, 'queue_log', { kind: 'queue-log', scorecardFor })
 */
export async function importFile(
  store: Store,
  file: string,
  options: ImportFileOptions,
): Promise<ImportFileSummary> {
  const tz = options.timeZone ? { timeZone: options.timeZone } : {};
  const tick = options.onProgress ?? (() => {});
  switch (options.kind) {
    case 'transcripts':
      return importTranscripts(store, file, {
        scorecardFor: options.scorecardFor,
        onProgress: tick,
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
      });
    case 'queue-log': {
      const format = options.format ?? (/\.csv$/i.test(file) ? 'csv' : 'text');
      if (format !== 'text' && format !== 'csv')
        throw new ImportOptionError('the format of a queue-log is text or csv');
      return importQueueLog(store, file, {
        format,
        onProgress: tick,
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
      });
    }
    case 'cdr': {
      const batches = (async function* () {
        for await (const batch of readAsteriskCdr(openInput(file), tz)) {
          yield { records: cdrToQueueCalls(batch.records), errors: batch.errors, skipped: batch.skipped };
        }
      })();
      return importQueueCalls(store, 'cdr', file, batches, tick);
    }
    case 'freeswitch': {
      const format = options.format ?? (/\.csv$/i.test(file) ? 'csv' : 'json');
      if (format !== 'json' && format !== 'csv')
        throw new ImportOptionError('the format of FreeSWITCH records is json or csv');
      const batches =
        format === 'csv' ? readFreeswitchCsv(openInput(file)) : readFreeswitchJson(openInput(file));
      return importQueueCalls(store, 'freeswitch', file, batches, tick);
    }
    case 'csv': {
      if (!options.mapping)
        throw new ImportOptionError('a call-record CSV needs a column mapping (see docs/importing.md)');
      const mapping = await loadCsvMapping(options.mapping);
      return importQueueCalls(store, 'csv', file, readMappedCsv(openInput(file), mapping), tick);
    }
    case 'survey':
      return importSurveys(store, file, {
        ...tz,
        onProgress: tick,
        ...(options.windowHours !== undefined ? { windowHours: options.windowHours } : {}),
      });
  }
}
