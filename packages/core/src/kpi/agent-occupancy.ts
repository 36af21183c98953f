import type { AgentSession } from '../telephony/agent-sessions.js';
import type { QueueCall } from '../telephony/queue-event.js';
import { ratio } from './ratio.js';

export type AgentOccupancy = {
  agent: string;
  /** Answered queue visits the agent handled. */
  handled: number;
  /** Talk + hold + after-call work of those visits, in seconds (visits with unknown talk add 0). */
  handleSec: number;
  loggedInSec: number;
  pausedSec: number;
  /** handleSec / (loggedInSec − pausedSec): the share of available time spent on calls. */
  occupancy: number | null;
  /** handled / logged-in hours. */
  callsPerAgentHour: number | null;
};

/**
 * Occupancy and calls per agent-hour by agent. Calls and sessions meet on the agent name as logged;
 * `agentOf` maps both to one name when they differ (PBXware logs Local/1127@callback-agent as the
 * member and Agent/1127 on calls). Agents with calls but no session, or a session but no calls, still
 * get a row.
 */
export function agentOccupancy(
  calls: Iterable<QueueCall>,
  sessions: readonly AgentSession[],
  options: { agentOf?: (agent: string) => string } = {},
): AgentOccupancy[] {
  return agentOccupancyFromTotals(agentHandling(calls), sessions, options);
}

/** Answered visits and their handle time by agent (visits with unknown talk add 0 seconds). */
export function agentHandling(calls: Iterable<QueueCall>): AgentHandling[] {
  const totals = new Map<string, AgentHandling>();
  for (const call of calls) {
    if (call.outcome !== 'answered' || call.agent === undefined) continue;
    const t = totals.get(call.agent) ?? { agent: call.agent, handled: 0, handleSec: 0 };
    t.handled++;
    t.handleSec += (call.talkSec ?? 0) + (call.holdSec ?? 0) + (call.wrapSec ?? 0);
    totals.set(call.agent, t);
  }
  return [...totals.values()];
}

/** What the agent columns of a report mean, as `kpiDefinitions` says it for the queue figures. */
export const agentTimeDefinitions: Readonly<Record<string, string>> = {
  loggedInSec:
    'Seconds the agent was a member of a queue (ADDMEMBER … REMOVEMEMBER) or logged in (AGENTLOGIN … AGENTLOGOFF) within the period.',
  pausedSec: 'Part of loggedInSec the agent was paused everywhere (PAUSEALL, or paused in every queue).',
  occupancy: 'Handle time (talk + hold + after-call work) of answered visits / (loggedInSec − pausedSec).',
  callsPerAgentHour: 'Answered visits / logged-in hours.',
};

/** What an agent handled over a period: answered visits and their handle time in seconds. */
export type AgentHandling = { agent: string; handled: number; handleSec: number };

/** As `agentOccupancy`, from per-agent totals (the stored hourly totals, say) instead of visits. */
export function agentOccupancyFromTotals(
  totals: Iterable<AgentHandling>,
  sessions: readonly AgentSession[],
  options: { agentOf?: (agent: string) => string } = {},
): AgentOccupancy[] {
  const name = options.agentOf ?? ((agent: string) => agent);
  const rows = new Map<string, AgentOccupancy>();
  const row = (agent: string) => {
    let r = rows.get(agent);
    if (!r) {
      r = {
        agent,
        handled: 0,
        handleSec: 0,
        loggedInSec: 0,
        pausedSec: 0,
        occupancy: null,
        callsPerAgentHour: null,
      };
      rows.set(agent, r);
    }
    return r;
  };
  for (const s of sessions) {
    const r = row(name(s.agent));
    r.loggedInSec += s.loggedInSec;
    r.pausedSec += s.pausedSec;
  }
  for (const t of totals) {
    const r = row(name(t.agent));
    r.handled += t.handled;
    r.handleSec += t.handleSec;
  }
  for (const r of rows.values()) {
    r.occupancy = ratio(r.handleSec, r.loggedInSec - r.pausedSec);
    r.callsPerAgentHour = ratio(r.handled, r.loggedInSec / 3600);
  }
  return [...rows.values()].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
}
