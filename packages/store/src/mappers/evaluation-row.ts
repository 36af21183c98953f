import type { CheckResult, Evaluation, Evidence, Severity } from '@callqa/core';
import type { EvaluationsRow, EvaluationsTable } from '../database.js';
import { readBoolean, readNumber, readOptionalNumber, readOptionalString, writeBoolean } from './values.js';

/** One stored evaluation without its check results, with the call's facts reports group by. */
export type EvaluationSummary = Pick<
  Evaluation,
  'callId' | 'scorecard' | 'score' | 'maxScore' | 'passScore' | 'passed' | 'fatalFailed' | 'classCounts'
> & {
  id: number;
  /** Epoch ms the evaluation was stored. */
  createdAt: number;
  run?: string;
  agentId?: string;
  team?: string;
  queue?: string;
  /** Epoch ms the call started. */
  startedAt?: number;
};

/** One stored check result of an evaluation. */
export type StoredCheckResult = {
  check: string;
  result: CheckResult;
  deducted: number;
  severity: Severity;
  evidence: Evidence[];
};

export type EvaluationRow = Omit<EvaluationsTable, 'id'>;
export type CallFacts = {
  agent_id: string | null;
  team: string | null;
  queue: string | null;
  started_at: number | null;
};

/**
 * Every check's outcome in scorecard order. A check's name, section, fatality and scoring mode
 * belong to the scorecard version the row names, and the evidence of a check that did not pass is
 * in its check_results row: repeated here they would be most of the bytes of an import.
 */
function checksJson(evaluation: Evaluation): string {
  return JSON.stringify(
    evaluation.checks.map(({ check, result, deducted, severity, reason, evidence }) =>
      result === 'pass'
        ? { check, result, deducted, severity, reason, evidence }
        : { check, result, deducted, severity, reason },
    ),
  );
}

export function evaluationToRow(
  evaluation: Evaluation,
  createdAt: number,
  run: string | null,
): EvaluationRow {
  return {
    call_id: evaluation.callId,
    scorecard_id: evaluation.scorecard.id,
    scorecard_version: evaluation.scorecard.version,
    score: evaluation.score,
    max_score: evaluation.maxScore,
    pass_score: evaluation.passScore,
    passed: writeBoolean(evaluation.passed),
    fatal_failed: writeBoolean(evaluation.fatalFailed),
    class_a: evaluation.classCounts.A,
    class_b: evaluation.classCounts.B,
    class_c: evaluation.classCounts.C,
    pending: JSON.stringify(evaluation.pending.map((item) => item.item)),
    checks: checksJson(evaluation),
    created_at: createdAt,
    run,
  };
}

type StoredOutcome = Omit<StoredCheckResult, 'evidence'> & { evidence?: Evidence[] };

/** The outcomes of an evaluation's JSON, with the evidence of its findings from their rows. */
export function rowToCheckResults(
  checks: string,
  findings: ReadonlyMap<string, string>,
): StoredCheckResult[] {
  return (JSON.parse(checks) as StoredOutcome[]).map((check) => {
    const finding = findings.get(check.check);
    return {
      check: check.check,
      result: check.result,
      deducted: readNumber(check.deducted),
      severity: check.severity,
      evidence: check.evidence ?? (finding ? (JSON.parse(finding) as Evidence[]) : []),
    };
  });
}

export function rowToEvaluationSummary(row: EvaluationsRow & CallFacts): EvaluationSummary {
  const summary: EvaluationSummary = {
    id: readNumber(row.id),
    callId: row.call_id,
    scorecard: { id: row.scorecard_id, version: row.scorecard_version },
    score: readNumber(row.score),
    maxScore: readNumber(row.max_score),
    passScore: readNumber(row.pass_score),
    passed: readBoolean(row.passed),
    fatalFailed: readBoolean(row.fatal_failed),
    classCounts: { A: readNumber(row.class_a), B: readNumber(row.class_b), C: readNumber(row.class_c) },
    createdAt: readNumber(row.created_at),
  };
  const run = readOptionalString(row.run);
  if (run !== undefined) summary.run = run;
  const agentId = readOptionalString(row.agent_id);
  if (agentId !== undefined) summary.agentId = agentId;
  const team = readOptionalString(row.team);
  if (team !== undefined) summary.team = team;
  const queue = readOptionalString(row.queue);
  if (queue !== undefined) summary.queue = queue;
  const startedAt = readOptionalNumber(row.started_at);
  if (startedAt !== undefined) summary.startedAt = startedAt;
  return summary;
}
