import { hourlySums, type QueueCall, type QueueOutcome } from '@callqa/core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Store } from './database.js';
import { listQueueCalls } from './list-queue-calls.js';
import { listQueueHourSums, refreshQueueHourSums } from './queue-hour-sums.js';
import { saveQueueCalls } from './save-queue-calls.js';
import { openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;
beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

const outcomes: QueueOutcome[] = ['answered', 'answered', 'abandoned', 'timeout', 'exitKey', 'noOutcome'];
const start = Date.parse('2025-03-03T00:00:00Z');
const visit = (i: number, outcome = outcomes[i % outcomes.length] as QueueOutcome): QueueCall => ({
  callId: `c${i}`,
  queue: `q${i % 2}`,
  enteredAt: start + i * 397_000,
  outcome,
  waitSec: (i * 7) % 130,
  transferred: i % 11 === 0,
  ringNoAnswer: 0,
  ...(outcome === 'answered'
    ? { agent: `a${i % 3}`, talkSec: 60 + i, ...(i % 2 ? { holdSec: 5, wrapSec: 9 } : {}) }
    : {}),
});

test('the SQL totals equal the totals computed in core from the same visits, and follow later changes', () => {
  saveQueueCalls(
    store,
    Array.from({ length: 300 }, (_, i) => visit(i)),
  );
  refreshQueueHourSums(store, start, start + 300 * 397_000);
  const sortKey = (h: { hourStart: number; queue: string; agent?: string }) =>
    `${h.hourStart}|${h.queue}|${h.agent ?? ''}`;
  const expected = hourlySums(listQueueCalls(store)).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const stored = () => listQueueHourSums(store).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  expect(stored()).toEqual(expected);
  // A visit that had no outcome gets one in a later import: the hour is recomputed, not added to twice.
  saveQueueCalls(store, [visit(5, 'answered')]);
  refreshQueueHourSums(store, visit(5).enteredAt, visit(5).enteredAt);
  expect(stored()).toEqual(
    hourlySums(listQueueCalls(store)).sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  );
});

test('the backfill migration totals visits stored before the totals existed', async () => {
  saveQueueCalls(
    store,
    Array.from({ length: 50 }, (_, i) => visit(i)),
  );
  expect(listQueueHourSums(store)).toEqual([]);
  const { up } = await import('./migrations/0004-queue-hour-sums-backfill.js');
  await up(store.db as never);
  expect(listQueueHourSums(store).reduce((n, h) => n + h.sums.entered, 0)).toBe(50);
});
