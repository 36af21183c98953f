import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from './database.js';
import { finishImportRun, importRuns, startImportRun } from './import-runs.js';
import { openTestStore } from './test-support/builders.js';

let store: Store;
let dispose: () => void;

beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('import runs', () => {
  test('record counts and every error line of a finished run', () => {
    const id = startImportRun(store, { kind: 'calls', file: 'calls-0301.jsonl' });
    expect(importRuns(store)).toMatchObject([{ id, status: 'running', errors: [] }]);
    const errors = Array.from(
      { length: 250 },
      (_, i) => `calls-0301.jsonl:${i + 2}: turns[0].startMs: expected a number`,
    );
    finishImportRun(store, id, {
      status: 'completed',
      rowsRead: 1250,
      imported: 900,
      duplicates: 100,
      rejected: 250,
      errors,
    });
    const [run] = importRuns(store);
    expect(run).toMatchObject({
      id,
      kind: 'calls',
      file: 'calls-0301.jsonl',
      status: 'completed',
      rowsRead: 1250,
      imported: 900,
      duplicates: 100,
      rejected: 250,
    });
    expect(run?.errors).toEqual(errors);
    expect(run?.finishedAt).toBeGreaterThanOrEqual(run?.startedAt ?? Number.POSITIVE_INFINITY);
  });

  test('refuse to finish a run that was never started', () => {
    expect(() =>
      finishImportRun(store, 42, {
        status: 'failed',
        rowsRead: 0,
        imported: 0,
        duplicates: 0,
        rejected: 0,
        errors: [],
      }),
    ).toThrow(/import run 42/);
  });
});
