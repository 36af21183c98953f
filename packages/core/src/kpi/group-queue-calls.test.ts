import { describe, expect, test } from 'vitest';
import type { QueueCall } from '../telephony/queue-event.js';
import { groupQueueCalls } from './group-queue-calls.js';
import { kpiReport } from './kpi-report.js';

function call(iso: string, over: Partial<QueueCall> = {}): QueueCall {
  return {
    callId: iso,
    queue: 'q',
    enteredAt: Date.parse(iso),
    outcome: 'answered',
    waitSec: 5,
    transferred: false,
    ringNoAnswer: 0,
    ...over,
  };
}

const keys = (calls: QueueCall[], by: Parameters<typeof groupQueueCalls>[1], timeZone?: string) =>
  groupQueueCalls(calls, by, timeZone ? { timeZone } : {}).map((g) => Object.values(g.key).join(' '));

describe('groupQueueCalls', () => {
  test('days follow the zone: 2025-03-02T16:30Z is the 3rd in Shanghai and the 2nd in UTC', () => {
    const calls = [call('2025-03-02T16:30:00Z')];
    expect(keys(calls, 'day')).toEqual(['2025-03-03']);
    expect(keys(calls, 'day', 'UTC')).toEqual(['2025-03-02']);
    expect(keys(calls, 'hour')).toEqual(['2025-03-03T00:00+08:00']);
  });

  test('ISO weeks start on Monday and belong to the year of their Thursday', () => {
    expect(keys([call('2025-03-02T12:00:00Z')], 'week', 'UTC')).toEqual(['2025-W09']);
    expect(keys([call('2025-03-03T00:30:00Z')], 'week', 'UTC')).toEqual(['2025-W10']);
    expect(keys([call('2024-12-30T12:00:00Z')], 'week', 'UTC')).toEqual(['2025-W01']);
    expect(keys([call('2021-01-03T12:00:00Z')], 'week', 'UTC')).toEqual(['2020-W53']);
    expect(keys([call('2025-03-31T16:00:00Z')], 'month')).toEqual(['2025-04']);
  });

  test('New York on the days clocks change: 23 distinct hours, and the repeated 1 a.m. kept apart', () => {
    // 2025-03-09: 02:00 EST jumps to 03:00 EDT. 2025-11-02: 01:00–02:00 happens twice.
    const spring = Array.from({ length: 24 }, (_, h) =>
      call(new Date(Date.parse('2025-03-09T05:00:00Z') + h * 3_600_000).toISOString()),
    );
    const springDays = keys(spring, 'day', 'America/New_York');
    expect(springDays).toEqual(['2025-03-09', '2025-03-10']);
    const springHours = keys(spring, 'hour', 'America/New_York');
    expect(springHours).toHaveLength(24);
    expect(springHours.slice(0, 3)).toEqual([
      '2025-03-09T00:00-05:00',
      '2025-03-09T01:00-05:00',
      '2025-03-09T03:00-04:00',
    ]);
    const fall = [call('2025-11-02T05:30:00Z'), call('2025-11-02T06:30:00Z')];
    expect(keys(fall, 'hour', 'America/New_York')).toEqual([
      '2025-11-02T01:00-04:00',
      '2025-11-02T01:00-05:00',
    ]);
    expect(keys(fall, 'day', 'America/New_York')).toEqual(['2025-11-02']);
  });

  test('several dimensions, teams from agents, unanswered calls under the empty agent', () => {
    const calls = [
      call('2025-03-02T01:00:00Z', { agent: 'a1' }),
      call('2025-03-02T02:00:00Z', { agent: 'b1', queue: 'r' }),
      call('2025-03-02T03:00:00Z', { outcome: 'abandoned' }),
    ];
    const teamOf = (agent: string) => (agent.startsWith('a') ? 'Alpha' : 'Beta');
    expect(groupQueueCalls(calls, ['queue', 'team'], { teamOf }).map((g) => [g.key, g.calls.length])).toEqual(
      [
        [{ queue: 'q', team: '' }, 1],
        [{ queue: 'q', team: 'Alpha' }, 1],
        [{ queue: 'r', team: 'Beta' }, 1],
      ],
    );
    expect(keys(calls, 'agent')).toEqual(['', 'a1', 'b1']);
  });
});

describe('kpiReport', () => {
  test('rows by key, the total and the definitions of every figure', () => {
    const report = kpiReport(
      [call('2025-03-02T16:30:00Z'), call('2025-03-03T16:30:00Z', { outcome: 'abandoned' })],
      {
        by: 'day',
        timeZone: 'UTC',
      },
    );
    expect(report.rows.map((r) => [r.key, r.entered, r.answered, r.abandoned])).toEqual([
      [{ day: '2025-03-02' }, 1, 1, 0],
      [{ day: '2025-03-03' }, 1, 0, 1],
    ]);
    expect(report.total.abandonRate).toBe(0.5);
    for (const name of [
      'entered',
      'answered',
      'abandoned',
      'timedOut',
      'noOutcome',
      'transferred',
      'asaSec',
      'ahtSec',
      'abandonRate',
    ]) {
      expect(report.definitions[name]).toBeTruthy();
    }
    expect(kpiReport([]).rows).toEqual([]);
  });
});
