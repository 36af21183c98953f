import type { Store } from '../database.js';
import { readNumber } from '../mappers/values.js';
import { prepareCached } from '../sqlite/execute.js';

/** How many calls a period held and how long they lasted on average (what sets the review quota). */
export function callVolume(
  store: Store,
  period: { since: number; until: number },
): { calls: number; averageDurationMs: number } {
  const row = prepareCached(
    store.sqlite,
    'select count(*) as calls, coalesce(avg(duration_ms), 0) as average from calls where started_at >= ? and started_at < ?',
  ).get(period.since, period.until) as { calls: number; average: number };
  return { calls: readNumber(row.calls), averageDurationMs: readNumber(row.average) };
}
