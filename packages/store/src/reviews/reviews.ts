import type { CallScope, ReviewedEvaluation, ReviewedItem, ReviewedResult } from '@callqa/core';
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { ReviewChecksTable, ReviewsTable, Store } from '../database.js';
import { readBoolean, readNumber, readOptionalString } from '../mappers/values.js';
import { execute, prepareCached, selectRows } from '../sqlite/execute.js';

export type StoredReview = ReviewedEvaluation & {
  id: number;
  evaluationId: number;
  callId: string;
  reviewerId: number;
  kind: 'review' | 'calibration';
  notes?: string;
  createdAt: number;
};

/** Stores a submitted review beside the automatic evaluation (which stays as it was). Returns its id. */
export function saveReview(
  store: Store,
  review: {
    evaluationId: number;
    callId: string;
    reviewerId: number;
    kind?: 'review' | 'calibration';
    evaluation: ReviewedEvaluation;
    notes?: string;
  },
  now = Date.now(),
): number {
  return store.sqlite.transaction(() => {
    const e = review.evaluation;
    const id = Number(
      execute(
        store,
        store.db.insertInto('reviews').values({
          evaluation_id: review.evaluationId,
          call_id: review.callId,
          reviewer_id: review.reviewerId,
          kind: review.kind ?? 'review',
          score: e.score,
          max_score: e.maxScore,
          pass_score: e.passScore,
          passed: e.passed ? 1 : 0,
          fatal_failed: e.fatalFailed ? 1 : 0,
          class_a: e.classCounts.A,
          class_b: e.classCounts.B,
          class_c: e.classCounts.C,
          manual: JSON.stringify(e.manual),
          notes: review.notes ?? null,
          created_at: now,
        }),
      ).lastInsertRowid,
    );
    const insert = prepareCached(
      store.sqlite,
      `insert into review_checks (review_id, check_id, auto_result, result, deducted, severity, comment)
       values (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of e.checks)
      insert.run(id, c.check, c.autoResult, c.result, c.deducted, c.severity, c.comment ?? null);
    return id;
  })();
}

type ReviewRow = Selectable<ReviewsTable>;

type CheckRow = Selectable<ReviewChecksTable>;

/** The reviews of a call, newest first, each with its checks and manual items. */
export function callReviews(
  store: Store,
  callId: string,
  options: { kind?: 'review' | 'calibration' } = {},
): StoredReview[] {
  let query = store.db.selectFrom('reviews').selectAll().where('call_id', '=', callId).orderBy('id', 'desc');
  if (options.kind !== undefined) query = query.where('kind', '=', options.kind);
  const rows = selectRows(store, query) as ReviewRow[];
  const checks = prepareCached(
    store.sqlite,
    'select * from review_checks where review_id = ? order by rowid',
  );
  return rows.map((row) => {
    const review: StoredReview = {
      id: readNumber(row.id),
      evaluationId: readNumber(row.evaluation_id),
      callId: row.call_id,
      reviewerId: readNumber(row.reviewer_id),
      kind: row.kind as StoredReview['kind'],
      score: readNumber(row.score),
      maxScore: readNumber(row.max_score),
      passScore: readNumber(row.pass_score),
      passed: readBoolean(row.passed),
      fatalFailed: readBoolean(row.fatal_failed),
      classCounts: { A: readNumber(row.class_a), B: readNumber(row.class_b), C: readNumber(row.class_c) },
      manual: JSON.parse(row.manual) as ReviewedItem[],
      checks: (checks.all(row.id) as CheckRow[]).map((c) => {
        const check = {
          check: c.check_id,
          severity: c.severity as 'A' | 'B' | 'C',
          autoResult: c.auto_result as ReviewedResult['auto'],
          result: c.result as ReviewedResult['final'],
          deducted: readNumber(c.deducted),
          overturned: c.auto_result !== c.result,
        };
        const comment = readOptionalString(c.comment);
        return comment === undefined ? check : { ...check, comment };
      }),
      createdAt: readNumber(row.created_at),
    };
    const notes = readOptionalString(row.notes);
    if (notes !== undefined) review.notes = notes;
    return review;
  });
}

export type ReviewPeriod = { since?: number; until?: number; scope?: CallScope };

function scopeSql(scope: CallScope | undefined) {
  if (!scope || scope.kind === 'all') return sql<boolean>`1 = 1`;
  if (scope.kind === 'agent') return sql<boolean>`c.agent_id = ${scope.agentId}`;
  if (scope.teams.length === 0) return sql<boolean>`1 = 0`;
  return sql<boolean>`c.team in (${sql.join(scope.teams)})`;
}

/**
 * Machine and reviewer result of every check of the newest review of each reviewed call (reviews,
 * not calibrations), for measuring each check's agreement with people.
 */
export function reviewedResults(store: Store, period: ReviewPeriod = {}): ReviewedResult[] {
  const rows = selectRows(
    store,
    store.db
      .selectFrom('review_checks as k')
      .innerJoin('reviews as r', 'r.id', 'k.review_id')
      .innerJoin('calls as c', 'c.id', 'r.call_id')
      .select(['k.check_id', 'k.auto_result', 'k.result'])
      .where('r.kind', '=', 'review')
      .where(
        sql<boolean>`r.id = (select max(x.id) from reviews x where x.call_id = r.call_id and x.kind = 'review')`,
      )
      .where(periodFilter(period))
      .where(scopeSql(period.scope)),
  );
  return rows.map((row) => ({
    check: row.check_id,
    auto: row.auto_result as ReviewedResult['auto'],
    final: row.result as ReviewedResult['final'],
  }));
}

function periodFilter(period: ReviewPeriod) {
  const parts = [sql<boolean>`1 = 1`];
  if (period.since !== undefined) parts.push(sql<boolean>`c.started_at >= ${period.since}`);
  if (period.until !== undefined) parts.push(sql<boolean>`c.started_at < ${period.until}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

export type AgentReviewRow = { agentId: string; team?: string; score: number; passed: boolean };

/** The final (newest reviewed) result of each reviewed call of the period, with its agent. */
export function reviewedCallResults(store: Store, period: ReviewPeriod = {}): AgentReviewRow[] {
  const rows = selectRows(
    store,
    store.db
      .selectFrom('reviews as r')
      .innerJoin('calls as c', 'c.id', 'r.call_id')
      .select(['c.agent_id', 'c.team', 'r.score', 'r.passed'])
      .where('r.kind', '=', 'review')
      .where(
        sql<boolean>`r.id = (select max(x.id) from reviews x where x.call_id = r.call_id and x.kind = 'review')`,
      )
      .where('c.agent_id', 'is not', null)
      .where(periodFilter(period))
      .where(scopeSql(period.scope))
      .orderBy('c.agent_id'),
  );
  return rows.map((row) => {
    const out: AgentReviewRow = {
      agentId: row.agent_id as string,
      score: readNumber(row.score),
      passed: readBoolean(row.passed),
    };
    if (row.team !== null) out.team = row.team;
    return out;
  });
}
