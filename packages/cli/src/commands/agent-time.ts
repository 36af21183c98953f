import {
  type AgentHandling,
  type AgentOccupancy,
  agentOccupancyFromTotals,
  agentSessions,
  clipAgentSessions,
  type QueueHourSums,
} from '@callqa/core';
import { listMemberEvents, type Store } from '@callqa/store';

/** How far back membership is looked for: an agent added to a queue before the report began is still in it. */
const LOOKBACK_MS = 7 * 86_400_000;

/**
 * Logged-in and paused time, occupancy and calls per agent-hour of each agent over [from, to), from
 * the stored member events and what the agents handled. Undefined when the store has no member
 * events for the period (CDR or CSV imports carry none).
 */
export function agentTimes(
  store: Store,
  handled: Iterable<AgentHandling>,
  range: { from?: number; to?: number },
): Map<string, AgentOccupancy> | undefined {
  const events = listMemberEvents(store, {
    ...(range.from !== undefined ? { from: range.from - LOOKBACK_MS } : {}),
    ...(range.to !== undefined ? { to: range.to } : {}),
  });
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return undefined;
  // Sessions still open are closed at the last event known, never at a report end in the future.
  const until = Math.min(range.to ?? last.time, last.time);
  const sessions = clipAgentSessions(
    agentSessions(events, { until }),
    range.from ?? first.time,
    range.to ?? until,
  );
  return new Map(agentOccupancyFromTotals(handled, sessions).map((o) => [o.agent, o]));
}

/** Answered visits and handle time by agent, from hourly totals kept by agent. */
export function handledFromHours(hours: readonly QueueHourSums[]): AgentHandling[] {
  const totals = new Map<string, AgentHandling>();
  for (const h of hours) {
    if (!h.agent) continue;
    const t = totals.get(h.agent) ?? { agent: h.agent, handled: 0, handleSec: 0 };
    t.handled += h.sums.answered;
    t.handleSec += h.sums.handleSec;
    totals.set(h.agent, t);
  }
  return [...totals.values()];
}
