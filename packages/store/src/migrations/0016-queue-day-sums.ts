import { type Kysely, sql } from 'kysely';

const DAY_MS = 86_400_000;
/** Days of UTC+08:00 (China Standard Time, no daylight saving), as the importers keep them from now on. */
const OFFSET_MS = 8 * 3_600_000;
const THRESHOLDS = [10, 15, 20, 25, 30, 40, 45, 60, 90, 120, 180, 300];
const SUMMED = [
  'entered',
  'answered',
  'abandoned',
  'timed_out',
  'exited_other',
  'no_outcome',
  'transferred',
  'short_abandoned',
  'answered_wait_sec',
  'abandoned_wait_sec',
  'talked',
  'talk_sec',
  'handle_sec',
  ...THRESHOLDS.map((t) => `within_${t}`),
];

/**
 * Daily totals beside the hourly ones, by queue and agent: a month by ACD group and day of a center
 * of 400 agents, each answering several queues, is hundreds of thousands of hourly rows, but a
 * thirtieth of that by day. Filled from the hourly totals already kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('queue_day_sums')
    .addColumn('day_start', 'bigint', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('max_wait_sec', 'double precision');
  for (const column of SUMMED) {
    const real = column.endsWith('_sec');
    table = table.addColumn(column, real ? 'double precision' : 'integer', (c) => c.notNull());
  }
  await table.addPrimaryKeyConstraint('queue_day_sums_key', ['day_start', 'queue', 'agent']).execute();
  const day = `hour_start - ((hour_start + ${OFFSET_MS} + ${DAY_MS * 1000}) % ${DAY_MS})`;
  await sql
    .raw(
      `insert into queue_day_sums (day_start, queue, agent, max_wait_sec, ${SUMMED.join(', ')})
       select ${day}, queue, agent, max(max_wait_sec), ${SUMMED.map((c) => `sum(${c})`).join(', ')}
       from queue_hour_sums group by ${day}, queue, agent`,
    )
    .execute(db);
}
