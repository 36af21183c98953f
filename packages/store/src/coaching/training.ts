import type { ClassifiedProblem } from '@callqa/core';
import type { Store } from '../database.js';
import { readNumber, readOptionalNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectFirst, selectRows } from '../sqlite/execute.js';

export type TrainingNeed = {
  id: number;
  check: string;
  team?: string;
  from: number;
  to: number;
  agentsAffected: number;
  agentShare: number;
  agents: string[];
  status: 'open' | 'planned' | 'done';
  createdAt: number;
};

/** Records a common problem as a training need for the trainer (培训需求). */
export function createTrainingNeed(
  store: Store,
  need: { problem: ClassifiedProblem; team?: string; from: number; to: number; createdBy?: number },
  now = Date.now(),
): number {
  return Number(
    execute(
      store,
      store.db.insertInto('training_needs').values({
        check_id: need.problem.check,
        team: need.team ?? null,
        period_from: need.from,
        period_to: need.to,
        agents_affected: need.problem.agentsAffected,
        agent_share: need.problem.agentShare,
        agents: JSON.stringify(need.problem.agents),
        status: 'open',
        created_by: need.createdBy ?? null,
        created_at: now,
      }),
    ).lastInsertRowid,
  );
}

export function listTrainingNeeds(
  store: Store,
  filter: { status?: TrainingNeed['status']; teams?: readonly string[] } = {},
): TrainingNeed[] {
  let query = store.db.selectFrom('training_needs').selectAll().orderBy('id', 'desc');
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.teams !== undefined)
    query = query.where('team', 'in', filter.teams.length > 0 ? filter.teams : ['\u0000']);
  return selectRows(store, query).map((row) => {
    const need: TrainingNeed = {
      id: readNumber(row.id),
      check: row.check_id,
      from: readNumber(row.period_from),
      to: readNumber(row.period_to),
      agentsAffected: readNumber(row.agents_affected),
      agentShare: readNumber(row.agent_share),
      agents: JSON.parse(row.agents) as string[],
      status: row.status as TrainingNeed['status'],
      createdAt: readNumber(row.created_at),
    };
    const team = readOptionalString(row.team);
    if (team !== undefined) need.team = team;
    return need;
  });
}

export function setTrainingNeedStatus(store: Store, id: number, status: TrainingNeed['status']): boolean {
  return (
    execute(store, store.db.updateTable('training_needs').set({ status }).where('id', '=', id)).changes > 0
  );
}

export type TrainingSession = {
  id: number;
  needId?: number;
  topic: string;
  checks: string[];
  heldAt: number;
  trainerUserId: number;
  attendees: Array<{ agentId: string; attended: boolean }>;
  createdAt: number;
};

export function createTrainingSession(
  store: Store,
  session: {
    needId?: number;
    topic: string;
    checks: readonly string[];
    heldAt: number;
    trainerUserId: number;
    attendees: readonly string[];
  },
  now = Date.now(),
): number {
  return store.sqlite.transaction(() => {
    const id = Number(
      execute(
        store,
        store.db.insertInto('training_sessions').values({
          need_id: session.needId ?? null,
          topic: session.topic,
          checks: JSON.stringify(session.checks),
          held_at: session.heldAt,
          trainer_user_id: session.trainerUserId,
          created_at: now,
        }),
      ).lastInsertRowid,
    );
    for (const agentId of new Set(session.attendees)) {
      execute(
        store,
        store.db.insertInto('training_attendees').values({ session_id: id, agent_id: agentId, attended: 0 }),
      );
    }
    if (session.needId !== undefined) setTrainingNeedStatus(store, session.needId, 'planned');
    return id;
  })();
}

/** Records who attended (the invited who are not listed did not). */
export function recordAttendance(store: Store, sessionId: number, attended: readonly string[]): void {
  store.sqlite.transaction(() => {
    execute(
      store,
      store.db.updateTable('training_attendees').set({ attended: 0 }).where('session_id', '=', sessionId),
    );
    for (const agentId of attended) {
      execute(
        store,
        store.db
          .insertInto('training_attendees')
          .values({ session_id: sessionId, agent_id: agentId, attended: 1 })
          .onConflict((c) => c.columns(['session_id', 'agent_id']).doUpdateSet({ attended: 1 })),
      );
    }
  })();
}

export function getTrainingSession(store: Store, id: number): TrainingSession | undefined {
  const row = selectFirst(store, store.db.selectFrom('training_sessions').selectAll().where('id', '=', id));
  if (!row) return undefined;
  const session: TrainingSession = {
    id: readNumber(row.id),
    topic: row.topic,
    checks: JSON.parse(row.checks) as string[],
    heldAt: readNumber(row.held_at),
    trainerUserId: readNumber(row.trainer_user_id),
    attendees: selectRows(
      store,
      store.db.selectFrom('training_attendees').selectAll().where('session_id', '=', id).orderBy('agent_id'),
    ).map((a) => ({
      agentId: a.agent_id,
      attended: readNumber(a.attended) === 1,
    })),
    createdAt: readNumber(row.created_at),
  };
  const needId = readOptionalNumber(row.need_id);
  if (needId !== undefined) session.needId = needId;
  return session;
}

export function listTrainingSessions(store: Store): TrainingSession[] {
  return selectRows(store, store.db.selectFrom('training_sessions').select('id').orderBy('id', 'desc')).map(
    (row) => getTrainingSession(store, readNumber(row.id)) as TrainingSession,
  );
}
