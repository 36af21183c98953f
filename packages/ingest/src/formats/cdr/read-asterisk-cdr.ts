import type { Readable } from 'node:stream';
import { type CdrDisposition, type CdrRecord, cdrDispositions } from '@callqa/core';
import { readCsvBatches } from '../../csv/read-csv.js';
import { emptyBatch, hasContent, type ParseBatch, type RowError } from '../shared/parse-batch.js';
import { dateTimeParser } from '../shared/parse-date-time.js';
import { parseSeconds } from '../shared/parse-number.js';
import { stableKey } from '../shared/stable-key.js';
import { canonicalColumn, isCdrHeader, masterCsvColumns, STANDARD_COLUMNS } from './cdr-columns.js';

export type AsteriskCdrOptions = {
  /**
   * The zone of the PBX's clock: Master.csv and most cdr tables hold local time without a zone
   * (unless cdr.conf has usegmtime). Times with an explicit zone or epoch values ignore it.
   */
  timeZone?: string;
};

const DISPOSITIONS = new Set<string>(cdrDispositions);
// MySQL exports write NULL for SQL nulls and a zero date for a missing answer time.
const ABSENT = new Set(['', 'NULL', '\\N', '0000-00-00 00:00:00']);

type Get = (column: string) => string;

/**
 * Streams Asterisk CDRs: Master.csv (no header, columns by position) or a CDR table export with a
 * header (any order; calldate for start; vendor columns kept in `extra`). The first row decides.
 */
export async function* readAsteriskCdr(
  input: Readable,
  options: AsteriskCdrOptions = {},
): AsyncGenerator<ParseBatch<CdrRecord>> {
  const parseTime = dateTimeParser('auto', options.timeZone ?? 'UTC');
  let header: string[] | undefined;
  let first = true;
  for await (const rows of readCsvBatches(input)) {
    const batch = emptyBatch<CdrRecord>();
    for (const row of rows) {
      if (first) {
        first = false;
        if (isCdrHeader(row.fields)) {
          header = row.fields.map(canonicalColumn);
          continue;
        }
      }
      let columns = header;
      if (!columns) {
        columns = masterCsvColumns(row.fields.length);
        if (!columns) {
          batch.errors.push({
            line: row.line,
            field: 'row',
            message: `${row.fields.length} fields: Master.csv rows have 16, 17, 18 or 21`,
          });
          continue;
        }
      }
      const values = new Map<string, string>();
      columns.forEach((name, i) => {
        const value = (row.fields[i] ?? '').trim();
        values.set(name, ABSENT.has(value) ? '' : value);
      });
      const result = toCdrRecord((name) => values.get(name) ?? '', row.line, parseTime);
      if ('errors' in result) batch.errors.push(...result.errors);
      else {
        if (header) {
          const extra: Record<string, string> = {};
          for (const [name, value] of values) if (!STANDARD_COLUMNS.has(name) && value) extra[name] = value;
          if (Object.keys(extra).length > 0) result.record.extra = extra;
        }
        batch.records.push(result.record);
      }
    }
    if (hasContent(batch)) yield batch;
  }
}

function toCdrRecord(
  get: Get,
  line: number,
  parseTime: (text: string) => number | undefined,
): { record: CdrRecord } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const time = (field: string, required: boolean) => {
    const text = get(field);
    if (!text) {
      if (required) errors.push({ line, field, message: 'missing' });
      return undefined;
    }
    const value = parseTime(text);
    if (value === undefined) errors.push({ line, field, message: `not a date-time: '${text}'` });
    return value;
  };
  const seconds = (field: string) => {
    const value = parseSeconds(get(field));
    if (value === undefined)
      errors.push({ line, field, message: `not a number of seconds: '${get(field)}'` });
    return value ?? 0;
  };
  const start = time('start', true);
  let answer = time('answer', false);
  let end = time('end', false);
  const durationSec = seconds('duration');
  const billSec = seconds('billsec');
  const disposition = get('disposition').toUpperCase();
  if (!DISPOSITIONS.has(disposition))
    errors.push({ line, field: 'disposition', message: `unknown disposition '${get('disposition')}'` });
  const sequenceText = get('sequence');
  const sequence = sequenceText ? Number(sequenceText) : undefined;
  if (sequence !== undefined && !Number.isInteger(sequence))
    errors.push({ line, field: 'sequence', message: `not an integer: '${sequenceText}'` });
  if (errors.length > 0 || start === undefined) return { errors };

  // Table exports such as PBXware's keep only calldate: rebuild end and answer the way Asterisk
  // defines duration (end − start) and billsec (end − answer).
  end ??= start + durationSec * 1000;
  if (answer === undefined && billSec > 0) answer = end - billSec * 1000;

  const uniqueid = get('uniqueid');
  const record: CdrRecord = {
    key: '',
    uniqueid,
    src: get('src'),
    dst: get('dst'),
    context: get('dcontext'),
    clid: get('clid'),
    channel: get('channel'),
    dstChannel: get('dstchannel'),
    lastApp: get('lastapp'),
    lastData: get('lastdata'),
    start,
    end,
    durationSec,
    billSec,
    disposition: disposition as CdrDisposition,
  };
  if (answer !== undefined) record.answer = answer;
  const optional: Array<[keyof CdrRecord, string]> = [
    ['linkedid', 'linkedid'],
    ['accountcode', 'accountcode'],
    ['amaFlags', 'amaflags'],
    ['userField', 'userfield'],
    ['peerAccount', 'peeraccount'],
  ];
  for (const [prop, column] of optional) {
    const value = get(column);
    if (value) (record as Record<string, unknown>)[prop] = value;
  }
  if (sequence !== undefined) record.sequence = sequence;
  // uniqueid embeds the epoch and sequence is unique per Asterisk run: together they name a row.
  // Older rows without sequence are named by what distinguishes the rows of one call.
  record.key =
    sequence !== undefined && uniqueid
      ? `${uniqueid}#${sequence}`
      : `${uniqueid || 'cdr'}@${stableKey([start, record.channel, record.dstChannel, record.lastApp, record.lastData, end])}`;
  return { record };
}
