import type { QueueCall } from '../telephony/queue-event.js';
import { type GroupDimension, type GroupOptions, groupQueueCalls } from './group-queue-calls.js';
import { kpiDefinitions } from './kpi-definitions.js';
import { type QueueKpiOptions, type QueueKpis, queueKpis } from './queue-kpis.js';

export type KpiReportOptions = QueueKpiOptions &
  GroupOptions & {
    /** Dimensions of the rows; none gives the total only. */
    by?: GroupDimension | readonly GroupDimension[];
  };

export type KpiReportRow = { key: Record<string, string> } & QueueKpis;

/** The shape `callqa kpi --format json` prints; scripts read these names. */
export type KpiReport = {
  rows: KpiReportRow[];
  total: QueueKpis;
  definitions: Record<string, string>;
};

export function kpiReport(calls: Iterable<QueueCall>, options: KpiReportOptions = {}): KpiReport {
  const all = [...calls];
  const rows = options.by
    ? groupQueueCalls(all, options.by, options).map((g) => ({ key: g.key, ...queueKpis(g.calls, options) }))
    : [];
  return { rows, total: queueKpis(all, options), definitions: { ...kpiDefinitions } };
}
