import { describe, expect, test } from 'vitest';
import type { QueueEvent } from './queue-event.js';
import { reconstructQueueCalls, reconstructQueueLog } from './reconstruct-queue-calls.js';

let seq = 0;
function ev(
  sec: number,
  callId: string,
  queue: string,
  agent: string,
  event: string,
  ...data: string[]
): QueueEvent {
  return { time: sec * 1000, callId, queue, agent, event, data, seq: ++seq };
}

describe('reconstructQueueCalls', () => {
  test('an export sorted by event name (ABANDON before ENTERQUEUE in the same second) still makes one visit', () => {
    const calls = reconstructQueueCalls([
      ev(10, 'c1', 'q', '', 'ABANDON', '1', '1', '0'),
      ev(10, 'c1', 'q', '', 'ENTERQUEUE', '', '555'),
    ]);
    expect(calls).toEqual([
      {
        callId: 'c1',
        queue: 'q',
        enteredAt: 10_000,
        outcome: 'abandoned',
        waitSec: 0,
        endedAt: 10_000,
        caller: '555',
        transferred: false,
        ringNoAnswer: 0,
      },
    ]);
  });

  test('a QUEUESTART in the same second splits it: what came before stays before', () => {
    const { calls, summary } = reconstructQueueLog([
      ev(5, 'c1', 'q', '', 'ENTERQUEUE', '', '1'),
      ev(9, 'c1', 'q', '', 'ABANDON', '1', '1', '4'),
      ev(9, 'NONE', 'NONE', '', 'QUEUESTART'),
      ev(9, 'c2', 'q', '', 'ENTERQUEUE', '', '2'),
    ]);
    expect(calls.map((c) => [c.callId, c.outcome])).toEqual([
      ['c1', 'abandoned'],
      ['c2', 'noOutcome'],
    ]);
    expect(summary).toMatchObject({ restarts: 1, closedByRestart: 0, openAtEnd: 1, visitsWithoutEnter: 0 });
  });

  test('a visit whose ENTERQUEUE is before the log begins is dated back from its wait and talk times', () => {
    const { calls, summary } = reconstructQueueLog([
      ev(100, 'c1', 'q', 'Agent/1', 'COMPLETEAGENT', '20', '60', '1'),
    ]);
    expect(calls[0]).toMatchObject({
      enteredAt: 20_000,
      answeredAt: 40_000,
      waitSec: 20,
      talkSec: 60,
      outcome: 'answered',
      agent: 'Agent/1',
    });
    expect(summary.visitsWithoutEnter).toBe(1);
  });

  test('older TRANSFER layout, SYSCOMPAT and an exit without wait time', () => {
    const calls = reconstructQueueCalls([
      ev(0, 'a', 'q', '', 'ENTERQUEUE', '', '1'),
      ev(3, 'a', 'q', 'SIP/1', 'CONNECT', '3', 'b', '2'),
      ev(50, 'a', 'q', 'SIP/1', 'TRANSFER', '200', 'default', '3', '47'),
      ev(60, 'd', 'q', '', 'ENTERQUEUE', '', '2'),
      ev(62, 'd', 'q', 'SIP/2', 'SYSCOMPAT'),
      ev(70, 'e', 'q', '', 'ENTERQUEUE', '', '3'),
      ev(77, 'e', 'q', '', 'EXITWITHTIMEOUT', '1'),
    ]);
    expect(calls.map((c) => [c.outcome, c.waitSec, c.talkSec, c.transferred])).toEqual([
      ['answered', 3, 47, true],
      ['abandoned', 2, undefined, false],
      ['timeout', 7, undefined, false],
    ]);
  });

  test('rings after the answer and events after the end do not count', () => {
    const { calls, summary } = reconstructQueueLog([
      ev(0, 'a', 'q', '', 'ENTERQUEUE', '', '1'),
      ev(5, 'a', 'q', 'SIP/2', 'RINGNOANSWER', '5000'),
      ev(6, 'a', 'q', 'SIP/1', 'CONNECT', '6', 'b', '1'),
      ev(7, 'a', 'q', 'SIP/3', 'RINGCANCELED', '1000'),
      ev(9, 'a', 'q', 'SIP/1', 'COMPLETECALLER', '6', '3', '1'),
      ev(10, 'a', 'q', 'SIP/1', 'COMPLETEAGENT', '6', '4', '1'),
    ]);
    expect(calls[0]).toMatchObject({ ringNoAnswer: 1, talkSec: 3, endedBy: 'customer' });
    expect(summary.eventsAfterEnd).toBe(1);
  });
});
