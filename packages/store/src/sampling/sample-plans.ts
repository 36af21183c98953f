import type { LocalizedText, ReviewAssignment, SamplePick, SamplePlan } from '@callqa/core';
import type { Store } from '../database.js';
import { readNumber, readOptionalNumber } from '../mappers/values.js';
import { execute, prepareCached, selectRows } from '../sqlite/execute.js';

export type StoredSamplePlan = {
  id: number;
  name: string;
  plan: SamplePlan;
  from: number;
  to: number;
  candidates: number;
  picked: number;
  reviewed: number;
  createdBy?: number;
  createdAt: number;
};

export type StoredSamplePick = {
  planId: number;
  callId: string;
  agentId?: string;
  team?: string;
  rule: number;
  rank: number;
  reason: LocalizedText;
  reviewerId?: number;
  dueAt?: number;
  status: 'assigned' | 'reviewed' | 'unassigned';
};

/** Stores a drawn sample with its assignments, in one transaction. Returns the plan id. */
export function saveSamplePlan(
  store: Store,
  input: {
    plan: SamplePlan;
    from: number;
    to: number;
    candidates: number;
    picks: readonly SamplePick[];
    assignments: readonly ReviewAssignment[];
    /** Epoch ms of the start of each day of the period, by day index. */
    dayStarts: readonly number[];
    createdBy?: number;
  },
  now = Date.now(),
): number {
  return store.sqlite.transaction(() => {
    const id = Number(
      execute(
        store,
        store.db.insertInto('sample_plans').values({
          name: input.plan.name,
          plan: JSON.stringify(input.plan),
          period_from: input.from,
          period_to: input.to,
          candidates: input.candidates,
          created_by: input.createdBy ?? null,
          created_at: now,
        }),
      ).lastInsertRowid,
    );
    const assigned = new Map(input.assignments.map((a) => [a.callId, a]));
    const insert = prepareCached(
      store.sqlite,
      `insert into sample_picks (plan_id, call_id, rule, rank, reason, reviewer_id, due_at, status)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const pick of input.picks) {
      const a = assigned.get(pick.callId);
      insert.run(
        id,
        pick.callId,
        pick.rule,
        pick.rank,
        JSON.stringify(pick.reason),
        a?.reviewerId ?? null,
        a ? (input.dayStarts[a.day] ?? null) : null,
        a ? 'assigned' : 'unassigned',
      );
    }
    return id;
  })();
}

const PLAN_SUMMARY = `select p.*, (select count(*) from sample_picks s where s.plan_id = p.id) as picked,
  (select count(*) from sample_picks s where s.plan_id = p.id and s.status = 'reviewed') as reviewed
  from sample_plans p`;

type PlanRow = {
  id: number;
  name: string;
  plan: string;
  period_from: number;
  period_to: number;
  candidates: number;
  created_by: number | null;
  created_at: number;
  picked: number;
  reviewed: number;
};

function rowToPlan(row: PlanRow): StoredSamplePlan {
  const plan: StoredSamplePlan = {
    id: readNumber(row.id),
    name: row.name,
    plan: JSON.parse(row.plan) as SamplePlan,
    from: readNumber(row.period_from),
    to: readNumber(row.period_to),
    candidates: readNumber(row.candidates),
    picked: readNumber(row.picked),
    reviewed: readNumber(row.reviewed),
    createdAt: readNumber(row.created_at),
  };
  const createdBy = readOptionalNumber(row.created_by);
  if (createdBy !== undefined) plan.createdBy = createdBy;
  return plan;
}

export function listSamplePlans(store: Store): StoredSamplePlan[] {
  return (prepareCached(store.sqlite, `${PLAN_SUMMARY} order by p.id desc`).all() as PlanRow[]).map(
    rowToPlan,
  );
}

export function getSamplePlan(store: Store, id: number): StoredSamplePlan | undefined {
  const row = prepareCached(store.sqlite, `${PLAN_SUMMARY} where p.id = ?`).get(id) as PlanRow | undefined;
  return row ? rowToPlan(row) : undefined;
}

type PickRow = {
  plan_id: number;
  call_id: string;
  agent_id: string | null;
  team: string | null;
  rule: number;
  rank: number;
  reason: string;
  reviewer_id: number | null;
  due_at: number | null;
  status: string;
};

function rowToPick(row: PickRow): StoredSamplePick {
  const pick: StoredSamplePick = {
    planId: readNumber(row.plan_id),
    callId: row.call_id,
    rule: readNumber(row.rule),
    rank: readNumber(row.rank),
    reason: JSON.parse(row.reason) as LocalizedText,
    status: row.status as StoredSamplePick['status'],
  };
  if (row.agent_id !== null) pick.agentId = row.agent_id;
  if (row.team !== null) pick.team = row.team;
  const reviewerId = readOptionalNumber(row.reviewer_id);
  if (reviewerId !== undefined) pick.reviewerId = reviewerId;
  const dueAt = readOptionalNumber(row.due_at);
  if (dueAt !== undefined) pick.dueAt = dueAt;
  return pick;
}

const PICKS = `select s.*, c.agent_id, c.team from sample_picks s join calls c on c.id = s.call_id`;

/** The picks of a plan in the order they were drawn. */
export function samplePicks(store: Store, planId: number): StoredSamplePick[] {
  return (
    prepareCached(store.sqlite, `${PICKS} where s.plan_id = ? order by s.rule, s.rank`).all(
      planId,
    ) as PickRow[]
  ).map(rowToPick);
}

/** A reviewer's queue: what is assigned to them and not yet reviewed, soonest due first. */
export function reviewQueue(
  store: Store,
  reviewerId: number,
  options: { status?: 'assigned' | 'reviewed' } = {},
): StoredSamplePick[] {
  return (
    prepareCached(
      store.sqlite,
      `${PICKS} where s.reviewer_id = ? and s.status = ? order by s.due_at, s.rank`,
    ).all(reviewerId, options.status ?? 'assigned') as PickRow[]
  ).map(rowToPick);
}

/** Marks a call's pick reviewed (the review workflow calls this when a review is submitted). */
export function markPickReviewed(store: Store, callId: string): number {
  return execute(
    store,
    store.db
      .updateTable('sample_picks')
      .set({ status: 'reviewed' })
      .where('call_id', '=', callId)
      .where('status', '=', 'assigned'),
  ).changes;
}

/** Everyone who may review: accounts with a role that reviews, not disabled. */
export function reviewers(
  store: Store,
  roles: readonly string[],
): Array<{ userId: number; agentId?: string }> {
  if (roles.length === 0) return [];
  const rows = selectRows(
    store,
    store.db
      .selectFrom('users')
      .select(['id', 'agent_id'])
      .where('role', 'in', roles)
      .where('disabled', '=', 0)
      .orderBy('id'),
  );
  return rows.map((row) =>
    row.agent_id ? { userId: readNumber(row.id), agentId: row.agent_id } : { userId: readNumber(row.id) },
  );
}
