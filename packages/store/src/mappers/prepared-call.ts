import { type Call, distinctCjkBigrams, type Evaluation } from '@callqa/core';
import type { CallsTable } from '../database.js';
import { callToRow } from './call-row.js';
import { type EvaluationRow, evaluationToRow } from './evaluation-row.js';

/**
 * A call turned into the values its rows hold, with nothing left to compute but the write: an
 * import prepares calls on other threads (inspection, JSON, search tokens) and one thread writes
 * them. Plain data only, so it crosses a worker boundary as it is.
 */
export type PreparedCall = {
  id: string;
  call: Omit<CallsTable, 'imported_at' | 'import_run_id'>;
  /** JSON array of the call's turns, as imported. */
  turns: string;
  /** The transcript's search tokens, each once. */
  tokens: string;
  evaluation?: PreparedEvaluation;
};

export type PreparedEvaluation = {
  callId: string;
  row: Omit<EvaluationRow, 'created_at' | 'run'>;
  /** Rows of the checks that did not pass: check id, result, deducted, severity, evidence JSON. */
  findings: Array<[string, string, number, string, string]>;
};

/** Every row value of an evaluation, its check outcomes as one JSON array besides the findings. */
export function prepareEvaluation(evaluation: Evaluation): PreparedEvaluation {
  const findings: PreparedEvaluation['findings'] = [];
  for (const check of evaluation.checks) {
    if (check.result === 'pass') continue;
    findings.push([
      check.check,
      check.result,
      check.deducted,
      check.severity,
      JSON.stringify(check.evidence),
    ]);
  }
  const { created_at: _created, run: _run, ...row } = evaluationToRow(evaluation, 0, null);
  return { callId: evaluation.callId, row, findings };
}

export function prepareCall(call: Call, evaluation?: Evaluation): PreparedCall {
  if (evaluation && evaluation.callId !== call.id) {
    throw new Error(`evaluation of call ${evaluation.callId} given with call ${call.id}`);
  }
  const { imported_at: _imported, import_run_id: _run, ...row } = callToRow(call, 0, null);
  const prepared: PreparedCall = {
    id: call.id,
    call: row,
    turns: JSON.stringify(call.turns),
    tokens: distinctCjkBigrams(call.turns.map((turn) => turn.text)),
  };
  if (evaluation) prepared.evaluation = prepareEvaluation(evaluation);
  return prepared;
}
