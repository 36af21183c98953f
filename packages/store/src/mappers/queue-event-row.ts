import type { QueueEvent } from '@callqa/core';
import type { QueueEventsTable } from '../database.js';
import { readNumber } from './values.js';

export type QueueEventRow = Omit<QueueEventsTable, 'id'>;

export function queueEventToRow(event: QueueEvent, source: string): QueueEventRow {
  const data = event.data;
  return {
    source,
    seq: event.seq,
    time: event.time,
    call_id: event.callId,
    queue: event.queue,
    agent: event.agent,
    event: event.event,
    data1: data[0] ?? '',
    data2: data[1] ?? '',
    data3: data[2] ?? '',
    data4: data[3] ?? '',
    // A vendor line with more fields keeps them, joined as the log wrote them.
    data5: data.slice(4).join('|'),
  };
}

export function rowToQueueEvent(row: QueueEventRow): QueueEvent {
  const data = [row.data1, row.data2, row.data3, row.data4, row.data5];
  while (data.length > 0 && data[data.length - 1] === '') data.pop();
  return {
    time: readNumber(row.time),
    callId: row.call_id,
    queue: row.queue,
    agent: row.agent,
    event: row.event,
    data,
    seq: readNumber(row.seq),
  };
}
