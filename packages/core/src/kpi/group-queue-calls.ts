import type { QueueCall } from '../telephony/queue-event.js';
import { dayKey, hourKey, isoWeekKey, localTime, monthKey } from './local-time.js';

export const groupDimensions = ['queue', 'team', 'agent', 'hour', 'day', 'week', 'month'] as const;
export type GroupDimension = (typeof groupDimensions)[number];

export type GroupOptions = {
  /** IANA zone of the calendar that hours, days, weeks and months follow; Asia/Shanghai by default. */
  timeZone?: string;
  /** The team of an agent; calls without an agent or team fall in team ''. */
  teamOf?: (agent: string) => string | undefined;
  /** The ACD group a queue belongs to: where a call no agent answered (abandoned) is counted. */
  teamOfQueue?: (queue: string) => string | undefined;
};

export type QueueCallGroup<T extends Groupable = QueueCall> = { key: Record<string, string>; calls: T[] };

/** What grouping reads: a visit, or an hour's totals of one queue and agent. */
export type Groupable = Pick<QueueCall, 'queue' | 'agent' | 'enteredAt'>;

/** Zone offsets are multiples of 15 minutes, so every moment of a 15-minute slot has the same hour, day, week and month. */
const SLOT_MS = 900_000;

export const defaultTimeZone = 'Asia/Shanghai';

/**
 * Queue visits grouped by one or more dimensions, rows in key order. Time dimensions use the moment
 * the call entered the queue, in the given zone; the agent dimension puts unanswered visits under ''.
 */
export function groupQueueCalls<T extends Groupable = QueueCall>(
  calls: Iterable<T>,
  by: GroupDimension | readonly GroupDimension[],
  options: GroupOptions = {},
): QueueCallGroup<T>[] {
  const dims = typeof by === 'string' ? [by] : by;
  const timeZone = options.timeZone ?? defaultTimeZone;
  const timed = dims.some((d) => d === 'hour' || d === 'day' || d === 'week' || d === 'month');
  const groups = new Map<string, QueueCallGroup<T>>();
  // Formatting a time in a zone is the slow part of grouping: once per 15-minute slot, not per visit.
  const slots = new Map<number, ReturnType<typeof localTime>>();
  for (const call of calls) {
    let local: ReturnType<typeof localTime> | undefined;
    if (timed) {
      const slot = Math.floor(call.enteredAt / SLOT_MS);
      local = slots.get(slot);
      if (!local) {
        local = localTime(slot * SLOT_MS, timeZone);
        slots.set(slot, local);
      }
    }
    const key: Record<string, string> = {};
    for (const d of dims) key[d] = dimensionValue(call, d, local, options);
    const id = dims.map((d) => key[d]).join('\u0000');
    let group = groups.get(id);
    if (!group) {
      group = { key, calls: [] };
      groups.set(id, group);
    }
    group.calls.push(call);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

function dimensionValue(
  call: Groupable,
  d: GroupDimension,
  local: ReturnType<typeof localTime> | undefined,
  options: GroupOptions,
): string {
  switch (d) {
    case 'queue':
      return call.queue;
    case 'agent':
      return call.agent ?? '';
    case 'team':
      return (
        (call.agent === undefined ? undefined : options.teamOf?.(call.agent)) ??
        options.teamOfQueue?.(call.queue) ??
        ''
      );
    case 'hour':
      return local ? hourKey(local) : '';
    case 'day':
      return local ? dayKey(local) : '';
    case 'week':
      return local ? isoWeekKey(local) : '';
    case 'month':
      return local ? monthKey(local) : '';
  }
}
