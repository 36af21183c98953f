import { Migrator } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrate } from '../migrate.js';
import { openTestStore } from '../test-support/builders.js';
import { migrations } from './index.js';

const HOUR = 3_600_000;
// 2025-03-01 00:00 in Shanghai is 2025-02-28 16:00 UTC.
const MIDNIGHT = Date.parse('2025-03-01T00:00:00+08:00');

describe('0016-queue-day-sums', () => {
  test('adds up the hourly totals kept before it by day of UTC+08:00', async () => {
    const { store, dispose } = await openTestStore({ migrate: false });
    try {
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0016'));
      await new Migrator({ db: store.db, provider: { getMigrations: async () => before } }).migrateToLatest();
      const insert = store.sqlite.prepare(
        `insert into queue_hour_sums (hour_start, queue, agent, entered, answered, abandoned, timed_out, exited_other,
           no_outcome, transferred, short_abandoned, answered_wait_sec, abandoned_wait_sec, max_wait_sec, talked,
           talk_sec, handle_sec, within_10, within_15, within_20, within_25, within_30, within_40, within_45,
           within_60, within_90, within_120, within_180, within_300)
         values (?, 'sales', 'SIP/1', ?, ?, 0, 0, 0, 0, 0, 0, ?, 0, ?, ?, 60, 70, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)`,
      );
      // The last hour of one Shanghai day, and the first two of the next.
      insert.run(MIDNIGHT - HOUR, 2, 2, 10, 8, 2);
      insert.run(MIDNIGHT, 3, 3, 12, 9, 3);
      insert.run(MIDNIGHT + HOUR, 1, 1, 5, 30, 1);
      await migrate(store);
      const days = store.sqlite
        .prepare(
          'select day_start, entered, answered_wait_sec, max_wait_sec, talk_sec from queue_day_sums order by 1',
        )
        .all();
      expect(days).toEqual([
        { day_start: MIDNIGHT - 24 * HOUR, entered: 2, answered_wait_sec: 10, max_wait_sec: 8, talk_sec: 60 },
        { day_start: MIDNIGHT, entered: 4, answered_wait_sec: 17, max_wait_sec: 30, talk_sec: 120 },
      ]);
    } finally {
      dispose();
    }
  });
});
