import { fileURLToPath } from 'node:url';
import {
  agentOccupancy,
  agentSessions,
  kpiReport,
  type QueueCall,
  reconstructQueueLog,
  repeatCallRate,
} from '@callqa/core';
import { describe, expect, test } from 'vitest';
import { readQueueLogFile } from '../formats/read-queue-log-file.js';

// Fictional numbers written for these tests: a small center whose log has every hard case.
const dir = fileURLToPath(new URL('../../fixtures/asterisk/', import.meta.url));
const T = (s: number) => (1_740_000_000 + s) * 1000;

const expectedCalls: QueueCall[] = [
  {
    callId: '1740000098.1',
    queue: 'support',
    enteredAt: T(100),
    outcome: 'answered',
    waitSec: 18,
    answeredAt: T(118),
    agent: 'PJSIP/801',
    talkSec: 180,
    endedAt: T(298),
    endedBy: 'customer',
    caller: '13800000001',
    transferred: false,
    ringNoAnswer: 1,
  },
  {
    callId: '1740000199.3',
    queue: 'support',
    enteredAt: T(200),
    outcome: 'timeout',
    waitSec: 60,
    endedAt: T(260),
    caller: '13800000002',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740000199.3',
    queue: 'sales',
    enteredAt: T(260),
    outcome: 'answered',
    waitSec: 5,
    answeredAt: T(265),
    agent: 'PJSIP/803',
    talkSec: 120,
    endedAt: T(385),
    endedBy: 'agent',
    caller: '13800000002',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740000400.5',
    queue: 'support',
    enteredAt: T(400),
    outcome: 'answered',
    waitSec: 0,
    answeredAt: T(400),
    agent: 'PJSIP/802',
    talkSec: 60,
    endedAt: T(460),
    endedBy: 'agent',
    caller: '13800000003',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740000500.7',
    queue: 'sales',
    enteredAt: T(500),
    outcome: 'abandoned',
    waitSec: 3,
    endedAt: T(503),
    caller: '13800000004',
    transferred: false,
    ringNoAnswer: 1,
  },
  {
    callId: '1740000600.9',
    queue: 'sales',
    enteredAt: T(600),
    outcome: 'answered',
    waitSec: 40,
    answeredAt: T(640),
    agent: 'PJSIP/801',
    talkSec: 120,
    endedAt: T(760),
    caller: '13800000001',
    transferred: true,
    ringNoAnswer: 1,
  },
  {
    callId: '1740000700.11',
    queue: 'support',
    enteredAt: T(700),
    outcome: 'answered',
    waitSec: 10,
    answeredAt: T(710),
    agent: 'PJSIP/802',
    talkSec: 90,
    endedAt: T(800),
    caller: '13800000006',
    transferred: true,
    ringNoAnswer: 0,
  },
  {
    callId: '1740001000.13',
    queue: 'support',
    enteredAt: T(1000),
    outcome: 'exitKey',
    waitSec: 12,
    endedAt: T(1012),
    caller: '13800000007',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740001500.15',
    queue: 'support',
    enteredAt: T(1500),
    outcome: 'noOutcome',
    waitSec: 0,
    caller: '13800000008',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740001700.24',
    queue: 'overflow',
    enteredAt: T(1700),
    outcome: 'exitEmpty',
    waitSec: 0,
    endedAt: T(1700),
    caller: '13800000011',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740002000.21',
    queue: 'sales',
    enteredAt: T(2000),
    outcome: 'answered',
    waitSec: 8,
    answeredAt: T(2008),
    agent: 'PJSIP/803',
    caller: '13800000009',
    transferred: false,
    ringNoAnswer: 0,
  },
  {
    callId: '1740002050.23',
    queue: 'support',
    enteredAt: T(2050),
    outcome: 'noOutcome',
    waitSec: 0,
    caller: 'anonymous',
    transferred: false,
    ringNoAnswer: 0,
  },
];

describe.each([
  ['queue_log', 'text'],
  ['queue_log_table.csv', 'csv'],
] as const)('the fictional center’s %s', (file, format) => {
  test('reads without errors into the expected visits: overflow, restart, cut log, transfers, same-second disorder', async () => {
    const { events, errors } = await readQueueLogFile(dir + file, format);
    expect(errors).toEqual([]);
    expect(events).toHaveLength(47);
    const { calls, summary } = reconstructQueueLog(events);
    expect(calls).toEqual(expectedCalls);
    expect(summary).toMatchObject({
      events: 47,
      unknown: { OUTDIAL: 1 },
      visits: 12,
      restarts: 2,
      visitsWithoutEnter: 0,
      closedByRestart: 1,
      openAtEnd: 2,
      eventsAfterEnd: 0,
    });
    expect(summary.byEvent).toMatchObject({ ENTERQUEUE: 12, CONNECT: 6, PAUSE: 2, RINGCANCELED: 1, DID: 1 });
  });

  test('gives the expected KPIs', async () => {
    const { events } = await readQueueLogFile(dir + file, format);
    const { calls } = reconstructQueueLog(events);
    const report = kpiReport(calls, { by: 'queue', timeZone: 'Asia/Shanghai' });
    expect(report.total).toEqual({
      entered: 12,
      answered: 6,
      abandoned: 1,
      timedOut: 1,
      exitedOther: 2,
      noOutcome: 2,
      transferred: 2,
      shortAbandoned: 1,
      asaSec: 13.5,
      awtSec: 3,
      maxWaitSec: 60,
      ahtSec: 114,
      talkSec: 114,
      abandonRate: 1 / 8,
      abandonRateExShort: 0,
      transferRate: 2 / 6,
      serviceLevel: {
        '20': { overOffered: 5 / 8, overAnswered: 5 / 6, overOfferedExShortAbandons: 5 / 7 },
        '30': { overOffered: 5 / 8, overAnswered: 5 / 6, overOfferedExShortAbandons: 5 / 7 },
      },
    });
    expect(report.rows.map((r) => [r.key.queue, r.entered, r.answered])).toEqual([
      ['overflow', 1, 0],
      ['sales', 4, 3],
      ['support', 7, 3],
    ]);
    expect(repeatCallRate(calls, { windowHours: 24 })).toMatchObject({ answeredCalls: 6, repeated: 1 });
  });

  test('gives logged-in and paused time per agent, and occupancy', async () => {
    const { events } = await readQueueLogFile(dir + file, format);
    const sessions = agentSessions(events);
    expect(sessions.map((s) => [s.agent, s.loggedInSec, s.pausedSec])).toEqual([
      ['PJSIP/801', 2085, 300],
      ['PJSIP/802', 1595, 300],
      ['PJSIP/803', 2084, 0],
    ]);
    const occupancy = agentOccupancy(reconstructQueueLog(events).calls, sessions);
    expect(occupancy.map((o) => [o.agent, o.handled, o.handleSec])).toEqual([
      ['PJSIP/801', 2, 300],
      ['PJSIP/802', 2, 150],
      ['PJSIP/803', 2, 120],
    ]);
    expect(occupancy[0]?.occupancy).toBeCloseTo(300 / 1785, 10);
    expect(occupancy[0]?.callsPerAgentHour).toBeCloseTo(2 / (2085 / 3600), 10);
  });
});
