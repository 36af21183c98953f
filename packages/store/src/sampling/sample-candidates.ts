import type { SampleCandidate } from '@callqa/core';
import type { Store } from '../database.js';
import { readBoolean, readNumber, readOptionalNumber } from '../mappers/values.js';
import { prepareCached } from '../sqlite/execute.js';

type Row = {
  id: string;
  agent_id: string | null;
  team: string | null;
  queue: string | null;
  started_at: number;
  duration_ms: number;
  extra: string | null;
  hired_at: number | null;
  evaluation_id: number | null;
  score: number | null;
  fatal_failed: number | null;
};

/**
 * The calls of a period as sampling sees them: facts, the newest automatic evaluation's score,
 * failed and not-applicable checks, the agent's start date and the caller's number. Calls already
 * picked by an earlier plan are left out, so two plans never review the same call twice.
 */
export function sampleCandidates(store: Store, period: { since: number; until: number }): SampleCandidate[] {
  const rows = prepareCached(
    store.sqlite,
    `select c.id, c.agent_id, c.team, c.queue, c.started_at, c.duration_ms, c.extra, a.hired_at,
            e.id as evaluation_id, e.score, e.fatal_failed
       from calls c
       left join agents a on a.id = c.agent_id
       left join evaluations e on e.id = (select max(x.id) from evaluations x where x.call_id = c.id)
      where c.started_at >= ? and c.started_at < ?
        and not exists (select 1 from sample_picks p where p.call_id = c.id)
      order by c.started_at, c.id`,
  ).all(period.since, period.until) as Row[];
  const findings = prepareCached(
    store.sqlite,
    'select check_id, result from check_results where evaluation_id = ?',
  );
  return rows.map((row) => {
    const failedChecks: string[] = [];
    const naChecks: string[] = [];
    if (row.evaluation_id !== null) {
      for (const f of findings.all(row.evaluation_id) as Array<{ check_id: string; result: string }>) {
        if (f.result === 'fail') failedChecks.push(f.check_id);
        else if (f.result === 'na') naChecks.push(f.check_id);
      }
    }
    const candidate: SampleCandidate = {
      callId: row.id,
      startedAt: readNumber(row.started_at),
      durationMs: readNumber(row.duration_ms),
      failedChecks,
      naChecks,
    };
    if (row.agent_id !== null) candidate.agentId = row.agent_id;
    if (row.team !== null) candidate.team = row.team;
    if (row.queue !== null) candidate.queue = row.queue;
    const score = readOptionalNumber(row.score);
    if (score !== undefined) candidate.score = score;
    if (row.fatal_failed !== null) candidate.fatalFailed = readBoolean(row.fatal_failed);
    const hired = readOptionalNumber(row.hired_at);
    if (hired !== undefined) candidate.agentStartedAt = hired;
    const caller = callerOf(row.extra);
    if (caller !== undefined) candidate.caller = caller;
    return candidate;
  });
}

/** The caller's number from the call's business fields, under the names exports use. */
function callerOf(extra: string | null): string | undefined {
  if (!extra || !/caller|ani|主叫/i.test(extra)) return undefined;
  const fields = JSON.parse(extra) as Record<string, unknown>;
  for (const key of ['caller', 'callerNumber', 'ani', 'src', '主叫号码']) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
