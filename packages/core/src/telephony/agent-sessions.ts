import type { QueueEvent } from './queue-event.js';
import { sortQueueEvents } from './queue-event-kinds.js';

/** A stretch of time an agent was logged in, paused or not. */
export type AgentPeriod = { start: number; end: number; paused: boolean };

/** An agent's logged-in and paused time over a queue_log, for occupancy and calls per agent-hour. */
export type AgentSession = {
  /** The member as logged (interface or name). */
  agent: string;
  loggedInSec: number;
  /** Part of loggedInSec spent paused (not available for calls). */
  pausedSec: number;
  periods: AgentPeriod[];
};

type State = {
  /** Queues the agent is a member of, with whether it is paused there. */
  queues: Map<string, boolean>;
  /** Logged in through chan_agent (AGENTLOGIN / AGENTCALLBACKLOGIN) rather than as a member. */
  agentLogin: boolean;
  /** PAUSEALL, or a PAUSE without a queue: paused everywhere. */
  pausedAll: boolean;
  since: number;
  status: 'out' | 'in' | 'paused';
};

function status(s: State): State['status'] {
  const loggedIn = s.queues.size > 0 || s.agentLogin;
  if (!loggedIn) return 'out';
  const paused = s.pausedAll || (s.queues.size > 0 && [...s.queues.values()].every(Boolean));
  return paused ? 'paused' : 'in';
}

function allQueues(queue: string): boolean {
  return queue === '' || queue === 'NONE';
}

/** Applies one member event; false when the event is not about membership or pauses. */
function apply(s: State, e: QueueEvent): boolean {
  switch (e.event) {
    case 'ADDMEMBER':
      if (!s.queues.has(e.queue)) s.queues.set(e.queue, false);
      return true;
    case 'REMOVEMEMBER':
      s.queues.delete(e.queue);
      return true;
    case 'AGENTLOGIN':
    case 'AGENTCALLBACKLOGIN':
      s.agentLogin = true;
      return true;
    case 'AGENTLOGOFF':
    case 'AGENTCALLBACKLOGOFF':
      s.agentLogin = false;
      return true;
    case 'PAUSE':
    case 'PAUSEALL':
      // A pause in a queue whose ADDMEMBER is before the log began still shows the membership.
      if (e.event === 'PAUSEALL' || allQueues(e.queue)) s.pausedAll = true;
      else s.queues.set(e.queue, true);
      return true;
    case 'UNPAUSE':
    case 'UNPAUSEALL':
      if (e.event === 'UNPAUSEALL' || allQueues(e.queue)) {
        s.pausedAll = false;
        for (const q of s.queues.keys()) s.queues.set(q, false);
      } else s.queues.set(e.queue, false);
      return true;
    default:
      return false;
  }
}

/**
 * Logged-in and paused time per agent. An agent is logged in while a member of at least one queue
 * (ADDMEMBER … REMOVEMEMBER) or logged in as a chan_agent agent (AGENTLOGIN … LOGOFF); it is paused
 * when paused everywhere (PAUSEALL, a PAUSE without a queue, or paused in every queue it is a member
 * of), since it cannot take a call then. QUEUESTART logs everybody out: the log does not say when
 * persistent members came back. Sessions still open at the end are closed at `until`, by default the
 * time of the log's last event.
 */
export function agentSessions(
  events: readonly QueueEvent[],
  options: { until?: number } = {},
): AgentSession[] {
  const sorted = sortQueueEvents(events);
  const states = new Map<string, State>();
  const sessions = new Map<string, AgentSession>();

  const close = (agent: string, s: State, time: number) => {
    if (s.status !== 'out' && time > s.since) {
      const session = sessions.get(agent) as AgentSession;
      const sec = (time - s.since) / 1000;
      session.loggedInSec += sec;
      if (s.status === 'paused') session.pausedSec += sec;
      session.periods.push({ start: s.since, end: time, paused: s.status === 'paused' });
    }
    s.since = time;
  };

  for (const e of sorted) {
    if (e.event === 'QUEUESTART') {
      for (const [agent, s] of states) {
        close(agent, s, e.time);
        s.queues.clear();
        s.agentLogin = false;
        s.pausedAll = false;
        s.status = 'out';
      }
      continue;
    }
    if (e.agent === '') continue;
    let s = states.get(e.agent);
    const fresh = !s;
    s ??= { queues: new Map(), agentLogin: false, pausedAll: false, since: e.time, status: 'out' };
    if (!apply(s, e)) continue;
    if (fresh) {
      states.set(e.agent, s);
      sessions.set(e.agent, { agent: e.agent, loggedInSec: 0, pausedSec: 0, periods: [] });
    }
    const next = status(s);
    if (next !== s.status) {
      close(e.agent, s, e.time);
      s.status = next;
    }
  }
  const until = options.until ?? sorted.at(-1)?.time ?? 0;
  for (const [agent, s] of states) close(agent, s, until);
  return [...sessions.values()].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
}

/**
 * The sessions as seen within [from, to): each period cut to the window, the times recounted. An
 * agent with no time in the window is left out.
 */
export function clipAgentSessions(
  sessions: readonly AgentSession[],
  from: number,
  to: number,
): AgentSession[] {
  const out: AgentSession[] = [];
  for (const s of sessions) {
    const periods: AgentPeriod[] = [];
    let loggedInSec = 0;
    let pausedSec = 0;
    for (const p of s.periods) {
      const start = Math.max(p.start, from);
      const end = Math.min(p.end, to);
      if (end <= start) continue;
      periods.push({ start, end, paused: p.paused });
      loggedInSec += (end - start) / 1000;
      if (p.paused) pausedSec += (end - start) / 1000;
    }
    if (periods.length > 0) out.push({ agent: s.agent, loggedInSec, pausedSec, periods });
  }
  return out;
}
