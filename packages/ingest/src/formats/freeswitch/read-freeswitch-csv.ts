import type { Readable } from 'node:stream';
import type { QueueCall } from '@callqa/core';
import { readCsvBatches } from '../../csv/read-csv.js';
import { emptyBatch, hasContent, type ParseBatch } from '../shared/parse-batch.js';
import { callcenterVisit } from './callcenter-visit.js';

/** `variable_cc_queue`, `CC_QUEUE` → `cc_queue`: mod_cdr_csv templates name columns freely. */
function variableName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/^variable_/, '');
}

/** Streams queue visits from FreeSWITCH CSV CDRs whose header names the channel variables. */
export async function* readFreeswitchCsv(input: Readable): AsyncGenerator<ParseBatch<QueueCall>> {
  let index: Map<string, number> | undefined;
  for await (const rows of readCsvBatches(input)) {
    const batch = emptyBatch<QueueCall>();
    for (const row of rows) {
      if (!index) {
        index = new Map(row.fields.map((name, i) => [variableName(name), i]));
        if (!index.has('cc_queue')) {
          yield {
            ...batch,
            errors: [{ line: row.line, field: 'cc_queue', message: 'no cc_queue column in the header' }],
          };
          return;
        }
        continue;
      }
      const fields = row.fields;
      const columns = index;
      const result = callcenterVisit((name) => {
        const i = columns.get(name);
        return (i === undefined ? undefined : fields[i]?.trim()) || undefined;
      }, row.line);
      if ('call' in result) batch.records.push(result.call);
      else if ('skip' in result) batch.skipped[result.skip] = (batch.skipped[result.skip] ?? 0) + 1;
      else batch.errors.push(...result.errors);
    }
    if (hasContent(batch)) yield batch;
  }
}
