import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { iterateCalls } from './iterate-calls.js';
import { saveCalls } from './save-calls.js';
import { buildCall, openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('iterateCalls', () => {
  test('streams every call in the range in batches, with turns', async () => {
    const calls = Array.from({ length: 7 }, (_, i) =>
      buildCall({ id: `c${i}`, startedAt: `2024-03-0${i + 1}T00:00:00Z` }),
    );
    saveCalls(
      store,
      calls.map((call) => ({ call })),
    );
    const batches = [];
    for await (const batch of iterateCalls(store, { batchSize: 3 })) batches.push(batch);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(batches.flat()).toEqual(calls);
    const ranged = [];
    for await (const batch of iterateCalls(store, {
      since: Date.parse('2024-03-02T00:00:00Z'),
      until: Date.parse('2024-03-04T00:00:00Z'),
    })) {
      ranged.push(...batch.map((call) => call.id));
    }
    expect(ranged).toEqual(['c1', 'c2']);
  });
});
