import { defaultShortAbandonSec, type QueueHourSums, rollupThresholdsSec } from '@callqa/core';
import type { Store } from './database.js';
import { readNumber } from './mappers/values.js';
import { prepareCached, selectRows } from './sqlite/execute.js';

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

/**
 * Recomputes the hourly totals of every hour touching [from, to] (epoch ms) from the stored visits,
 * in one transaction. Importers call it for the span they wrote; recomputing (rather than adding)
 * keeps the totals right when an import completes or replaces visits already counted.
 */
export function refreshQueueHourSums(store: Store, from: number, to: number): void {
  const start = from - (from % HOUR_MS);
  const end = to - (to % HOUR_MS) + HOUR_MS;
  store.sqlite.transaction(() => {
    prepareCached(store.sqlite, 'delete from queue_hour_sums where hour_start >= ? and hour_start < ?').run(
      start,
      end,
    );
    prepareCached(store.sqlite, `insert into queue_hour_sums (${COLUMNS}) ${TOTALS}`).run(start, end);
  })();
}

/** The hourly totals of [from, to), for reports. */
export function listQueueHourSums(
  store: Store,
  filter: { from?: number; to?: number } = {},
): QueueHourSums[] {
  let query = store.db.selectFrom('queue_hour_sums').selectAll();
  if (filter.from !== undefined) query = query.where('hour_start', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('hour_start', '<', filter.to);
  return selectRows(store, query).map((row) => {
    const r = row as unknown as Record<string, number | string | null>;
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
