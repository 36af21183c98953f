/**
 * SQLite only: prepared statements that add one evaluation with its findings. Shared by the call
 * import (inside its transaction) and by re-inspection.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { PreparedEvaluation } from '../mappers/prepared-call.js';

export type EvaluationWriter = (
  evaluation: PreparedEvaluation,
  createdAt: number,
  run: string | null,
) => number;

const writers = new WeakMap<BetterSqlite3.Database, EvaluationWriter>();

export function evaluationWriter(sqlite: BetterSqlite3.Database): EvaluationWriter {
  const known = writers.get(sqlite);
  if (known) return known;
  const insertEvaluation = sqlite.prepare(
    `insert into evaluations (call_id, scorecard_id, scorecard_version, score, max_score, pass_score,
       passed, fatal_failed, class_a, class_b, class_c, pending, checks, created_at, run)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFinding = sqlite.prepare(
    `insert into check_results (evaluation_id, check_id, result, deducted, severity, evidence)
     values (?, ?, ?, ?, ?, ?)`,
  );
  const writer: EvaluationWriter = ({ row, findings }, createdAt, run) => {
    const id = Number(
      insertEvaluation.run(
        row.call_id,
        row.scorecard_id,
        row.scorecard_version,
        row.score,
        row.max_score,
        row.pass_score,
        row.passed,
        row.fatal_failed,
        row.class_a,
        row.class_b,
        row.class_c,
        row.pending,
        row.checks,
        createdAt,
        run,
      ).lastInsertRowid,
    );
    for (const [check, result, deducted, severity, evidence] of findings) {
      insertFinding.run(id, check, result, deducted, severity, evidence);
    }
    return id;
  };
  writers.set(sqlite, writer);
  return writer;
}
