import { describe, expect, test } from 'vitest';
import type { QueueCall } from '../telephony/queue-event.js';
import { qaKpis } from './qa-kpis.js';
import { repeatCallRate } from './repeat-call-rate.js';
import { surveyKpis } from './survey-kpis.js';

const H = 3_600_000;

function call(
  callId: string,
  caller: string | undefined,
  hour: number,
  over: Partial<QueueCall> = {},
): QueueCall {
  return {
    callId,
    queue: 'q',
    enteredAt: hour * H,
    outcome: 'answered',
    waitSec: 0,
    transferred: false,
    ringNoAnswer: 0,
    ...(caller === undefined ? {} : { caller }),
    ...over,
  };
}

describe('repeatCallRate', () => {
  const calls = [
    call('1', '138', 0),
    call('2', '138', 20, { outcome: 'abandoned' }),
    call('3', '139', 0),
    call('3', '139', 0.1, { queue: 'overflow' }),
    call('4', '139', 50),
    call('5', 'anonymous', 1),
  ];

  test('counts an answered call repeated when the same caller calls again within the window', () => {
    expect(repeatCallRate(calls, { windowHours: 24 })).toEqual({
      windowHours: 24,
      answeredCalls: 3,
      repeated: 1,
      repeatRate: 1 / 3,
      fcr: 2 / 3,
      withoutCaller: 1,
      censored: 0,
    });
    expect(repeatCallRate(calls, { windowHours: 72 }).repeated).toBe(2);
  });

  test('leaves out calls whose window is not fully observed', () => {
    const r = repeatCallRate(calls, { windowHours: 24, observedUntil: 30 * H });
    expect(r).toMatchObject({ answeredCalls: 2, repeated: 1, censored: 1 });
  });
});

describe('surveyKpis', () => {
  test('CSAT top-2-box and mean; NPS in points', () => {
    const base = { id: 'x', answeredAt: 0 };
    const k = surveyKpis([
      { ...base, csat: 5, nps: 10 },
      { ...base, csat: 4, nps: 9 },
      { ...base, csat: 2, nps: 6 },
      { ...base, csat: 3, nps: 8 },
      { ...base, csat: 7, nps: 11 },
    ]);
    expect(k).toEqual({
      csatResponses: 4,
      csatMean: 3.5,
      csatTop2Box: 0.5,
      npsResponses: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      nps: 25,
      invalid: 2,
    });
    expect(surveyKpis([]).nps).toBeNull();
  });
});

describe('qaKpis', () => {
  test('pass rate, mean score, errors per call and share with an A-class error', () => {
    const k = qaKpis([
      { passed: true, score: 95, classCounts: { A: 0, B: 0, C: 1 } },
      { passed: false, score: 60, classCounts: { A: 1, B: 2, C: 0 }, deductions: 4 },
    ]);
    expect(k).toEqual({ inspected: 2, passRate: 0.5, meanScore: 77.5, errorRate: 2.5, aClassShare: 0.5 });
    expect(qaKpis([]).passRate).toBeNull();
  });
});
