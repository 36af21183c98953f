import type { Readable } from 'node:stream';
import type { QueueCall, QueueOutcome } from '@callqa/core';
import { readCsvBatches } from '../../csv/read-csv.js';
import { emptyBatch, hasContent, type ParseBatch, type RowError } from '../shared/parse-batch.js';
import { parseSeconds } from '../shared/parse-number.js';
import { stableKey } from '../shared/stable-key.js';
import { type ColumnRef, type CsvMapping, columnOf, delimiterOf } from './csv-mapping.js';
import { type RowClock, rowClock } from './row-clock.js';

type Columns = CsvMapping['columns'];
type Reader = (fields: string[]) => string | undefined;

/** Seconds as a number or as a clock duration (`1:23`, `0:01:23`), as reports write both. */
function durationSec(text: string): number | undefined {
  const plain = parseSeconds(text);
  if (plain !== undefined) return plain;
  const m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return m[3] === undefined
    ? Number(m[1]) * 60 + Number(m[2])
    : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

function readers(
  mapping: CsvMapping,
  header: string[],
): { read: Partial<Record<keyof Columns, Reader>>; missing: RowError[] } {
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing: RowError[] = [];
  const find = (path: string, column: string) => {
    const i = index.get(column);
    if (i === undefined)
      missing.push({ line: 1, field: path, message: `no column '${column}' in the header` });
    return i ?? -1;
  };
  const read: Partial<Record<keyof Columns, Reader>> = {};
  for (const [name, ref] of Object.entries(mapping.columns) as Array<[keyof Columns, ColumnRef | string[]]>) {
    if (name === 'callId') {
      const parts = (Array.isArray(ref) ? ref : [ref as string]).map((c) => find(`columns.callId`, c));
      read.callId = (fields) => {
        const values = parts.map((i) => fields[i]?.trim() ?? '');
        return values.some((v) => v === '') ? undefined : values.join('-');
      };
      continue;
    }
    const { column, absent } = columnOf(ref as ColumnRef);
    const i = find(`columns.${name}`, column);
    const none = new Set(['', ...absent]);
    read[name] = (fields) => {
      const value = fields[i]?.trim() ?? '';
      return none.has(value) ? undefined : value;
    };
  }
  return { read, missing };
}

function outcomeLookup(mapping: CsvMapping): (value: string) => QueueOutcome | 'skip' | undefined {
  const exact = new Map(Object.entries(mapping.outcomes ?? {}));
  const folded = new Map([...exact].map(([k, v]) => [k.trim().toLowerCase(), v]));
  return (value) => exact.get(value) ?? folded.get(value.toLowerCase());
}

/**
 * Streams queue visits from any call-record CSV described by a mapping document (see
 * csv-mapping.ts): which columns hold the id, queue, times or durations, outcome, agent and caller.
 * Missing durations come from the times and missing times from the durations.
 */
export async function* readMappedCsv(
  input: Readable,
  mapping: CsvMapping,
): AsyncGenerator<ParseBatch<QueueCall>> {
  const clock = rowClock(mapping);
  const outcomeOf = outcomeLookup(mapping);
  const delimiter = delimiterOf(mapping);
  let read: Partial<Record<keyof Columns, Reader>> | undefined;
  for await (const rows of readCsvBatches(input, delimiter ? { delimiter } : {})) {
    const batch = emptyBatch<QueueCall>();
    for (const row of rows) {
      if (!read) {
        const built = readers(mapping, row.fields);
        if (built.missing.length > 0) {
          yield { ...batch, errors: built.missing.map((e) => ({ ...e, line: row.line })) };
          return;
        }
        read = built.read;
        continue;
      }
      const result = toQueueCall(row.fields, row.line, read, mapping, clock, outcomeOf);
      if ('skip' in result) batch.skipped[result.skip] = (batch.skipped[result.skip] ?? 0) + 1;
      else if ('errors' in result) batch.errors.push(...result.errors);
      else batch.records.push(result.call);
    }
    if (hasContent(batch)) yield batch;
  }
}

function toQueueCall(
  fields: string[],
  line: number,
  read: Partial<Record<keyof Columns, Reader>>,
  mapping: CsvMapping,
  clock: RowClock,
  outcomeOf: (value: string) => QueueOutcome | 'skip' | undefined,
): { call: QueueCall } | { errors: RowError[] } | { skip: string } {
  const errors: RowError[] = [];
  const value = (name: keyof Columns) => read[name]?.(fields);

  let outcome: QueueOutcome | undefined;
  const outcomeText = value('outcome');
  if (read.outcome) {
    const mapped = outcomeText === undefined ? undefined : outcomeOf(outcomeText);
    if (mapped === 'skip') return { skip: `outcome ${outcomeText}` };
    if (mapped === undefined)
      errors.push({
        line,
        field: 'outcome',
        message:
          outcomeText === undefined ? 'missing' : `unknown value '${outcomeText}': map it under outcomes`,
      });
    outcome = mapped;
  }

  let callId = value('callId');
  if (read.callId && callId === undefined) errors.push({ line, field: 'callId', message: 'missing' });
  // Without an id column the row's content names it, so that a second import finds the same id.
  callId ??= `row-${stableKey(fields)}`;

  let day: ReturnType<RowClock['date']>;
  if (read.date) {
    const text = value('date');
    day = text === undefined ? undefined : clock.date(text);
    if (day === undefined)
      errors.push({
        line,
        field: 'date',
        message: text === undefined ? 'missing' : `not a date in ${mapping.dateFormat}: '${text}'`,
      });
  }
  const format = mapping.timeFormat ?? (read.date ? 'H:MM:SS' : 'auto');
  const time = (name: 'dateAnchor' | 'enteredAt' | 'answeredAt' | 'endedAt', notBefore?: number) => {
    const text = value(name);
    if (text === undefined) {
      if (name === 'enteredAt') errors.push({ line, field: name, message: 'missing' });
      return undefined;
    }
    const at = clock.time(text, day, notBefore);
    if (at === undefined && (day !== undefined || !read.date))
      errors.push({ line, field: name, message: `not a time in ${format}: '${text}'` });
    return at;
  };
  const seconds = (name: 'waitSec' | 'talkSec' | 'holdSec' | 'wrapSec') => {
    const text = value(name);
    if (text === undefined) return undefined;
    const n = durationSec(text);
    if (n === undefined) errors.push({ line, field: name, message: `not a number of seconds: '${text}'` });
    return n;
  };

  const anchor = read.dateAnchor ? time('dateAnchor') : undefined;
  const enteredAt = time('enteredAt', anchor);
  let answeredAt = time('answeredAt', enteredAt);
  let endedAt = time('endedAt', enteredAt);
  let waitSec = seconds('waitSec');
  let talkSec = seconds('talkSec');
  const holdSec = seconds('holdSec');
  const wrapSec = seconds('wrapSec');
  if (errors.length > 0 || enteredAt === undefined) return { errors };

  outcome ??= answeredAt !== undefined || (talkSec ?? 0) > 0 ? 'answered' : 'abandoned';
  const answered = outcome === 'answered';
  if (!answered) {
    answeredAt = undefined;
    talkSec = undefined;
  }
  waitSec ??= Math.max(0, ((answeredAt ?? endedAt ?? enteredAt) - enteredAt) / 1000);
  if (answered) {
    answeredAt ??= enteredAt + waitSec * 1000;
    if (talkSec === undefined && endedAt !== undefined) talkSec = Math.max(0, (endedAt - answeredAt) / 1000);
    if (endedAt === undefined && talkSec !== undefined) endedAt = answeredAt + talkSec * 1000;
  } else {
    endedAt ??= enteredAt + waitSec * 1000;
  }

  const call: QueueCall = {
    callId,
    queue: value('queue') ?? mapping.queue,
    enteredAt,
    outcome,
    waitSec,
    transferred: false,
    ringNoAnswer: 0,
  };
  if (answeredAt !== undefined) call.answeredAt = answeredAt;
  if (endedAt !== undefined) call.endedAt = endedAt;
  const agent = value('agent');
  if (answered && agent !== undefined) call.agent = agent;
  if (talkSec !== undefined) call.talkSec = talkSec;
  if (holdSec !== undefined) call.holdSec = holdSec;
  if (wrapSec !== undefined) call.wrapSec = wrapSec;
  const caller = value('caller');
  if (caller !== undefined) call.caller = caller;
  return { call };
}
