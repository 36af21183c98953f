import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openStore } from './open-store.js';
import { openTestStore } from './test-support/builders.js';

describe('migrate', () => {
  test('applies every migration once, in order, and nothing on a second run', async () => {
    const { store, file, dispose } = await openTestStore();
    store.close();
    try {
      const again = openStore(file);
      expect(await migrate(again)).toEqual([]);
      const applied = again.sqlite.prepare('select name from kysely_migration order by name').pluck().all();
      expect(applied).toEqual(Object.keys(migrations));
      again.close();
    } finally {
      dispose();
    }
  });

  test('returns the names it applied to a new file, creating its directory', async () => {
    const { store, file, dispose } = await openTestStore();
    store.close();
    rmSync(dirname(file), { recursive: true });
    try {
      const fresh = openStore(file);
      expect(await migrate(fresh)).toEqual([
        '0001-initial',
        '0002-transcript-search',
        '0003-queue-hour-sums',
        '0004-queue-hour-sums-backfill',
        '0005-transcripts-one-row-per-call',
        '0006-accounts',
        '0007-sampling',
        '0008-reviews',
        '0009-appeals',
        '0010-calibration',
        '0011-coaching-and-training',
        '0012-webhooks',
        '0013-reminders',
        '0014-queue-event-sets',
        '0015-call-list-order',
        '0016-queue-day-sums',
      ]);
      const tables = fresh.sqlite
        .prepare("select name from sqlite_master where type in ('table', 'view') order by name")
        .pluck()
        .all();
      expect(tables).toEqual(
        expect.arrayContaining([
          'agents',
          'calls',
          'check_results',
          'evaluations',
          'import_runs',
          'latest_evaluations',
          'queue_calls',
          'queue_event_sets',
          'queues',
          'scorecards',
          'surveys',
          'teams',
          'transcripts',
          'turn_search',
        ]),
      );
      fresh.close();
    } finally {
      dispose();
    }
  });

  test('opens the file in WAL mode with foreign keys enforced and a busy timeout', async () => {
    const { store, dispose } = await openTestStore();
    try {
      expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      dispose();
    }
  });
});
