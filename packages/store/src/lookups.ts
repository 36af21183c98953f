import type { QueueEvent } from '@callqa/core';
import type { Store } from './database.js';
import { fromStoredEvent, parseStoredEvents } from './mappers/queue-event-set.js';
import { prepareCached, selectRows } from './sqlite/execute.js';

/** SQLite allows 32,766 bound values, PostgreSQL 65,535: lists are looked up in slices well below both. */
const SLICE = 500;

function* slices<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += SLICE) yield items.slice(i, i + SLICE);
}

/** Which of these call ids are already stored (an import skips inspecting them again). */
export function existingCallIds(store: Store, ids: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const slice of slices([...new Set(ids)])) {
    const rows = selectRows(store, store.db.selectFrom('calls').select('id').where('id', 'in', slice));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** Every agent's ACD group, for grouping telephony records that carry only the agent. */
export function agentTeams(store: Store): Map<string, string> {
  const teams = new Map<string, string>();
  for (const row of selectRows(store, store.db.selectFrom('agents').select(['id', 'team']))) {
    if (row.team) teams.set(row.id, row.team);
  }
  return teams;
}

/** Which of these call ids already have stored queue events (a primary-key lookup). */
export function callsWithQueueEvents(store: Store, callIds: readonly string[]): Set<string> {
  const found = new Set<string>();
  const statement = prepareCached(
    store.sqlite,
    `select call_id from queue_event_sets where part = '' and call_id in (${Array(SLICE).fill('?').join(', ')})`,
  ).pluck();
  for (const slice of slices([...new Set(callIds)])) {
    const padded = [...slice];
    while (padded.length < SLICE) padded.push(slice[slice.length - 1] as string);
    for (const id of statement.all(...padded) as string[]) found.add(id);
  }
  return found;
}

/**
 * All stored queue events of these calls, in log order: a call whose events span two log files
 * (rotation, a cut log completed later) is rebuilt from everything known about it.
 */
export function queueEventsOfCalls(store: Store, callIds: readonly string[]): QueueEvent[] {
  const events: QueueEvent[] = [];
  // One statement with a fixed number of places, prepared once: building an IN list per slice through
  // the query builder costs more than the lookups themselves. The last slice repeats its last id.
  const statement = prepareCached(
    store.sqlite,
    `select call_id, events from queue_event_sets where part = '' and call_id in (${Array(SLICE).fill('?').join(', ')})`,
  );
  for (const slice of slices([...new Set(callIds)])) {
    const padded = [...slice];
    while (padded.length < SLICE) padded.push(slice[slice.length - 1] as string);
    for (const row of statement.all(...padded) as Array<{ call_id: string; events: string }>) {
      for (const stored of parseStoredEvents(row.events)) events.push(fromStoredEvent(row.call_id, stored));
    }
  }
  return events.sort((a, b) => a.time - b.time || a.seq - b.seq);
}

/**
 * Each queue's ACD group: the team whose agents answered most of its visits, read from the daily
 * totals (a few rows a day) rather than from every stored call.
 */
export function queueTeams(store: Store): Map<string, string> {
  const rows = prepareCached(
    store.sqlite,
    `select h.queue as queue, a.team as team, sum(h.answered) as answered
     from queue_day_sums h join agents a on a.id = h.agent
     where a.team is not null
     group by h.queue, a.team
     order by answered desc`,
  ).all() as Array<{ queue: string; team: string }>;
  const teams = new Map<string, string>();
  for (const row of rows) if (!teams.has(row.queue)) teams.set(row.queue, row.team);
  return teams;
}
