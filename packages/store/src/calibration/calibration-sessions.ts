import type { CalibrationRating, CheckResult } from '@callqa/core';
import type { Store } from '../database.js';
import { readNumber, readOptionalNumber } from '../mappers/values.js';
import { execute, prepareCached, selectFirst, selectRows } from '../sqlite/execute.js';

export type CalibrationSession = {
  id: number;
  name: string;
  expertUserId?: number;
  createdBy: number;
  status: 'open' | 'closed';
  createdAt: number;
  closedAt?: number;
  callIds: string[];
  raterIds: number[];
};

export function createCalibrationSession(
  store: Store,
  session: {
    name: string;
    expertUserId?: number;
    createdBy: number;
    callIds: readonly string[];
    raterIds: readonly number[];
  },
  now = Date.now(),
): number {
  return store.sqlite.transaction(() => {
    const id = Number(
      execute(
        store,
        store.db.insertInto('calibration_sessions').values({
          name: session.name,
          expert_user_id: session.expertUserId ?? null,
          created_by: session.createdBy,
          status: 'open',
          created_at: now,
        }),
      ).lastInsertRowid,
    );
    for (const callId of new Set(session.callIds))
      execute(store, store.db.insertInto('calibration_calls').values({ session_id: id, call_id: callId }));
    const raters = new Set(session.raterIds);
    if (session.expertUserId !== undefined) raters.add(session.expertUserId);
    for (const userId of raters)
      execute(store, store.db.insertInto('calibration_raters').values({ session_id: id, user_id: userId }));
    return id;
  })();
}

export function getCalibrationSession(store: Store, id: number): CalibrationSession | undefined {
  const row = selectFirst(
    store,
    store.db.selectFrom('calibration_sessions').selectAll().where('id', '=', id),
  );
  if (!row) return undefined;
  const session: CalibrationSession = {
    id: readNumber(row.id),
    name: row.name,
    createdBy: readNumber(row.created_by),
    status: row.status as CalibrationSession['status'],
    createdAt: readNumber(row.created_at),
    callIds: selectRows(
      store,
      store.db
        .selectFrom('calibration_calls')
        .select('call_id')
        .where('session_id', '=', id)
        .orderBy('call_id'),
    ).map((r) => r.call_id),
    raterIds: selectRows(
      store,
      store.db
        .selectFrom('calibration_raters')
        .select('user_id')
        .where('session_id', '=', id)
        .orderBy('user_id'),
    ).map((r) => readNumber(r.user_id)),
  };
  const expert = readOptionalNumber(row.expert_user_id);
  if (expert !== undefined) session.expertUserId = expert;
  const closedAt = readOptionalNumber(row.closed_at);
  if (closedAt !== undefined) session.closedAt = closedAt;
  return session;
}

/** Sessions a user rates in (or all, for a manager), newest first. */
export function listCalibrationSessions(store: Store, raterId?: number): CalibrationSession[] {
  let query = store.db.selectFrom('calibration_sessions').select('id').orderBy('id', 'desc');
  if (raterId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('calibration_raters as r')
          .select('r.user_id')
          .whereRef('r.session_id', '=', 'calibration_sessions.id')
          .where('r.user_id', '=', raterId),
      ),
    );
  }
  return selectRows(store, query).map(
    (row) => getCalibrationSession(store, readNumber(row.id)) as CalibrationSession,
  );
}

export function closeCalibrationSession(store: Store, id: number, now = Date.now()): boolean {
  return (
    execute(
      store,
      store.db
        .updateTable('calibration_sessions')
        .set({ status: 'closed', closed_at: now })
        .where('id', '=', id)
        .where('status', '=', 'open'),
    ).changes > 0
  );
}

/** Records a rater's score of a call (a review of kind calibration); false when they scored it already. */
export function saveCalibrationScore(
  store: Store,
  score: { sessionId: number; callId: string; userId: number; reviewId: number },
): boolean {
  return (
    execute(
      store,
      store.db
        .insertInto('calibration_scores')
        .values({
          session_id: score.sessionId,
          call_id: score.callId,
          user_id: score.userId,
          review_id: score.reviewId,
        })
        .onConflict((c) => c.doNothing()),
    ).changes > 0
  );
}

export function hasCalibrationScore(
  store: Store,
  sessionId: number,
  callId: string,
  userId: number,
): boolean {
  return (
    selectFirst(
      store,
      store.db
        .selectFrom('calibration_scores')
        .select('review_id')
        .where('session_id', '=', sessionId)
        .where('call_id', '=', callId)
        .where('user_id', '=', userId),
    ) !== undefined
  );
}

/** Every score of a session, as the calibration statistics read them. */
export function calibrationRatings(store: Store, sessionId: number): CalibrationRating[] {
  const rows = prepareCached(
    store.sqlite,
    `select s.call_id, s.user_id, r.id as review_id, r.score, r.manual from calibration_scores s
       join reviews r on r.id = s.review_id where s.session_id = ? order by s.call_id, s.user_id`,
  ).all(sessionId) as Array<{
    call_id: string;
    user_id: number;
    review_id: number;
    score: number;
    manual: string;
  }>;
  const checks = prepareCached(
    store.sqlite,
    'select check_id, result from review_checks where review_id = ?',
  );
  return rows.map((row) => ({
    callId: row.call_id,
    raterId: readNumber(row.user_id),
    score: readNumber(row.score),
    checks: Object.fromEntries(
      (checks.all(row.review_id) as Array<{ check_id: string; result: string }>).map((c) => [
        c.check_id,
        c.result as CheckResult,
      ]),
    ),
    manual: Object.fromEntries(
      (JSON.parse(row.manual) as Array<{ item: string; deducted: number }>).map((m) => [m.item, m.deducted]),
    ),
  }));
}

/** How many calls each rater has scored so far (progress, without revealing any score). */
export function calibrationProgress(store: Store, sessionId: number): Map<number, number> {
  const rows = prepareCached(
    store.sqlite,
    'select user_id, count(*) as n from calibration_scores where session_id = ? group by user_id',
  ).all(sessionId) as Array<{
    user_id: number;
    n: number;
  }>;
  return new Map(rows.map((r) => [readNumber(r.user_id), readNumber(r.n)]));
}
