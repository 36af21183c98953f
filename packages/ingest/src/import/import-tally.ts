import { finishImportRun, type Store, startImportRun } from '@callqa/store';

/** What one import did: rows read, imported, skipped as already stored, and rejected with why. */
export type ImportSummary = {
  kind: string;
  file: string;
  runId: number;
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** Every rejection as `FILE:LINE: field: message`. */
  errors: string[];
  seconds: number;
};

export type ImportProgress = (summary: Readonly<ImportSummary>) => void;

/**
 * Keeps the counts of an import and its run record: started before the first row, finished (with
 * the full error list) after the last, or marked failed when the import stops with an error.
 */
export class ImportTally {
  readonly summary: ImportSummary;
  private readonly started = Date.now();

  constructor(
    private readonly store: Store,
    kind: string,
    file: string,
  ) {
    const runId = startImportRun(store, { kind, file });
    this.summary = {
      kind,
      file,
      runId,
      rowsRead: 0,
      imported: 0,
      duplicates: 0,
      rejected: 0,
      errors: [],
      seconds: 0,
    };
  }

  reject(line: number, field: string, message: string): void {
    this.summary.rejected++;
    this.summary.errors.push(
      `${this.summary.file === '-' ? '<stdin>' : this.summary.file}:${line}: ${field}: ${message}`,
    );
  }

  finish(status: 'completed' | 'failed' = 'completed'): ImportSummary {
    this.summary.seconds = (Date.now() - this.started) / 1000;
    const { rowsRead, imported, duplicates, rejected, errors } = this.summary;
    finishImportRun(this.store, this.summary.runId, {
      status,
      rowsRead,
      imported,
      duplicates,
      rejected,
      errors,
    });
    return this.summary;
  }

  /** Runs the import body; the run record says "failed" if it throws, and the error goes on. */
  async run(body: (tally: ImportTally) => Promise<void>): Promise<ImportSummary> {
    try {
      await body(this);
    } catch (error) {
      this.summary.errors.push(`${this.summary.file}: (import): ${(error as Error).message}`);
      this.finish('failed');
      throw error;
    }
    return this.finish();
  }
}
