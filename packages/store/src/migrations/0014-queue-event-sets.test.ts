import { Migrator } from 'kysely';
import { describe, expect, test } from 'vitest';
import { callsWithQueueEvents, queueEventsOfCalls } from '../lookups.js';
import { migrate } from '../migrate.js';
import { saveQueueEvents } from '../save-queue-events.js';
import { openTestStore } from '../test-support/builders.js';
import { migrations } from './index.js';

const T0 = Date.parse('2024-03-01T23:59:00Z');

describe('0014-queue-event-sets', () => {
  test('moves every stored event into its call or member-day set, with its line and import run', async () => {
    const { store, dispose } = await openTestStore({ migrate: false });
    try {
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0014'));
      await new Migrator({ db: store.db, provider: { getMigrations: async () => before } }).migrateToLatest();
      const sqlite = store.sqlite;
      sqlite
        .prepare(
          `insert into import_runs (kind, file, started_at, status) values ('queue-log', '/logs/queue_log', 0, 'completed')`,
        )
        .run();
      const insert = sqlite.prepare(
        `insert into queue_events (source, seq, time, call_id, queue, agent, event, data1, data2, data3, data4, data5)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      insert.run(
        '/logs/queue_log',
        3,
        T0 + 30_000,
        '1709.1',
        'sales',
        'SIP/2001',
        'CONNECT',
        '30',
        '1709.2',
        '2',
        '',
        '',
      );
      insert.run(
        '/logs/queue_log',
        2,
        T0,
        '1709.1',
        'sales',
        'NONE',
        'ENTERQUEUE',
        '',
        '13800138000',
        '1',
        '',
        '',
      );
      insert.run(
        '/logs/queue_log',
        1,
        T0 - 1000,
        'NONE',
        'sales',
        'SIP/2001',
        'ADDMEMBER',
        '',
        '',
        '',
        '',
        '',
      );
      insert.run(
        '/other/log',
        9,
        T0 + 120_000,
        'NONE',
        'sales',
        'SIP/2001',
        'PAUSE',
        'lunch',
        '',
        '',
        '',
        '',
      );
      await migrate(store);

      expect(queueEventsOfCalls(store, ['1709.1'])).toEqual([
        {
          time: T0,
          callId: '1709.1',
          queue: 'sales',
          agent: 'NONE',
          event: 'ENTERQUEUE',
          data: ['', '13800138000', '1'],
          seq: 2,
        },
        {
          time: T0 + 30_000,
          callId: '1709.1',
          queue: 'sales',
          agent: 'SIP/2001',
          event: 'CONNECT',
          data: ['30', '1709.2', '2'],
          seq: 3,
        },
      ]);
      expect([...callsWithQueueEvents(store, ['1709.1', 'NONE', '1709.9'])]).toEqual(['1709.1']);
      const sets = sqlite
        .prepare(
          'select call_id, part, first_at, last_at, event_count, events from queue_event_sets order by call_id, part',
        )
        .all() as Array<{ call_id: string; part: string; events: string }>;
      expect(sets.map((s) => [s.call_id, s.part])).toEqual([
        ['1709.1', ''],
        ['NONE', 'SIP/2001|2024-03-01'],
        ['NONE', 'SIP/2001|2024-03-02'],
      ]);
      // The run of the file the events came from; none for a file no run is recorded for.
      expect(JSON.parse(sets[1]?.events ?? '')).toEqual([
        [T0 - 1000, 'sales', 'SIP/2001', 'ADDMEMBER', [], 1, 1],
      ]);
      expect(JSON.parse(sets[2]?.events ?? '')).toEqual([
        [T0 + 120_000, 'sales', 'SIP/2001', 'PAUSE', ['lunch'], 9, null],
      ]);
      // And what was moved still counts as stored: importing it again adds nothing.
      const again = queueEventsOfCalls(store, ['1709.1']);
      expect(saveQueueEvents(store, again, 2)).toEqual({ inserted: 0, duplicates: 2 });
      expect(
        sqlite.prepare("select count(*) from sqlite_master where name = 'queue_events'").pluck().get(),
      ).toBe(0);
    } finally {
      dispose();
    }
  });
});
