import type { Store } from './database.js';
import { type ImportRun, type ImportRunStatus, rowToImportRun } from './mappers/import-run-row.js';
import { execute, selectRows } from './sqlite/execute.js';

export type ImportRunSummary = {
  status: Exclude<ImportRunStatus, 'running'>;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** `FILE:LINE: field: message`, every one: the run keeps the full list, not a sample. */
  errors: readonly string[];
};

/** Records the start of an import of one file; returns the run id to pass to `saveCalls`. */
export function startImportRun(store: Store, run: { kind: string; file: string }): number {
  const result = execute(
    store,
    store.db.insertInto('import_runs').values({
      kind: run.kind,
      file: run.file,
      started_at: Date.now(),
      status: 'running',
      rows_read: 0,
      imported: 0,
      duplicates: 0,
      rejected: 0,
      errors: '[]',
    }),
  );
  return Number(result.lastInsertRowid);
}

export function finishImportRun(store: Store, id: number, summary: ImportRunSummary): void {
  const result = execute(
    store,
    store.db
      .updateTable('import_runs')
      .set({
        finished_at: Date.now(),
        status: summary.status,
        rows_read: summary.rowsRead,
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected,
        errors: JSON.stringify(summary.errors),
      })
      .where('id', '=', id),
  );
  if (result.changes === 0) throw new Error(`import run ${id} does not exist: start it with startImportRun`);
}

/** Every import run, oldest first. */
export function importRuns(store: Store): ImportRun[] {
  return selectRows(store, store.db.selectFrom('import_runs').selectAll().orderBy('id')).map(rowToImportRun);
}
