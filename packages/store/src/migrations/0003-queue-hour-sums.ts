import { rollupThresholdsSec } from '@callqa/core';
import type { Kysely } from 'kysely';

/**
 * Hourly totals of queue visits by queue and agent ('' for visits no agent answered), kept in step by
 * every telephony import: a month's KPIs over millions of visits read a few thousand rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('queue_hour_sums')
    .addColumn('hour_start', 'bigint', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('entered', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('abandoned', 'integer', (c) => c.notNull())
    .addColumn('timed_out', 'integer', (c) => c.notNull())
    .addColumn('exited_other', 'integer', (c) => c.notNull())
    .addColumn('no_outcome', 'integer', (c) => c.notNull())
    .addColumn('transferred', 'integer', (c) => c.notNull())
    .addColumn('short_abandoned', 'integer', (c) => c.notNull())
    .addColumn('answered_wait_sec', 'double precision', (c) => c.notNull())
    .addColumn('abandoned_wait_sec', 'double precision', (c) => c.notNull())
    .addColumn('max_wait_sec', 'double precision')
    .addColumn('talked', 'integer', (c) => c.notNull())
    .addColumn('talk_sec', 'double precision', (c) => c.notNull())
    .addColumn('handle_sec', 'double precision', (c) => c.notNull());
  for (const t of rollupThresholdsSec) table = table.addColumn(`within_${t}`, 'integer', (c) => c.notNull());
  await table.addPrimaryKeyConstraint('queue_hour_sums_key', ['hour_start', 'queue', 'agent']).execute();
}
