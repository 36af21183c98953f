import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { listSurveys } from './list-surveys.js';
import { saveSurveys } from './save-surveys.js';
import { openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('surveys', () => {
  test('store each answer once and read optional fields back as absent', () => {
    const full = {
      id: 's1',
      callId: 'c1',
      caller: '13800138000',
      answeredAt: 1_709_254_800_000,
      csat: 5,
      nps: 9,
      comment: '很满意',
    };
    const bare = { id: 's2', answeredAt: 1_709_254_900_000, nps: 0 };
    expect(saveSurveys(store, [full, bare])).toEqual({ inserted: 2, duplicates: 0 });
    expect(saveSurveys(store, [{ ...full, csat: 1 }])).toEqual({ inserted: 0, duplicates: 1 });
    expect(listSurveys(store)).toStrictEqual([full, bare]);
    expect(listSurveys(store, { from: 1_709_254_850_000 })).toStrictEqual([bare]);
  });
});
