import type { QueueCall, QueueEvent } from '@callqa/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { listQueueCalls } from './list-queue-calls.js';
import { queueEventsOfCalls } from './lookups.js';
import { saveQueueCalls } from './save-queue-calls.js';
import { saveQueueEvents } from './save-queue-events.js';
import { openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

const T0 = Date.parse('2024-03-01T01:00:00Z');

function buildEvent(overrides: Partial<QueueEvent>): QueueEvent {
  return {
    time: T0,
    callId: '1709254800.1',
    queue: '8001',
    agent: '',
    event: 'ENTERQUEUE',
    data: ['', '13800138000', '1'],
    seq: 1,
    ...overrides,
  };
}

function buildQueueCall(overrides: Partial<QueueCall>): QueueCall {
  return {
    callId: '1709254800.1',
    queue: '8001',
    enteredAt: T0,
    outcome: 'noOutcome',
    waitSec: 0,
    transferred: false,
    ringNoAnswer: 0,
    ...overrides,
  };
}

describe('saveQueueEvents', () => {
  test('stores each event once however often and from whichever source it is imported', () => {
    const events = [
      buildEvent({ seq: 1 }),
      buildEvent({
        seq: 2,
        time: T0 + 8000,
        agent: 'SIP/2001',
        event: 'CONNECT',
        data: ['8', '1709254800.2', '3'],
      }),
      buildEvent({
        seq: 3,
        time: T0 + 60_000,
        agent: 'SIP/2001',
        event: 'COMPLETECALLER',
        data: ['8', '52', '1'],
      }),
    ];
    expect(saveQueueEvents(store, events, 1)).toEqual({ inserted: 3, duplicates: 0 });
    expect(saveQueueEvents(store, events, 2)).toEqual({ inserted: 0, duplicates: 3 });
    const shifted = events.map((event) => ({ ...event, seq: event.seq + 100 }));
    const extra = buildEvent({ seq: 104, time: T0 + 61_000, event: 'VENDOREXTRA', data: [] });
    expect(saveQueueEvents(store, [...shifted, extra, extra], 3)).toEqual({ inserted: 1, duplicates: 4 });
    expect(queueEventsOfCalls(store, ['1709254800.1'])).toEqual([...events, extra]);
    expect(store.sqlite.prepare('select count(*) from queue_event_sets').pluck().get()).toBe(1);
  });

  test("keeps every data field: a vendor line's extra fields, a field holding a bar", () => {
    const event = buildEvent({ data: ['1', '2', '3', '4', '5', '6|7'] });
    saveQueueEvents(store, [event], null);
    expect(queueEventsOfCalls(store, [event.callId])).toEqual([event]);
    expect(saveQueueEvents(store, [{ ...event, data: ['1', '2', '3', '4', '5', '6', '7'] }], null)).toEqual({
      inserted: 1,
      duplicates: 0,
    });
  });

  test('keeps member and system events by member and UTC day, and never reads them back as a call', () => {
    const member = (agent: string, time: number, event: string) =>
      buildEvent({ callId: 'NONE', queue: '8001', agent, time, event, data: [] });
    const day = 86_400_000;
    const result = saveQueueEvents(
      store,
      [
        member('SIP/2001', T0, 'ADDMEMBER'),
        member('SIP/2001', T0 + 60_000, 'PAUSE'),
        member('SIP/2002', T0, 'ADDMEMBER'),
        member('SIP/2001', T0 + day, 'REMOVEMEMBER'),
      ],
      null,
    );
    expect(result).toEqual({ inserted: 4, duplicates: 0 });
    const parts = store.sqlite
      .prepare('select part, event_count from queue_event_sets where call_id = ? order by part')
      .all('NONE');
    expect(parts).toEqual([
      { part: 'SIP/2001|2024-03-01', event_count: 2 },
      { part: 'SIP/2001|2024-03-02', event_count: 1 },
      { part: 'SIP/2002|2024-03-01', event_count: 1 },
    ]);
    expect(queueEventsOfCalls(store, ['NONE'])).toEqual([]);
  });
});

describe('saveQueueCalls', () => {
  test('updates a visit without outcome when a later import brings the outcome', () => {
    const partial = buildQueueCall({});
    expect(saveQueueCalls(store, [partial])).toEqual({ inserted: 1, updated: 0 });
    const answered = buildQueueCall({
      outcome: 'answered',
      waitSec: 8,
      answeredAt: T0 + 8000,
      endedAt: T0 + 60_000,
      agent: 'SIP/2001',
      talkSec: 52,
      caller: '13800138000',
      endedBy: 'customer',
      transferred: true,
      ringNoAnswer: 2,
    });
    expect(saveQueueCalls(store, [answered])).toEqual({ inserted: 0, updated: 1 });
    expect(listQueueCalls(store)).toEqual([answered]);
  });

  test('neither counts nor changes a visit imported again, and never loses a known outcome', () => {
    const abandoned = buildQueueCall({ outcome: 'abandoned', waitSec: 30, endedAt: T0 + 30_000 });
    saveQueueCalls(store, [abandoned]);
    expect(saveQueueCalls(store, [abandoned])).toEqual({ inserted: 0, updated: 0 });
    expect(saveQueueCalls(store, [buildQueueCall({})])).toEqual({ inserted: 0, updated: 0 });
    expect(listQueueCalls(store)).toEqual([abandoned]);
  });

  test('lists visits by time entered, filtered by range and queue', () => {
    saveQueueCalls(store, [
      buildQueueCall({ callId: 'b', enteredAt: T0 + 2000 }),
      buildQueueCall({ callId: 'a', enteredAt: T0 + 1000, queue: '8002' }),
      buildQueueCall({ callId: 'c', enteredAt: T0 + 3000 }),
    ]);
    expect(listQueueCalls(store).map((c) => c.callId)).toEqual(['a', 'b', 'c']);
    expect(listQueueCalls(store, { from: T0 + 2000, to: T0 + 3000 }).map((c) => c.callId)).toEqual(['b']);
    expect(listQueueCalls(store, { queue: '8001' }).map((c) => c.callId)).toEqual(['b', 'c']);
  });
});
