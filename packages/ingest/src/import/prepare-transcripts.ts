import type { CallLanguage, CompiledScorecard } from '@callqa/core';
import { inspectCall } from '@callqa/core';
import { type PreparedCall, prepareCall } from '@callqa/store';
import { parseRecord, type RecordProblem } from '../jsonl/parse-record.js';
import type { RawRecord } from '../jsonl/read-records.js';

export type PreparedBatch = {
  rowsRead: number;
  problems: RecordProblem[];
  /** Calls of the batch not stored yet, inspected and turned into row values, in input order. */
  calls: PreparedCall[];
  /** Calls already stored, or repeated inside the batch: not inspected. */
  duplicates: number;
};

/**
 * Everything an imported batch of transcripts needs before it is written: parsing, the check for
 * calls already stored, inspection and row values. Pure but for `stored`, so it runs the same on a
 * worker thread as on the importing one.
 */
export function prepareTranscripts(
  records: readonly RawRecord[],
  scorecardFor: (language: CallLanguage) => CompiledScorecard,
  stored: (ids: string[]) => ReadonlySet<string>,
): PreparedBatch {
  const problems: RecordProblem[] = [];
  const parsed = [];
  for (const record of records) {
    const result = parseRecord(record);
    if (result.ok) parsed.push(result.call);
    else problems.push(...result.problems);
  }
  const known = stored(parsed.map((call) => call.id));
  const seen = new Set<string>();
  const calls: PreparedCall[] = [];
  let duplicates = 0;
  for (const call of parsed) {
    // The same id twice in one file is a duplicate too: the first one wins, as it would across files.
    if (known.has(call.id) || seen.has(call.id)) {
      duplicates++;
      continue;
    }
    seen.add(call.id);
    calls.push(prepareCall(call, inspectCall(scorecardFor(call.language), call)));
  }
  return { rowsRead: records.length, problems, calls, duplicates };
}
