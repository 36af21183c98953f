import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { QueueEvent } from '@callqa/core';
import { readCsvBatches } from '../csv/read-csv.js';
import {
  parseQueueLogLine,
  parseQueueLogRow,
  type QueueLogColumns,
  type QueueLogError,
  type QueueLogParse,
  queueLogColumns,
} from './queue-log.js';

export type QueueLogFormat = 'text' | 'csv';

export type QueueLogBatch = { events: QueueEvent[]; errors: QueueLogError[] };

function add(batch: QueueLogBatch, parsed: QueueLogParse | null) {
  if (!parsed) return;
  if ('event' in parsed) batch.events.push(parsed.event);
  else batch.errors.push(parsed.error);
}

/**
 * Streams a queue_log, one batch per chunk read: the Asterisk text file, or the realtime table
 * exported as CSV. A bad line becomes an error in its batch and reading goes on.
 */
export async function* readQueueLogBatches(
  input: Readable,
  options: { format: QueueLogFormat },
): AsyncGenerator<QueueLogBatch> {
  if (options.format === 'csv') {
    yield* readCsvQueueLog(input);
    return;
  }
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 1;
  let first = true;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    const batch: QueueLogBatch = { events: [], errors: [] };
    for (const l of lines) add(batch, parseQueueLogLine(l, line++));
    if (batch.events.length > 0 || batch.errors.length > 0) yield batch;
  }
  rest += decoder.end();
  const batch: QueueLogBatch = { events: [], errors: [] };
  add(batch, parseQueueLogLine(rest, line));
  if (batch.events.length > 0 || batch.errors.length > 0) yield batch;
}

async function* readCsvQueueLog(input: Readable): AsyncGenerator<QueueLogBatch> {
  let columns: QueueLogColumns | null = null;
  let failed = false;
  for await (const rows of readCsvBatches(input, { delimiter: ',' })) {
    const batch: QueueLogBatch = { events: [], errors: [] };
    for (const row of rows) {
      if (failed) break;
      if (!columns) {
        const found = queueLogColumns(row.fields);
        if ('error' in found) {
          batch.errors.push(found.error);
          failed = true;
          break;
        }
        columns = found.columns;
        if (found.header) continue;
      }
      add(batch, parseQueueLogRow(row.fields, columns, row.line));
    }
    if (batch.events.length > 0 || batch.errors.length > 0) yield batch;
    if (failed) return;
  }
}
