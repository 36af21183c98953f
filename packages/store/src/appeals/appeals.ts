import type { AppealStatus, CallScope } from '@callqa/core';
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { AppealsTable, Store } from '../database.js';
import { readNumber, readOptionalNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectFirst, selectRows } from '../sqlite/execute.js';

export type AppealStep = { level: number; action: string; userId: number; reason?: string; at: number };

export type Appeal = {
  id: number;
  callId: string;
  agentId?: string;
  evaluationId: number;
  reviewId?: number;
  target: { kind: 'check' | 'item'; id: string };
  agentUserId: number;
  team?: string;
  reason: string;
  level: 1 | 2;
  status: AppealStatus;
  dueAt: number;
  decidedBy?: number;
  decidedAt?: number;
  decisionReason?: string;
  correctedReviewId?: number;
  createdAt: number;
};

export type NewAppeal = Omit<
  Appeal,
  | 'id'
  | 'level'
  | 'status'
  | 'agentId'
  | 'decidedBy'
  | 'decidedAt'
  | 'decisionReason'
  | 'correctedReviewId'
  | 'createdAt'
>;

/** Files an appeal at the first level and records the step. */
export function createAppeal(store: Store, appeal: NewAppeal, now = Date.now()): number {
  return store.sqlite.transaction(() => {
    const id = Number(
      execute(
        store,
        store.db.insertInto('appeals').values({
          call_id: appeal.callId,
          evaluation_id: appeal.evaluationId,
          review_id: appeal.reviewId ?? null,
          target_kind: appeal.target.kind,
          target_id: appeal.target.id,
          agent_user_id: appeal.agentUserId,
          team: appeal.team ?? null,
          reason: appeal.reason,
          level: 1,
          status: 'open',
          due_at: appeal.dueAt,
          created_at: now,
        }),
      ).lastInsertRowid,
    );
    addAppealStep(store, id, {
      level: 1,
      action: 'file',
      userId: appeal.agentUserId,
      reason: appeal.reason,
      at: now,
    });
    return id;
  })();
}

export function addAppealStep(store: Store, appealId: number, step: AppealStep): void {
  execute(
    store,
    store.db.insertInto('appeal_steps').values({
      appeal_id: appealId,
      level: step.level,
      action: step.action,
      user_id: step.userId,
      reason: step.reason ?? null,
      at: step.at,
    }),
  );
}

export type AppealChange = {
  status: AppealStatus;
  level?: 1 | 2;
  dueAt?: number;
  decidedBy?: number | null;
  decidedAt?: number | null;
  decisionReason?: string | null;
  correctedReviewId?: number;
};

/** Moves an appeal on, only from the status the caller read (so two deciders cannot both decide). */
export function updateAppeal(store: Store, id: number, from: AppealStatus, change: AppealChange): boolean {
  const values: Record<string, unknown> = { status: change.status };
  if (change.level !== undefined) values.level = change.level;
  if (change.dueAt !== undefined) values.due_at = change.dueAt;
  if (change.decidedBy !== undefined) values.decided_by = change.decidedBy;
  if (change.decidedAt !== undefined) values.decided_at = change.decidedAt;
  if (change.decisionReason !== undefined) values.decision_reason = change.decisionReason;
  if (change.correctedReviewId !== undefined) values.corrected_review_id = change.correctedReviewId;
  return (
    execute(
      store,
      store.db.updateTable('appeals').set(values).where('id', '=', id).where('status', '=', from),
    ).changes > 0
  );
}

type Row = Selectable<AppealsTable> & { agent_id: string | null };

function rowToAppeal(row: Row): Appeal {
  const appeal: Appeal = {
    id: readNumber(row.id),
    callId: row.call_id,
    evaluationId: readNumber(row.evaluation_id),
    target: { kind: row.target_kind as 'check' | 'item', id: row.target_id },
    agentUserId: readNumber(row.agent_user_id),
    reason: row.reason,
    level: readNumber(row.level) as 1 | 2,
    status: row.status as AppealStatus,
    dueAt: readNumber(row.due_at),
    createdAt: readNumber(row.created_at),
  };
  const optional: Array<[keyof Appeal, unknown]> = [
    ['agentId', readOptionalString(row.agent_id)],
    ['reviewId', readOptionalNumber(row.review_id)],
    ['team', readOptionalString(row.team)],
    ['decidedBy', readOptionalNumber(row.decided_by)],
    ['decidedAt', readOptionalNumber(row.decided_at)],
    ['decisionReason', readOptionalString(row.decision_reason)],
    ['correctedReviewId', readOptionalNumber(row.corrected_review_id)],
  ];
  for (const [key, value] of optional)
    if (value !== undefined) (appeal as Record<string, unknown>)[key] = value;
  return appeal;
}

function appealsQuery(store: Store) {
  return store.db
    .selectFrom('appeals as a')
    .innerJoin('calls as c', 'c.id', 'a.call_id')
    .selectAll('a')
    .select('c.agent_id');
}

export function getAppeal(store: Store, id: number): Appeal | undefined {
  const row = selectFirst(store, appealsQuery(store).where('a.id', '=', id));
  return row ? rowToAppeal(row as Row) : undefined;
}

export function appealSteps(store: Store, appealId: number): AppealStep[] {
  return selectRows(
    store,
    store.db.selectFrom('appeal_steps').selectAll().where('appeal_id', '=', appealId).orderBy('id'),
  ).map((row) => {
    const step: AppealStep = {
      level: readNumber(row.level),
      action: row.action,
      userId: readNumber(row.user_id),
      at: readNumber(row.at),
    };
    if (row.reason !== null) step.reason = row.reason;
    return step;
  });
}

/** Appeals within a reader's scope, newest first. */
export function listAppeals(
  store: Store,
  filter: { scope: CallScope; status?: AppealStatus; callId?: string },
): Appeal[] {
  let query = appealsQuery(store).orderBy('a.id', 'desc').limit(1000);
  const { scope } = filter;
  if (scope.kind === 'agent') query = query.where('c.agent_id', '=', scope.agentId);
  else if (scope.kind === 'teams')
    query =
      scope.teams.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('a.team', 'in', scope.teams);
  if (filter.status !== undefined) query = query.where('a.status', '=', filter.status);
  if (filter.callId !== undefined) query = query.where('a.call_id', '=', filter.callId);
  return selectRows(store, query).map((row) => rowToAppeal(row as Row));
}
