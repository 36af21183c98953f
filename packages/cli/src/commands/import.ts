import {
  type ImportKind,
  ImportOptionError,
  type ImportProgress,
  type ImportSummary,
  importFile,
  importKinds,
} from '@callqa/ingest';
import { announceFatalCalls, type Store } from '@callqa/store';
import { createProgress } from '../io/progress.js';
import { activeScorecards } from '../store/active-scorecards.js';
import { CliError } from './cli-error.js';

export { importKinds };

export type ImportOptions = {
  kind: ImportKind;
  files: string[];
  scorecards: string[];
  /** queue-log: text or csv (table export); freeswitch: json or csv. Guessed from the file name. */
  format?: string;
  mapping?: string;
  timeZone?: string;
  windowHours?: number;
  /** Worker threads for transcripts and queue-log: 0 for none; unset, by the file's size. */
  workers?: number;
  language: 'zh' | 'en';
};

function describe(summary: ImportSummary & { visits?: number; linked?: number }, zh: boolean): string {
  const extra = [
    summary.visits !== undefined
      ? zh
        ? `排队记录 ${summary.visits}`
        : `${summary.visits} queue visits`
      : '',
    summary.linked !== undefined
      ? zh
        ? `按主叫关联 ${summary.linked}`
        : `${summary.linked} linked by caller`
      : '',
  ].filter(Boolean);
  const base = zh
    ? `${summary.file}: 读取 ${summary.rowsRead} 行,导入 ${summary.imported},重复跳过 ${summary.duplicates},拒绝 ${summary.rejected}(${summary.seconds.toFixed(1)} 秒)`
    : `${summary.file}: ${summary.rowsRead} rows read, ${summary.imported} imported, ${summary.duplicates} skipped as duplicates, ${summary.rejected} rejected (${summary.seconds.toFixed(1)} s)`;
  return [base, ...extra].join('; ');
}

async function importOne(store: Store, file: string, options: ImportOptions, tick: ImportProgress) {
  try {
    return await importFile(store, file, {
      kind: options.kind,
      scorecardFor: activeScorecards(store, options.scorecards),
      onProgress: tick,
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.mapping !== undefined ? { mapping: options.mapping } : {}),
      ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
      ...(options.windowHours !== undefined ? { windowHours: options.windowHours } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
    });
  } catch (error) {
    if (error instanceof ImportOptionError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * callqa import KIND FILE…: each file in its own import run, a summary line per file, every
 * rejected row as FILE:LINE: field: message on stderr. Exit 1 when any row was rejected.
 */
export async function runImport(store: Store, options: ImportOptions): Promise<number> {
  const zh = options.language === 'zh';
  let rejected = 0;
  for (const file of options.files) {
    const bar = createProgress(process.stderr, zh ? '已读取' : 'read');
    const summary = await importOne(store, file, options, (s) => bar.tick(s.rowsRead));
    bar.done();
    for (const error of summary.errors.slice(0, 50)) process.stderr.write(`${error}\n`);
    if (summary.errors.length > 50) {
      process.stderr.write(
        zh
          ? `……另有 ${summary.errors.length - 50} 条错误,完整列表见导入记录 #${summary.runId}\n`
          : `… ${summary.errors.length - 50} more; the full list is in import run #${summary.runId}\n`,
      );
    }
    // The same notice as an upload through the web app: QA and the team leads hear of fatal hits.
    const fatal = options.kind === 'transcripts' ? announceFatalCalls(store, summary.runId, file) : 0;
    process.stdout.write(`${describe(summary, zh)}\n`);
    if (fatal > 0) {
      process.stdout.write(
        zh
          ? `${fatal} 通命中致命项,已通知品质经理和组长\n`
          : `${fatal} calls failed a fatal item: QA managers and team leads notified\n`,
      );
    }
    rejected += summary.rejected;
  }
  return rejected > 0 ? 1 : 0;
}
