import { describe, expect, test } from 'vitest';
import { agentSessions, clipAgentSessions } from './agent-sessions.js';
import type { QueueEvent } from './queue-event.js';

let seq = 0;
function ev(sec: number, queue: string, agent: string, event: string): QueueEvent {
  return { time: sec * 1000, callId: 'NONE', queue, agent, event, data: [], seq: ++seq };
}

describe('agentSessions', () => {
  test('paused only when paused in every queue; chan_agent logins count; closed at the end of the log', () => {
    const sessions = agentSessions([
      ev(0, 'q1', 'SIP/1', 'ADDMEMBER'),
      ev(0, 'q2', 'SIP/1', 'ADDMEMBER'),
      ev(10, 'q1', 'SIP/1', 'PAUSE'),
      ev(20, 'q2', 'SIP/1', 'PAUSE'),
      ev(30, 'q1', 'SIP/1', 'UNPAUSE'),
      ev(40, 'q1', 'SIP/1', 'REMOVEMEMBER'),
      ev(50, 'q2', 'SIP/1', 'REMOVEMEMBER'),
      ev(60, 'NONE', 'Agent/7', 'AGENTLOGIN'),
      ev(70, 'NONE', 'Agent/7', 'PAUSEALL'),
      ev(100, 'NONE', '', 'CONFIGRELOAD'),
    ]);
    expect(sessions).toEqual([
      {
        agent: 'Agent/7',
        loggedInSec: 40,
        pausedSec: 30,
        periods: [
          { start: 60_000, end: 70_000, paused: false },
          { start: 70_000, end: 100_000, paused: true },
        ],
      },
      // Left only in q2, where it is still paused.
      {
        agent: 'SIP/1',
        loggedInSec: 50,
        pausedSec: 20,
        periods: [
          { start: 0, end: 20_000, paused: false },
          { start: 20_000, end: 30_000, paused: true },
          { start: 30_000, end: 40_000, paused: false },
          { start: 40_000, end: 50_000, paused: true },
        ],
      },
    ]);
  });

  test('a restart logs everybody out; a pause before any ADDMEMBER shows a membership', () => {
    const sessions = agentSessions(
      [ev(0, 'q1', 'SIP/1', 'UNPAUSE'), ev(30, 'NONE', '', 'QUEUESTART'), ev(40, 'q1', 'SIP/1', 'ADDMEMBER')],
      { until: 100_000 },
    );
    expect(sessions[0]).toMatchObject({ loggedInSec: 90, pausedSec: 0 });
  });
});

describe('clipAgentSessions', () => {
  test('keeps only the time within the window, and no agent without any', () => {
    const sessions = agentSessions([
      ev(0, 'q1', 'SIP/1', 'ADDMEMBER'),
      ev(30, 'q1', 'SIP/1', 'PAUSE'),
      ev(60, 'q1', 'SIP/1', 'UNPAUSE'),
      ev(100, 'q1', 'SIP/1', 'REMOVEMEMBER'),
      ev(0, 'q1', 'SIP/2', 'ADDMEMBER'),
      ev(10, 'q1', 'SIP/2', 'REMOVEMEMBER'),
    ]);
    expect(clipAgentSessions(sessions, 20_000, 80_000)).toEqual([
      {
        agent: 'SIP/1',
        loggedInSec: 60,
        pausedSec: 30,
        periods: [
          { start: 20_000, end: 30_000, paused: false },
          { start: 30_000, end: 60_000, paused: true },
          { start: 60_000, end: 80_000, paused: false },
        ],
      },
    ]);
  });
});
