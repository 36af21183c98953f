import { describe, expect, test } from 'vitest';
import type { QueueCall, QueueOutcome } from '../telephony/queue-event.js';
import { type KpiReportOptions, kpiReport } from './kpi-report.js';
import { hourlySums, hourlySumsSupport, kpiReportFromHourlySums } from './kpi-report-from-sums.js';

function visits(n: number): QueueCall[] {
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const outcomes: QueueOutcome[] = [
    'answered',
    'answered',
    'answered',
    'abandoned',
    'timeout',
    'exitEmpty',
    'noOutcome',
  ];
  const start = Date.parse('2025-03-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const outcome = outcomes[Math.floor(rand() * outcomes.length)] as QueueOutcome;
    const enteredAt = start + Math.floor(rand() * 40 * 86_400_000);
    const waitSec = Math.floor(rand() * 200);
    return {
      callId: `c${i}`,
      queue: `q${i % 3}`,
      enteredAt,
      outcome,
      waitSec,
      transferred: rand() < 0.05,
      ringNoAnswer: 0,
      ...(outcome === 'answered'
        ? {
            agent: `a${i % 7}`,
            talkSec: Math.floor(rand() * 400),
            ...(rand() < 0.5 ? { holdSec: 10, wrapSec: 20 } : {}),
          }
        : {}),
    };
  });
}

function close(a: unknown, b: unknown) {
  expect(
    JSON.parse(JSON.stringify(a), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)),
  ).toEqual(
    JSON.parse(JSON.stringify(b), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)),
  );
}

describe('a report from hourly totals', () => {
  const calls = visits(5000);
  const hours = hourlySums(calls);
  const teamOf = (agent: string) => (agent < 'a4' ? 'A' : 'B');
  const teamOfQueue = (queue: string) => (queue === 'q0' ? 'A' : 'B');
  const cases: KpiReportOptions[] = [
    { by: ['team', 'day'], teamOf, teamOfQueue },
    { by: 'hour', timeZone: 'America/New_York', thresholdsSec: [10, 60] },
    { by: ['queue', 'week'], timeZone: 'Europe/Berlin' },
    { by: ['agent', 'month'] },
    {},
  ];
  test.each(cases)('equals the report from the visits themselves (%#)', (options) => {
    expect(
      hourlySumsSupport(
        hours.map((h) => h.hourStart),
        options,
      ),
    ).toBe(true);
    close(kpiReportFromHourlySums(hours, options), kpiReport(calls, options));
  });

  test('declines thresholds it does not keep, another short-abandon limit, and half-hour zones', () => {
    const at = hours.map((h) => h.hourStart);
    expect(hourlySumsSupport(at, { thresholdsSec: [22] })).toBe(false);
    expect(hourlySumsSupport(at, { shortAbandonSec: 8 })).toBe(false);
    expect(hourlySumsSupport(at, { timeZone: 'Asia/Kolkata' })).toBe(false);
  });
});
