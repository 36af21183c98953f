import type { CallLanguage, CallScope, HangupSide } from '@callqa/core';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Store } from './database.js';
import { readBoolean, readNumber, readOptionalString } from './mappers/values.js';
import { selectFirst, selectRows } from './sqlite/execute.js';

export type CallListFilter = {
  /** Whose calls the reader may see; applied before every other filter. */
  scope: CallScope;
  agentId?: string;
  team?: string;
  queue?: string;
  /** Epoch ms, inclusive, on the call's start. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
  /** Pass/fail of the newest evaluation. */
  passed?: boolean;
  /** Calls whose newest evaluation failed this check. */
  failedCheck?: string;
  limit?: number;
  offset?: number;
};

/** A call as a list shows it: its facts and its newest evaluation's result. */
export type CallListItem = {
  id: string;
  agentId?: string;
  team?: string;
  queue?: string;
  startedAt?: string;
  language: CallLanguage;
  hangupBy?: HangupSide;
  durationMs: number;
  evaluation?: {
    id: number;
    scorecard: { id: string; version: string };
    score: number;
    maxScore: number;
    passed: boolean;
    fatalFailed: boolean;
    classCounts: { A: number; B: number; C: number };
  };
};

export type CallListPage = { items: CallListItem[]; total: number };

function scoped(filter: CallListFilter) {
  return (eb: ExpressionBuilder<Database & { c: Database['calls'] }, 'c'>) => {
    const { scope } = filter;
    if (scope.kind === 'agent') return eb('c.agent_id', '=', scope.agentId);
    if (scope.kind === 'teams')
      return scope.teams.length === 0 ? sql<boolean>`1 = 0` : eb('c.team', 'in', scope.teams);
    return sql<boolean>`1 = 1`;
  };
}

/**
 * A page of calls, newest first, with the newest evaluation of each, inside the reader's scope:
 * an agent's list holds only their calls and a team lead's only their groups'.
 */
export function listCalls(store: Store, filter: CallListFilter): CallListPage {
  // The newest evaluation is joined only when a filter needs it: counting every call of the center
  // through a per-call subquery was most of a list request's time.
  const byEvaluation = filter.passed !== undefined || filter.failedCheck !== undefined;
  let base = store.db.selectFrom('calls as c').where(scoped(filter));
  if (filter.agentId !== undefined) base = base.where('c.agent_id', '=', filter.agentId);
  if (filter.team !== undefined) base = base.where('c.team', '=', filter.team);
  if (filter.queue !== undefined) base = base.where('c.queue', '=', filter.queue);
  if (filter.since !== undefined) base = base.where('c.started_at', '>=', filter.since);
  if (filter.until !== undefined) base = base.where('c.started_at', '<', filter.until);
  if (byEvaluation) {
    const newest = sql<number>`(select max(x.id) from evaluations x where x.call_id = c.id)`;
    if (filter.passed !== undefined) {
      const passed = filter.passed ? 1 : 0;
      base = base.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('evaluations as e')
            .select('e.id')
            .where('e.id', '=', newest)
            .where('e.passed', '=', passed),
        ),
      );
    }
    if (filter.failedCheck !== undefined) {
      const check = filter.failedCheck;
      base = base.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('check_results as r')
            .select('r.check_id')
            .where('r.evaluation_id', '=', newest)
            .where('r.check_id', '=', check)
            .where('r.result', '=', 'fail'),
        ),
      );
    }
  }
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  // The page's ids first, off the (started_at, id) index alone; then only those rows are read, so a
  // page deep in the list does not read every call before it.
  const ids = selectRows(
    store,
    base
      .select('c.id')
      .orderBy('c.started_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(limit)
      .offset(Math.max(filter.offset ?? 0, 0)),
  ).map((row) => row.id);
  const byId = new Map(
    (ids.length === 0
      ? []
      : selectRows(
          store,
          store.db
            .selectFrom('calls as c')
            .select([
              'c.id',
              'c.agent_id',
              'c.team',
              'c.queue',
              'c.started_at',
              'c.started_at_iso',
              'c.language',
              'c.hangup_by',
              'c.duration_ms',
            ])
            .where('c.id', 'in', ids),
        )
    ).map((row) => [row.id, row]),
  );
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const total = selectFirst(
    store,
    base.select((eb) => eb.fn.countAll<number>().as('n')),
  );
  const evaluations = newestEvaluations(
    store,
    rows.map((row) => row.id),
  );
  return {
    total: readNumber(total?.n ?? 0),
    items: rows.map((row) => {
      const item: CallListItem = {
        id: row.id,
        language: row.language as CallLanguage,
        durationMs: readNumber(row.duration_ms),
      };
      const agentId = readOptionalString(row.agent_id);
      if (agentId !== undefined) item.agentId = agentId;
      const team = readOptionalString(row.team);
      if (team !== undefined) item.team = team;
      const queue = readOptionalString(row.queue);
      if (queue !== undefined) item.queue = queue;
      const startedAt =
        readOptionalString(row.started_at_iso) ??
        (row.started_at === null ? undefined : new Date(readNumber(row.started_at)).toISOString());
      if (startedAt !== undefined) item.startedAt = startedAt;
      const hangupBy = readOptionalString(row.hangup_by);
      if (hangupBy !== undefined) item.hangupBy = hangupBy as HangupSide;
      const evaluation = evaluations.get(row.id);
      if (evaluation) item.evaluation = evaluation;
      return item;
    }),
  };
}

type EvaluationRow = {
  id: number;
  call_id: string;
  scorecard_id: string;
  scorecard_version: string;
  score: number;
  max_score: number;
  passed: number;
  fatal_failed: number;
  class_a: number;
  class_b: number;
  class_c: number;
};

function toListEvaluation(row: EvaluationRow): NonNullable<CallListItem['evaluation']> {
  return {
    id: readNumber(row.id),
    scorecard: { id: row.scorecard_id, version: row.scorecard_version },
    score: readNumber(row.score),
    maxScore: readNumber(row.max_score),
    passed: readBoolean(row.passed),
    fatalFailed: readBoolean(row.fatal_failed),
    classCounts: { A: readNumber(row.class_a), B: readNumber(row.class_b), C: readNumber(row.class_c) },
  };
}

/** The newest evaluation of each of these calls (a page of a list). */
function newestEvaluations(
  store: Store,
  callIds: readonly string[],
): Map<string, NonNullable<CallListItem['evaluation']>> {
  if (callIds.length === 0) return new Map();
  const rows = selectRows(
    store,
    store.db
      .selectFrom('evaluations')
      .select([
        'id',
        'call_id',
        'scorecard_id',
        'scorecard_version',
        'score',
        'max_score',
        'passed',
        'fatal_failed',
        'class_a',
        'class_b',
        'class_c',
      ])
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('evaluations')
          .select((x) => x.fn.max('id').as('id'))
          .where('call_id', 'in', callIds)
          .groupBy('call_id'),
      ),
  ) as EvaluationRow[];
  return new Map(rows.map((row) => [row.call_id, toListEvaluation(row)]));
}

/** The newest evaluation of a call (any scorecard), as a list shows it. */
export function latestEvaluationOf(store: Store, callId: string): CallListItem['evaluation'] | undefined {
  return newestEvaluations(store, [callId]).get(callId);
}
