import type { CheckFailure, ProblemCount } from '@callqa/core';
import { sql } from 'kysely';
import type { Store } from '../database.js';
import { readNumber } from '../mappers/values.js';
import { selectRows } from '../sqlite/execute.js';

type Period = { since: number; until: number };

/**
 * For each agent, the calls of the period with an evaluation and how many of them failed any of
 * `checks` (by the newest evaluation of each call), for coaching follow-up and training effect.
 */
export function problemCounts(
  store: Store,
  filter: Period & { agentIds?: readonly string[]; teams?: readonly string[]; checks: readonly string[] },
): Map<string, ProblemCount> {
  if (filter.checks.length === 0) return new Map();
  let query = store.db
    .selectFrom('calls as c')
    .innerJoin('evaluations as e', (join) =>
      join
        .onRef('e.call_id', '=', 'c.id')
        .on('e.id', '=', sql<number>`(select max(x.id) from evaluations x where x.call_id = c.id)`),
    )
    .select([
      'c.agent_id',
      sql<number>`count(*)`.as('calls'),
      sql<number>`sum(case when exists (select 1 from check_results r where r.evaluation_id = e.id and r.result = 'fail'
        and r.check_id in (${sql.join(filter.checks)})) then 1 else 0 end)`.as('with_problem'),
    ])
    .where('c.started_at', '>=', filter.since)
    .where('c.started_at', '<', filter.until)
    .where('c.agent_id', 'is not', null)
    .groupBy('c.agent_id');
  if (filter.agentIds !== undefined) {
    if (filter.agentIds.length === 0) return new Map();
    query = query.where('c.agent_id', 'in', filter.agentIds);
  }
  if (filter.teams !== undefined) {
    if (filter.teams.length === 0) return new Map();
    query = query.where('c.team', 'in', filter.teams);
  }
  return new Map(
    selectRows(store, query).map((row) => [
      row.agent_id as string,
      { calls: readNumber(row.calls), withProblem: readNumber(row.with_problem) },
    ]),
  );
}

/** Sums per-agent counts. */
export function totalCounts(counts: Iterable<ProblemCount>): ProblemCount {
  let calls = 0;
  let withProblem = 0;
  for (const c of counts) {
    calls += c.calls;
    withProblem += c.withProblem;
  }
  return { calls, withProblem };
}

/**
 * Every failed check of the period (newest evaluation of each call) with its agent, and how many
 * agents had evaluated calls at all: the input of the common/individual split.
 */
export function checkFailures(
  store: Store,
  filter: Period & { teams?: readonly string[]; agentId?: string },
): { failures: CheckFailure[]; agents: number } {
  let failures = store.db
    .selectFrom('calls as c')
    .innerJoin('evaluations as e', (join) =>
      join
        .onRef('e.call_id', '=', 'c.id')
        .on('e.id', '=', sql<number>`(select max(x.id) from evaluations x where x.call_id = c.id)`),
    )
    .innerJoin('check_results as r', 'r.evaluation_id', 'e.id')
    .select(['c.agent_id', 'c.id', 'r.check_id'])
    .where('r.result', '=', 'fail')
    .where('c.started_at', '>=', filter.since)
    .where('c.started_at', '<', filter.until)
    .where('c.agent_id', 'is not', null);
  let agents = store.db
    .selectFrom('calls as c')
    .innerJoin('evaluations as e', 'e.call_id', 'c.id')
    .select(sql<number>`count(distinct c.agent_id)`.as('n'))
    .where('c.started_at', '>=', filter.since)
    .where('c.started_at', '<', filter.until);
  if (filter.teams !== undefined) {
    const teams = filter.teams.length > 0 ? filter.teams : ['\u0000'];
    failures = failures.where('c.team', 'in', teams);
    agents = agents.where('c.team', 'in', teams);
  }
  if (filter.agentId !== undefined) {
    failures = failures.where('c.agent_id', '=', filter.agentId);
    agents = agents.where('c.agent_id', '=', filter.agentId);
  }
  return {
    failures: selectRows(store, failures).map((row) => ({
      agentId: row.agent_id as string,
      callId: row.id,
      check: row.check_id,
    })),
    agents: readNumber(selectRows(store, agents)[0]?.n ?? 0),
  };
}
