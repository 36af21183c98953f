import {
  type AgentOccupancy,
  agentHandling,
  agentTimeDefinitions,
  type GroupDimension,
  groupDimensions,
  hourlySumsSupport,
  type KpiReport,
  type KpiReportOptions,
  kpiReport,
  kpiReportFromHourlySums,
  localTime,
  parseReportTime,
  type QueueKpis,
} from '@callqa/core';

import {
  agentTeams,
  type HourSumsDetail,
  listQueueCalls,
  listQueueHourSums,
  queueTeams,
  type Store,
} from '@callqa/store';
import { csvField } from '../format/csv-formatter.js';
import { displayWidth, padDisplay, padDisplayStart } from '../format/display-width.js';
import { agentTimes, handledFromHours } from './agent-time.js';
import { CliError } from './cli-error.js';

export type KpiOptions = {
  from?: string;
  to?: string;
  by: GroupDimension[];
  thresholdsSec: number[];
  shortAbandonSec?: number;
  timeZone: string;
  format: 'table' | 'csv' | 'json';
  language: 'zh' | 'en';
  /** 'visits' computes from every stored visit, bypassing the hourly totals (to check them). */
  source?: 'auto' | 'visits';
};

/**
 * How finely the stored hourly totals must keep time for these rows: hours for an hourly report; local
 * days when the report's zone keeps one offset over the range (days, weeks and months are unions of
 * such days); nothing without a time dimension.
 */
function timeDetail(
  dims: Set<GroupDimension>,
  timeZone: string,
  from: number | undefined,
  to: number | undefined,
): HourSumsDetail['time'] {
  if (dims.has('hour')) return { by: 'hour' };
  if (!dims.has('day') && !dims.has('week') && !dims.has('month')) return { by: 'none' };
  if (from === undefined || to === undefined) return { by: 'hour' };
  const offsets = new Set<number>();
  for (let t = from; t <= to; t += 6 * 3_600_000) offsets.add(localTime(t, timeZone).offsetMin);
  const [offset] = offsets;
  return offsets.size === 1 && offset !== undefined
    ? { by: 'day', offsetMs: offset * 60_000 }
    : { by: 'hour' };
}

/** A date (YYYY-MM-DD, in the report's zone) or a full ISO time, as epoch ms. */
export function parseWhen(
  value: string | undefined,
  flag: string,
  timeZone: string,
  endOfDay = false,
): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseReportTime(value, timeZone, { endOfDay });
  if (ms === null) {
    throw new CliError(
      /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${flag}: no such date "${value}"`
        : `${flag}: expected YYYY-MM-DD or an ISO time, got "${value}"`,
    );
  }
  return ms;
}

export function parseBy(value: string | undefined): GroupDimension[] {
  if (!value) return [];
  const dims = value.split(',').map((s) => s.trim());
  for (const d of dims) {
    if (!(groupDimensions as readonly string[]).includes(d))
      throw new CliError(`--by must be among ${groupDimensions.join(', ')} (got "${d}")`);
  }
  return dims as GroupDimension[];
}

export function parseThresholds(value: string | undefined): number[] {
  if (!value) return [20, 30];
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isFinite(n) || n <= 0))
    throw new CliError(`--sl: expected seconds like 20,30 (got "${value}")`);
  return list;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const sec = (x: number | null) => (x === null ? '—' : x.toFixed(1));

type AgentTimeKpis = Pick<AgentOccupancy, 'loggedInSec' | 'pausedSec' | 'occupancy' | 'callsPerAgentHour'>;

/** The report with each agent's logged-in and paused time, occupancy and calls per hour, and their total. */
function withAgentTimes(report: KpiReport, times: Map<string, AgentOccupancy>): KpiReport {
  const sum = { loggedInSec: 0, pausedSec: 0, handled: 0, handleSec: 0 };
  const rows = report.rows.map((row) => {
    const time = times.get(row.key.agent ?? '');
    if (!time) return row;
    sum.loggedInSec += time.loggedInSec;
    sum.pausedSec += time.pausedSec;
    sum.handled += time.handled;
    sum.handleSec += time.handleSec;
    return { ...row, ...agentTimeKpis(time) };
  });
  const total: AgentTimeKpis = {
    loggedInSec: sum.loggedInSec,
    pausedSec: sum.pausedSec,
    occupancy: sum.loggedInSec - sum.pausedSec > 0 ? sum.handleSec / (sum.loggedInSec - sum.pausedSec) : null,
    callsPerAgentHour: sum.loggedInSec > 0 ? sum.handled / (sum.loggedInSec / 3600) : null,
  };
  return {
    rows,
    total: { ...report.total, ...total },
    definitions: { ...report.definitions, ...agentTimeDefinitions },
  };
}

function agentTimeKpis(time: AgentOccupancy): AgentTimeKpis {
  const { loggedInSec, pausedSec, occupancy, callsPerAgentHour } = time;
  return { loggedInSec, pausedSec, occupancy, callsPerAgentHour };
}

const hoursOf = (x: number | undefined) => (x === undefined ? '—' : (x / 3600).toFixed(1));
const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));

function columns(report: KpiReport, thresholds: number[], zh: boolean, agentTime = false) {
  const head = [
    zh ? '进线' : 'entered',
    zh ? '接通' : 'answered',
    zh ? '放弃' : 'abandoned',
    zh ? '超时' : 'timed out',
    zh ? '无结果' : 'no outcome',
    zh ? '转接' : 'transferred',
    ...thresholds.map((t) => `SL${t}`),
    ...thresholds.map((t) => `SL${t}${zh ? '(接通)' : ' (ans.)'}`),
    'ASA s',
    'AHT s',
    zh ? '放弃率' : 'abandon',
    ...(agentTime
      ? [
          zh ? '在线小时' : 'logged-in h',
          zh ? '小休小时' : 'paused h',
          zh ? '占用率' : 'occupancy',
          zh ? '每小时接听' : 'calls/h',
        ]
      : []),
  ];
  const cells = (k: QueueKpis & Partial<AgentTimeKpis>) => [
    String(k.entered),
    String(k.answered),
    String(k.abandoned),
    String(k.timedOut),
    String(k.noOutcome),
    String(k.transferred),
    ...thresholds.map((t) => pct(k.serviceLevel[String(t)]?.overOffered ?? null)),
    ...thresholds.map((t) => pct(k.serviceLevel[String(t)]?.overAnswered ?? null)),
    sec(k.asaSec),
    sec(k.ahtSec),
    pct(k.abandonRate),
    ...(agentTime
      ? [hoursOf(k.loggedInSec), hoursOf(k.pausedSec), pct(k.occupancy ?? null), num(k.callsPerAgentHour)]
      : []),
  ];
  const keyNames = report.rows[0] ? Object.keys(report.rows[0].key) : [];
  const rows = report.rows.map((r) => [...keyNames.map((k) => r.key[k] ?? ''), ...cells(r)]);
  rows.push([...keyNames.map((_, i) => (i === 0 ? (zh ? '合计' : 'total') : '')), ...cells(report.total)]);
  const names: Record<string, [string, string]> = {
    queue: ['队列', 'queue'],
    team: ['ACD 组', 'ACD group'],
    agent: ['坐席', 'agent'],
    hour: ['小时', 'hour'],
    day: ['日期', 'day'],
    week: ['周', 'week'],
    month: ['月份', 'month'],
  };
  return { head: [...keyNames.map((k) => names[k]?.[zh ? 0 : 1] ?? k), ...head], rows };
}

/** callqa kpi: telephony KPIs over stored queue visits, grouped, with every definition written out. */
export function runKpi(store: Store, options: KpiOptions): string {
  const from = parseWhen(options.from, '--from', options.timeZone);
  const to = parseWhen(options.to, '--to', options.timeZone, true);
  const teams = agentTeams(store);
  const queues = queueTeams(store);
  const reportOptions: KpiReportOptions = {
    by: options.by,
    thresholdsSec: options.thresholdsSec,
    timeZone: options.timeZone,
    teamOf: (agent) => teams.get(agent),
    teamOfQueue: (queue) => queues.get(queue),
    ...(options.shortAbandonSec !== undefined ? { shortAbandonSec: options.shortAbandonSec } : {}),
  };
  const range = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  // Hourly totals answer most reports at once; other thresholds, short-abandon limits or zones whose
  // hours do not start on UTC hours are computed from the visits themselves.
  const dims = new Set(options.by);
  const hours =
    options.source === 'visits'
      ? []
      : listQueueHourSums(store, range, {
          queue: dims.has('queue'),
          agent: dims.has('agent'),
          queueWhenNoAgent: dims.has('team'),
          time: timeDetail(dims, options.timeZone, from, to),
        });
  const fromSums =
    options.source !== 'visits' &&
    (from === undefined || from % 3_600_000 === 0) &&
    (to === undefined || to % 3_600_000 === 0) &&
    hourlySumsSupport(
      hours.map((h) => h.hourStart),
      reportOptions,
    );
  const visits = fromSums ? [] : listQueueCalls(store, range);
  const queueReport: KpiReport = fromSums
    ? kpiReportFromHourlySums(hours, reportOptions)
    : kpiReport(visits, reportOptions);
  // By agent (and group), the agents' own time too: it belongs to the agent, not to a queue or an hour.
  const byAgentAlone =
    dims.has('agent') &&
    !['queue', 'hour', 'day', 'week', 'month'].some((d) => dims.has(d as GroupDimension));
  const times = byAgentAlone
    ? agentTimes(store, fromSums ? handledFromHours(hours) : agentHandling(visits), range)
    : undefined;
  const report: KpiReport = times ? withAgentTimes(queueReport, times) : queueReport;
  if (options.format === 'json') return `${JSON.stringify(report)}\n`;
  const { head, rows } = columns(
    report,
    options.thresholdsSec,
    options.language === 'zh',
    times !== undefined,
  );
  if (options.format === 'csv')
    return `\uFEFF${[head, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const keys = report.rows[0] ? Object.keys(report.rows[0].key).length : 0;
  const line = (r: string[]) =>
    r.map((c, i) => (i < keys ? padDisplay : padDisplayStart)(c, widths[i] ?? 0)).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
