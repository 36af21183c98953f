import { describe, expect, test } from 'vitest';
import type { QueueCall } from '../telephony/queue-event.js';
import { queueKpis } from './queue-kpis.js';

function call(over: Partial<QueueCall>): QueueCall {
  return {
    callId: 'c',
    queue: 'q',
    enteredAt: 0,
    outcome: 'answered',
    waitSec: 0,
    transferred: false,
    ringNoAnswer: 0,
    ...over,
  };
}

describe('queueKpis', () => {
  test('ratios and means over no calls are null, not NaN', () => {
    const k = queueKpis([]);
    expect(k.entered).toBe(0);
    expect(k.asaSec).toBeNull();
    expect(k.abandonRate).toBeNull();
    expect(k.maxWaitSec).toBeNull();
    expect(k.serviceLevel).toEqual({
      '20': { overOffered: null, overAnswered: null, overOfferedExShortAbandons: null },
      '30': { overOffered: null, overAnswered: null, overOfferedExShortAbandons: null },
    });
  });

  test('a wait equal to the threshold is within it; short abandons leave the ex-short ratios', () => {
    const k = queueKpis(
      [
        call({ waitSec: 10, talkSec: 100, holdSec: 20, wrapSec: 30 }),
        call({ waitSec: 11, talkSec: 50 }),
        call({ outcome: 'abandoned', waitSec: 2 }),
        call({ outcome: 'abandoned', waitSec: 40 }),
        call({ outcome: 'noOutcome', waitSec: 0 }),
      ],
      { thresholdsSec: [10], shortAbandonSec: 2 },
    );
    expect(k.ahtSec).toBe(100);
    expect(k.talkSec).toBe(75);
    expect(k.shortAbandoned).toBe(1);
    expect(k.abandonRate).toBe(0.5);
    expect(k.abandonRateExShort).toBeCloseTo(1 / 3, 12);
    expect(k.serviceLevel['10']).toEqual({
      overOffered: 0.25,
      overAnswered: 0.5,
      overOfferedExShortAbandons: 1 / 3,
    });
    expect(k.maxWaitSec).toBe(40);
    expect(k.awtSec).toBe(21);
  });
});
