import { defaultShortAbandonSec, type QueueHourSums, rollupThresholdsSec } from '@callqa/core';
import type { Store } from './database.js';
import { readNumber } from './mappers/values.js';
import { prepareCached } from './sqlite/execute.js';

const HOUR_MS = 3_600_000;

const answered = (expression: string) => `sum(case when outcome = 'answered' ${expression} else 0 end)`;

/** Portable SQL (SQLite and PostgreSQL) that totals the visits of [from, to) by hour, queue and agent. */
const TOTALS = `
  select entered_at - (entered_at % ${HOUR_MS}) as hour_start, queue, coalesce(agent, '') as agent,
    count(*) as entered,
    ${answered('then 1')} as answered,
    sum(case when outcome = 'abandoned' then 1 else 0 end) as abandoned,
    sum(case when outcome = 'timeout' then 1 else 0 end) as timed_out,
    sum(case when outcome in ('exitEmpty', 'exitKey') then 1 else 0 end) as exited_other,
    sum(case when outcome = 'noOutcome' then 1 else 0 end) as no_outcome,
    ${answered('and transferred <> 0 then 1')} as transferred,
    sum(case when outcome = 'abandoned' and wait_sec <= ${defaultShortAbandonSec} then 1 else 0 end) as short_abandoned,
    ${answered('then wait_sec')} as answered_wait_sec,
    sum(case when outcome = 'abandoned' then wait_sec else 0 end) as abandoned_wait_sec,
    max(case when outcome <> 'noOutcome' then wait_sec end) as max_wait_sec,
    ${answered('and talk_sec is not null then 1')} as talked,
    ${answered('and talk_sec is not null then talk_sec')} as talk_sec,
    ${answered('and talk_sec is not null then talk_sec + coalesce(hold_sec, 0) + coalesce(wrap_sec, 0)')} as handle_sec,
    ${rollupThresholdsSec.map((t) => `${answered(`and wait_sec <= ${t} then 1`)} as within_${t}`).join(',\n    ')}
  from queue_calls
  where entered_at >= ? and entered_at < ?
  group by entered_at - (entered_at % ${HOUR_MS}), queue, coalesce(agent, '')`;

const COLUMNS = `hour_start, queue, agent, entered, answered, abandoned, timed_out, exited_other, no_outcome,
  transferred, short_abandoned, answered_wait_sec, abandoned_wait_sec, max_wait_sec, talked, talk_sec, handle_sec,
  ${rollupThresholdsSec.map((t) => `within_${t}`).join(', ')}`;

/** The insert of totals for [?, ?), shared with the migration that fills the table for older data. */
export const INSERT_TOTALS = `insert into queue_hour_sums (${COLUMNS}) ${TOTALS}`;

/** The columns a coarser grain adds up (max_wait_sec takes the maximum). */
const SUMMED_COLUMNS = [
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
  ...rollupThresholdsSec.map((t) => `within_${t}`),
];

const DAY_MS = 86_400_000;
/**
 * Daily totals are kept for the days of UTC+08:00 (China Standard Time, which has no daylight
 * saving): a report by day in a zone of that offset reads them; any other zone reads the hours.
 */
export const DAY_SUMS_OFFSET_MS = 8 * HOUR_MS;
const dayOf = (ms: number) => ms - ((((ms + DAY_SUMS_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS);

const INSERT_DAY_TOTALS = `insert into queue_day_sums (day_start, queue, agent, max_wait_sec, ${SUMMED_COLUMNS.join(', ')})
  select hour_start - ((hour_start + ${DAY_SUMS_OFFSET_MS} + ${DAY_MS * 1000}) % ${DAY_MS}), queue, agent,
    max(max_wait_sec), ${SUMMED_COLUMNS.map((c) => `sum(${c})`).join(', ')}
  from queue_hour_sums where hour_start >= ? and hour_start < ?
  group by hour_start - ((hour_start + ${DAY_SUMS_OFFSET_MS} + ${DAY_MS * 1000}) % ${DAY_MS}), queue, agent`;

/**
 * Recomputes the hourly totals of every hour touching [from, to] (epoch ms) from the stored visits,
 * and the daily totals of the days those hours fall in, in one transaction. Importers call it for
 * the span they wrote; recomputing (rather than adding) keeps the totals right when an import
 * completes or replaces visits already counted.
 */
export function refreshQueueHourSums(store: Store, from: number, to: number): void {
  const start = from - (from % HOUR_MS);
  const end = to - (to % HOUR_MS) + HOUR_MS;
  store.sqlite.transaction(() => {
    prepareCached(store.sqlite, 'delete from queue_hour_sums where hour_start >= ? and hour_start < ?').run(
      start,
      end,
    );
    prepareCached(store.sqlite, INSERT_TOTALS).run(start, end);
    const firstDay = dayOf(start);
    const endDay = dayOf(end - 1) + DAY_MS;
    prepareCached(store.sqlite, 'delete from queue_day_sums where day_start >= ? and day_start < ?').run(
      firstDay,
      endDay,
    );
    prepareCached(store.sqlite, INSERT_DAY_TOTALS).run(firstDay, endDay);
  })();
}

/**
 * What a report needs to tell rows apart: the queue, the agent, or (for ACD groups) the agent and,
 * for visits no agent answered, the queue. The rest is summed in the database.
 */
export type HourSumsDetail = {
  queue: boolean;
  agent: boolean;
  queueWhenNoAgent?: boolean;
  /**
   * How finely time must stay apart: by hour; by local day (the zone's fixed offset in ms east of
   * UTC over the whole range, so each row starts at a local midnight); or not at all.
   */
  time?: { by: 'hour' } | { by: 'day'; offsetMs: number } | { by: 'none' };
};

/** The totals of [from, to), summed over what the report does not tell apart. */
export function listQueueHourSums(
  store: Store,
  filter: { from?: number; to?: number } = {},
  detail: HourSumsDetail = { queue: true, agent: true },
): QueueHourSums[] {
  const queue = detail.queue
    ? 'queue'
    : detail.queueWhenNoAgent
      ? "case when agent = '' then queue else '' end"
      : "''";
  const agent = detail.agent || detail.queueWhenNoAgent ? 'agent' : "''";
  const time = detail.time ?? { by: 'hour' };
  // The daily totals answer when the report keeps no time finer than their days and its bounds fall
  // on their midnights: a thirtieth of the rows of the hourly ones.
  const onDays = (ms: number | undefined) => ms === undefined || dayOf(ms) === ms;
  const daily =
    (time.by === 'none' || (time.by === 'day' && time.offsetMs === DAY_SUMS_OFFSET_MS)) &&
    onDays(filter.from) &&
    onDays(filter.to);
  const column = daily ? 'day_start' : 'hour_start';
  // Integer arithmetic both databases share: the UTC moment of the local midnight a row's hour falls in.
  const start =
    time.by === 'none'
      ? `min(${column})`
      : daily || time.by === 'hour'
        ? column
        : `hour_start - ((hour_start + ${Math.trunc(time.offsetMs)} + ${DAY_MS * 1000}) % ${DAY_MS})`;
  const where: string[] = [];
  const params: number[] = [];
  if (filter.from !== undefined) {
    where.push(`${column} >= ?`);
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push(`${column} < ?`);
    params.push(filter.to);
  }
  const text = `select ${start} as hour_start, ${queue} as queue, ${agent} as agent, max(max_wait_sec) as max_wait_sec,
    ${SUMMED_COLUMNS.map((c) => `sum(${c}) as ${c}`).join(', ')}
    from ${daily ? 'queue_day_sums' : 'queue_hour_sums'} ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
    group by ${time.by === 'none' ? '' : `${start}, `}${queue}, ${agent}`;
  const rows = prepareCached(store.sqlite, text).all(...params) as Array<
    Record<string, number | string | null>
  >;
  return rows.map((row) => {
    const r = row;
    const n = (column: string) => readNumber(r[column] as number);
    return {
      hourStart: n('hour_start'),
      queue: String(r.queue),
      ...(r.agent ? { agent: String(r.agent) } : {}),
      sums: {
        entered: n('entered'),
        answered: n('answered'),
        abandoned: n('abandoned'),
        timedOut: n('timed_out'),
        exitedOther: n('exited_other'),
        noOutcome: n('no_outcome'),
        transferred: n('transferred'),
        shortAbandoned: n('short_abandoned'),
        shortAbandonSec: defaultShortAbandonSec,
        answeredWaitSec: n('answered_wait_sec'),
        abandonedWaitSec: n('abandoned_wait_sec'),
        maxWaitSec: r.max_wait_sec === null ? null : n('max_wait_sec'),
        talked: n('talked'),
        talkSec: n('talk_sec'),
        handleSec: n('handle_sec'),
        answeredWithin: Object.fromEntries(rollupThresholdsSec.map((t) => [String(t), n(`within_${t}`)])),
      },
    };
  });
}
