import type { Store } from '../database.js';
import { readNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectRows } from '../sqlite/execute.js';

export type OverdueAppeal = { id: number; level: 1 | 2; team?: string; callId: string };
export type DueCoaching = { id: number; agentId: string; coachUserId: number };

/** Open appeals past their decision date that nobody was reminded of. */
export function overdueAppeals(store: Store, now: number): OverdueAppeal[] {
  return selectRows(
    store,
    store.db
      .selectFrom('appeals')
      .select(['id', 'level', 'team', 'call_id'])
      .where('status', '=', 'open')
      .where('due_at', '<', now)
      .where('reminded_at', 'is', null),
  ).map((r) => {
    const team = readOptionalString(r.team);
    return {
      id: readNumber(r.id),
      level: readNumber(r.level) as 1 | 2,
      callId: r.call_id,
      ...(team !== undefined ? { team } : {}),
    };
  });
}

/** Coaching records past their date, not closed, that nobody was reminded of. */
export function dueCoaching(store: Store, now: number): DueCoaching[] {
  return selectRows(
    store,
    store.db
      .selectFrom('coaching')
      .select(['id', 'agent_id', 'coach_user_id'])
      .where('status', '!=', 'closed')
      .where('due_at', '<', now)
      .where('reminded_at', 'is', null),
  ).map((r) => ({ id: readNumber(r.id), agentId: r.agent_id, coachUserId: readNumber(r.coach_user_id) }));
}

export function markReminded(store: Store, table: 'appeals' | 'coaching', id: number, now: number): void {
  execute(store, store.db.updateTable(table).set({ reminded_at: now }).where('id', '=', id));
}

/** Calls of an import run whose automatic evaluation failed a fatal item (致命项), by ACD group. */
export function fatalCallsOfRun(store: Store, runId: number): Array<{ callId: string; team?: string }> {
  return selectRows(
    store,
    store.db
      .selectFrom('calls as c')
      .innerJoin('evaluations as e', 'e.call_id', 'c.id')
      .select(['c.id', 'c.team'])
      .where('c.import_run_id', '=', runId)
      .where('e.fatal_failed', '=', 1)
      .orderBy('c.id'),
  ).map((r) => {
    const team = readOptionalString(r.team);
    return team === undefined ? { callId: r.id } : { callId: r.id, team };
  });
}
