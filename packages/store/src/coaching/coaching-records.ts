import type { CallScope } from '@callqa/core';
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { CoachingTable, Store } from '../database.js';
import { readNumber, readOptionalNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectFirst, selectRows } from '../sqlite/execute.js';

export type CoachingRecord = {
  id: number;
  agentId: string;
  team?: string;
  callId?: string;
  checks: string[];
  problem: string;
  plan: string;
  goal: string;
  dueAt: number;
  coachedAt: number;
  coachUserId: number;
  status: 'open' | 'acknowledged' | 'closed';
  acknowledgedAt?: number;
  followUp?: string;
  createdAt: number;
};

export type NewCoaching = Omit<CoachingRecord, 'id' | 'status' | 'acknowledgedAt' | 'followUp' | 'createdAt'>;

export function createCoaching(store: Store, record: NewCoaching, now = Date.now()): number {
  return Number(
    execute(
      store,
      store.db.insertInto('coaching').values({
        agent_id: record.agentId,
        team: record.team ?? null,
        call_id: record.callId ?? null,
        checks: JSON.stringify(record.checks),
        problem: record.problem,
        plan: record.plan,
        goal: record.goal,
        due_at: record.dueAt,
        coached_at: record.coachedAt,
        coach_user_id: record.coachUserId,
        status: 'open',
        created_at: now,
      }),
    ).lastInsertRowid,
  );
}

type Row = Selectable<CoachingTable>;

function rowToCoaching(row: Row): CoachingRecord {
  const record: CoachingRecord = {
    id: readNumber(row.id),
    agentId: row.agent_id,
    checks: JSON.parse(row.checks) as string[],
    problem: row.problem,
    plan: row.plan,
    goal: row.goal,
    dueAt: readNumber(row.due_at),
    coachedAt: readNumber(row.coached_at),
    coachUserId: readNumber(row.coach_user_id),
    status: row.status as CoachingRecord['status'],
    createdAt: readNumber(row.created_at),
  };
  const team = readOptionalString(row.team);
  if (team !== undefined) record.team = team;
  const callId = readOptionalString(row.call_id);
  if (callId !== undefined) record.callId = callId;
  const ack = readOptionalNumber(row.acknowledged_at);
  if (ack !== undefined) record.acknowledgedAt = ack;
  const followUp = readOptionalString(row.follow_up);
  if (followUp !== undefined) record.followUp = followUp;
  return record;
}

export function getCoaching(store: Store, id: number): CoachingRecord | undefined {
  const row = selectFirst(store, store.db.selectFrom('coaching').selectAll().where('id', '=', id));
  return row ? rowToCoaching(row as Row) : undefined;
}

/** Coaching records within a reader's scope, newest first. */
export function listCoaching(
  store: Store,
  filter: { scope: CallScope; agentId?: string; status?: CoachingRecord['status'] },
): CoachingRecord[] {
  let query = store.db.selectFrom('coaching').selectAll().orderBy('id', 'desc').limit(1000);
  const { scope } = filter;
  if (scope.kind === 'agent') query = query.where('agent_id', '=', scope.agentId);
  else if (scope.kind === 'teams')
    query =
      scope.teams.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('team', 'in', scope.teams);
  if (filter.agentId !== undefined) query = query.where('agent_id', '=', filter.agentId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return selectRows(store, query).map((row) => rowToCoaching(row as Row));
}

export function updateCoaching(
  store: Store,
  id: number,
  change: { status?: CoachingRecord['status']; acknowledgedAt?: number; followUp?: string },
): boolean {
  const values: Record<string, unknown> = {};
  if (change.status !== undefined) values.status = change.status;
  if (change.acknowledgedAt !== undefined) values.acknowledged_at = change.acknowledgedAt;
  if (change.followUp !== undefined) values.follow_up = change.followUp;
  return execute(store, store.db.updateTable('coaching').set(values).where('id', '=', id)).changes > 0;
}

/** The ACD group an agent belongs to, from the directory. */
export function teamOfAgent(store: Store, agentId: string): string | undefined {
  const row = selectFirst(store, store.db.selectFrom('agents').select('team').where('id', '=', agentId));
  return readOptionalString(row?.team ?? null);
}

/** Accounts of an agent id (to tell the agent about their coaching or training). */
export function usersOfAgent(store: Store, agentId: string): number[] {
  return selectRows(
    store,
    store.db.selectFrom('users').select('id').where('agent_id', '=', agentId).where('disabled', '=', 0),
  ).map((r) => readNumber(r.id));
}
