import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { activeScorecards, type ImportFileOptions, type ImportFileSummary, importFile } from '@callqa/ingest';
import { announceFatalCalls, type Store } from '@callqa/store';

export type ImportJob = {
  id: string;
  kind: ImportFileOptions['kind'];
  /** The uploaded file's name. */
  file: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** The import run in the database, once started. */
  runId?: number;
  /** The first rejections (the run record keeps them all). */
  errors: string[];
  visits?: number;
  linked?: number;
  message?: string;
  userId: number;
  queuedAt: number;
  startedAt?: number;
  finishedAt?: number;
};

const SHOWN_ERRORS = 100;
const KEPT_JOBS = 200;

/**
 * Uploaded files imported in the background, one at a time (an import already uses every core),
 * with progress a QA manager's page can poll. The uploaded copy is removed once imported; the
 * import run in the database keeps the counts and every rejected row.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  start(input: {
    kind: ImportFileOptions['kind'];
    path: string;
    name: string;
    dir: string;
    userId: number;
    options: Omit<ImportFileOptions, 'kind' | 'scorecardFor' | 'onProgress'>;
  }): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      kind: input.kind,
      file: input.name,
      status: 'queued',
      rowsRead: 0,
      imported: 0,
      duplicates: 0,
      rejected: 0,
      errors: [],
      userId: input.userId,
      queuedAt: Date.now(),
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.queue = this.queue.then(() => this.run(job, input));
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  list(): ImportJob[] {
    return [...this.jobs.values()].sort((a, b) => b.queuedAt - a.queuedAt);
  }

  /** Resolves when every queued import has finished (graceful shutdown, tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: ImportJob, input: Parameters<ImportJobs['start']>[0]): Promise<void> {
    job.status = 'running';
    job.startedAt = Date.now();
    try {
      const summary: ImportFileSummary = await importFile(this.store, input.path, {
        ...input.options,
        kind: input.kind,
        scorecardFor: activeScorecards(this.store),
        onProgress: (s) => {
          job.runId = s.runId;
          job.rowsRead = s.rowsRead;
          job.imported = s.imported;
          job.duplicates = s.duplicates;
          job.rejected = s.rejected;
        },
      });
      Object.assign(job, {
        status: 'completed',
        runId: summary.runId,
        rowsRead: summary.rowsRead,
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected,
        errors: summary.errors.slice(0, SHOWN_ERRORS),
      });
      if (summary.visits !== undefined) job.visits = summary.visits;
      if (input.kind === 'transcripts') announceFatalCalls(this.store, summary.runId, input.name);
      if (summary.linked !== undefined) job.linked = summary.linked;
    } catch (error) {
      job.status = 'failed';
      job.message = error instanceof Error ? error.message : String(error);
    } finally {
      job.finishedAt = Date.now();
      rmSync(input.dir, { recursive: true, force: true });
    }
  }

  private forgetOld(): void {
    const finished = this.list().filter((j) => j.status === 'completed' || j.status === 'failed');
    for (const job of finished.slice(KEPT_JOBS)) this.jobs.delete(job.id);
  }
}
