import { type QueueEvent, queueEventKind } from '@callqa/core';

/** A line or row that could not be read; the caller prints it as `FILE:LINE: field: message`. */
export type QueueLogError = { line: number; field: string; message: string };

export type QueueLogParse = { event: QueueEvent } | { error: QueueLogError };

export function formatQueueLogError(file: string, error: QueueLogError): string {
  return `${file}:${error.line}: ${error.field}: ${error.message}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const EPOCH = /^\d+(\.\d+)?$/;
const EVENT_NAME = /^[A-Z][A-Z0-9_-]*$/;

/**
 * Epoch ms of a queue_log time: epoch seconds as the text file writes them (a fraction allowed, 13
 * digits read as milliseconds), or `YYYY-MM-DD HH:MM:SS[.ffffff]` as the realtime table holds it, in
 * UTC unless it carries an offset.
 */
export function parseQueueLogTime(value: string): number | undefined {
  const text = value.trim();
  if (EPOCH.test(text)) {
    const n = Number(text);
    return Math.round(text.length >= 13 && !text.includes('.') ? n : n * 1000);
  }
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59) {
    return undefined;
  }
  let offsetMin = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMin = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
  }
  return ms + Math.round(Number(fraction ?? '0') * 1000) - offsetMin * 60_000;
}

function withoutTrailingEmpties(data: string[]): string[] {
  let end = data.length;
  while (end > 0 && data[end - 1] === '') end--;
  return data.slice(0, end);
}

/** The fields every queue_log layout shares, checked the same way for text lines and table rows. */
function buildEvent(
  line: number,
  seq: number,
  fields: { time: string; callId: string; queue: string; agent: string; event: string; data: string[] },
): QueueLogParse {
  const time = parseQueueLogTime(fields.time);
  if (time === undefined) {
    return {
      error: {
        line,
        field: 'time',
        message: `"${fields.time}" is neither epoch seconds nor YYYY-MM-DD HH:MM:SS`,
      },
    };
  }
  const event = fields.event.trim().toUpperCase();
  if (!EVENT_NAME.test(event)) {
    return { error: { line, field: 'event', message: `"${fields.event}" is not an event name` } };
  }
  const callId = fields.callId.trim();
  const kind = queueEventKind(event);
  if (callId === '' && kind !== 'member' && kind !== 'system' && kind !== 'unknown') {
    return { error: { line, field: 'callid', message: `empty call id on a ${event} event` } };
  }
  const agent = fields.agent.trim();
  return {
    event: {
      time,
      callId: callId === '' ? 'NONE' : callId,
      queue: fields.queue.trim(),
      agent: agent === 'NONE' ? '' : agent,
      event,
      data: withoutTrailingEmpties(fields.data),
      seq,
    },
  };
}

/**
 * One line of Asterisk's queue_log file, `epoch|callid|queue|agent|EVENT|data1|data2|…`. Older
 * Asterisk wrote a single data field whose parts are joined by `|`, which reads the same. Null for a
 * blank line.
 */
export function parseQueueLogLine(text: string, line: number): QueueLogParse | null {
  const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (trimmed.trim() === '') return null;
  const fields = trimmed.split('|');
  if (fields.length < 5) {
    return {
      error: {
        line,
        field: 'event',
        message: `expected epoch|callid|queue|agent|EVENT|data…, found ${fields.length} field(s)`,
      },
    };
  }
  const [time, callId, queue, agent, event] = fields as [string, string, string, string, string];
  return buildEvent(line, line, { time, callId, queue, agent, event, data: fields.slice(5) });
}

/** Where each field of the realtime queue_log table sits in a CSV row. */
export type QueueLogColumns = {
  id?: number;
  time: number;
  callId: number;
  queue: number;
  agent: number;
  event: number;
  /** data1 … data5, or the single pipe-joined `data` column of older realtime tables. */
  data: number[];
  joinedData: boolean;
};

const NAMES: Record<string, keyof Omit<QueueLogColumns, 'data' | 'joinedData'>> = {
  id: 'id',
  time: 'time',
  date_time: 'time',
  timestamp: 'time',
  callid: 'callId',
  call_id: 'callId',
  uniqueid: 'callId',
  queuename: 'queue',
  queue_name: 'queue',
  queue: 'queue',
  agent: 'agent',
  membername: 'agent',
  event: 'event',
  verb: 'event',
};

/** The table layout without a header: time,callid,queuename,agent,event,data1..data5, maybe after id. */
function defaultColumns(width: number): QueueLogColumns {
  const o = width >= 11 ? 1 : 0;
  return {
    ...(o ? { id: 0 } : {}),
    time: o,
    callId: o + 1,
    queue: o + 2,
    agent: o + 3,
    event: o + 4,
    data: [5, 6, 7, 8, 9].map((i) => i + o),
    joinedData: false,
  };
}

/**
 * The columns of a realtime queue_log export from its first row: a header names them (any case);
 * a first row without an `event` column name is data in the table's own order.
 */
export function queueLogColumns(
  first: readonly string[],
): { columns: QueueLogColumns; header: boolean } | { error: QueueLogError } {
  const names = first.map((f) => f.trim().toLowerCase());
  if (!names.includes('event') && !names.includes('verb')) {
    return { columns: defaultColumns(first.length), header: false };
  }
  const found: Partial<QueueLogColumns> = {};
  const data: Array<{ n: number; i: number }> = [];
  let joined = -1;
  names.forEach((name, i) => {
    const m = /^data(\d)$/.exec(name);
    if (m) data.push({ n: Number(m[1]), i });
    else if (name === 'data') joined = i;
    else {
      const key = NAMES[name];
      if (key && found[key] === undefined) found[key] = i;
    }
  });
  for (const key of ['time', 'callId', 'queue', 'agent', 'event'] as const) {
    if (found[key] === undefined) {
      return {
        error: { line: 1, field: 'header', message: `no ${key} column (found: ${names.join(', ')})` },
      };
    }
  }
  return {
    header: true,
    columns: {
      ...(found.id === undefined ? {} : { id: found.id }),
      time: found.time as number,
      callId: found.callId as number,
      queue: found.queue as number,
      agent: found.agent as number,
      event: found.event as number,
      data: joined >= 0 ? [joined] : data.sort((a, b) => a.n - b.n).map((d) => d.i),
      joinedData: joined >= 0 && data.length === 0,
    },
  };
}

/**
 * One row of the realtime queue_log table. Its `id` (insertion order) becomes the event's seq when it
 * is a number, so that a table and the text file of the same log give the same events.
 */
export function parseQueueLogRow(
  fields: readonly string[],
  columns: QueueLogColumns,
  line: number,
): QueueLogParse {
  const at = (i: number) => fields[i] ?? '';
  const idText = columns.id === undefined ? '' : at(columns.id).trim();
  const seq = /^\d+$/.test(idText) ? Number(idText) : line;
  const data = columns.joinedData ? at(columns.data[0] ?? -1).split('|') : columns.data.map(at);
  // Asterisk puts what does not fit in data1…data4 into data5, still joined by '|'.
  if (!columns.joinedData && data.length > 0) data.push(...(data.pop() as string).split('|'));
  return buildEvent(line, seq, {
    time: at(columns.time),
    callId: at(columns.callId),
    queue: at(columns.queue),
    agent: at(columns.agent),
    event: at(columns.event),
    data,
  });
}
