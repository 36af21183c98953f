import type { Selectable } from 'kysely';
import type { ImportRunsTable } from '../database.js';
import { readNumber, readOptionalNumber } from './values.js';

export const importRunStatuses = ['running', 'completed', 'failed'] as const;
export type ImportRunStatus = (typeof importRunStatuses)[number];

/** One import of one file: what was read, kept, skipped as already stored, and refused, and why. */
export type ImportRun = {
  id: number;
  kind: string;
  file: string;
  startedAt: number;
  finishedAt?: number;
  status: ImportRunStatus;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** `FILE:LINE: field: message`, every one. */
  errors: string[];
};

export function rowToImportRun(row: Selectable<ImportRunsTable>): ImportRun {
  const run: ImportRun = {
    id: readNumber(row.id),
    kind: row.kind,
    file: row.file,
    startedAt: readNumber(row.started_at),
    status: row.status as ImportRunStatus,
    rowsRead: readNumber(row.rows_read),
    imported: readNumber(row.imported),
    duplicates: readNumber(row.duplicates),
    rejected: readNumber(row.rejected),
    errors: JSON.parse(row.errors) as string[],
  };
  const finishedAt = readOptionalNumber(row.finished_at);
  if (finishedAt !== undefined) run.finishedAt = finishedAt;
  return run;
}
