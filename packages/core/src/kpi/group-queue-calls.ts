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

export type QueueCallGroup = { key: Record<string, string>; calls: QueueCall[] };

export const defaultTimeZone = 'Asia/Shanghai';

/**
 * Queue visits grouped by one or more dimensions, rows in key order. Time dimensions use the moment
 * the call entered the queue, in the given zone; the agent dimension puts unanswered visits under ''.
 */
export function groupQueueCalls(
  calls: Iterable<QueueCall>,
  by: GroupDimension | readonly GroupDimension[],
  options: GroupOptions = {},
): QueueCallGroup[] {
  const dims = typeof by === 'string' ? [by] : by;
  const timeZone = options.timeZone ?? defaultTimeZone;
  const timed = dims.some((d) => d === 'hour' || d === 'day' || d === 'week' || d === 'month');
  const groups = new Map<string, QueueCallGroup>();
  for (const call of calls) {
    const local = timed ? localTime(call.enteredAt, timeZone) : undefined;
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
  call: QueueCall,
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
