/**
 * SQLite only: prepared statements that add one evaluation with its check results. Shared by the
 * call import (inside its transaction) and by re-inspection.
 */
import type { Evaluation } from '@callqa/core';
import type BetterSqlite3 from 'better-sqlite3';
import { checkToRow, evaluationToRow } from '../mappers/evaluation-row.js';

export type EvaluationWriter = (evaluation: Evaluation, createdAt: number, run: string | null) => number;

const writers = new WeakMap<BetterSqlite3.Database, EvaluationWriter>();

export function evaluationWriter(sqlite: BetterSqlite3.Database): EvaluationWriter {
  const known = writers.get(sqlite);
  if (known) return known;
  const insertEvaluation = sqlite.prepare(
    `insert into evaluations (call_id, scorecard_id, scorecard_version, score, max_score, pass_score,
       passed, fatal_failed, class_a, class_b, class_c, pending, created_at, run)
     values (@call_id, @scorecard_id, @scorecard_version, @score, @max_score, @pass_score,
       @passed, @fatal_failed, @class_a, @class_b, @class_c, @pending, @created_at, @run)`,
  );
  // Positional, without a row object per check: a call has one row per check of its scorecard.
  const insertCheck = sqlite.prepare(
    `insert into check_results (evaluation_id, check_id, result, deducted, severity, evidence)
     values (?, ?, ?, ?, ?, ?)`,
  );
  const writer: EvaluationWriter = (evaluation, createdAt, run) => {
    const id = Number(insertEvaluation.run(evaluationToRow(evaluation, createdAt, run)).lastInsertRowid);
    for (const check of evaluation.checks) {
      const row = checkToRow(id, check);
      insertCheck.run(row.evaluation_id, row.check_id, row.result, row.deducted, row.severity, row.evidence);
    }
    return id;
  };
  writers.set(sqlite, writer);
  return writer;
}
