import type { QueueCall } from '../telephony/queue-event.js';
import { type GroupDimension, groupQueueCalls } from './group-queue-calls.js';
import { kpiDefinitions } from './kpi-definitions.js';
import type { KpiReport, KpiReportOptions } from './kpi-report.js';
import { localTime } from './local-time.js';
import {
  addSums,
  emptySums,
  type QueueKpiSums,
  queueKpisFromSums,
  sumQueueCalls,
  sumsSupport,
} from './queue-kpi-sums.js';

/** The totals of one queue and one agent (none for unanswered visits) over one UTC hour. */
export type QueueHourSums = { hourStart: number; queue: string; agent?: string; sums: QueueKpiSums };

const HOUR_MS = 3_600_000;

/**
 * Whether hourly totals can answer a report: the thresholds and short-abandon limit are kept, and
 * every hour of the report's zone starts on a UTC hour (not so in India, Nepal or parts of Australia).
 */
export function hourlySumsSupport(hours: Iterable<number>, options: KpiReportOptions): boolean {
  if (!sumsSupport(options)) return false;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const days = new Set<number>();
  for (const hour of hours) days.add(Math.floor(hour / (6 * HOUR_MS)));
  for (const slot of days) if (localTime(slot * 6 * HOUR_MS, timeZone).offsetMin % 60 !== 0) return false;
  return true;
}

/**
 * The report `kpiReport` gives over visits, from hourly totals instead: rows are grouped as the
 * visits of those hours would be (an hour lies within one local day when the zone's offset is whole
 * hours), and every figure is computed from summed totals.
 */
export function kpiReportFromHourlySums(
  hours: readonly QueueHourSums[],
  options: KpiReportOptions = {},
): KpiReport {
  const items = hours.map((h) => ({
    queue: h.queue,
    enteredAt: h.hourStart,
    sums: h.sums,
    ...(h.agent ? { agent: h.agent } : {}),
  }));
  const total = emptySums();
  for (const item of items) addSums(total, item.sums);
  const rows = options.by
    ? groupQueueCalls(items, options.by as GroupDimension | readonly GroupDimension[], options).map((g) => {
        const sums = emptySums();
        for (const item of g.calls) addSums(sums, item.sums);
        return { key: g.key, ...queueKpisFromSums(sums, options) };
      })
    : [];
  return { rows, total: queueKpisFromSums(total, options), definitions: { ...kpiDefinitions } };
}

/** Hourly totals of visits by queue and agent, as the store's rollup keeps them. */
export function hourlySums(calls: Iterable<QueueCall>): QueueHourSums[] {
  const byKey = new Map<string, { hourStart: number; queue: string; agent?: string; calls: QueueCall[] }>();
  for (const call of calls) {
    const hourStart = call.enteredAt - (call.enteredAt % HOUR_MS);
    const key = `${hourStart}\u0000${call.queue}\u0000${call.agent ?? ''}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { hourStart, queue: call.queue, calls: [], ...(call.agent ? { agent: call.agent } : {}) };
      byKey.set(key, entry);
    }
    entry.calls.push(call);
  }
  return [...byKey.values()].map(({ calls: list, ...rest }) => ({ ...rest, sums: sumQueueCalls(list) }));
}
