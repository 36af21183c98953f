import { join, resolve } from 'node:path';
import { type ScenarioName, scenarios } from '@callqa/ingest';
import type { Store } from '@callqa/store';
import { runImport } from './import.js';
import { writeScenarioFiles } from './seed-files.js';

export type SeedOptions = {
  scenario: ScenarioName;
  out?: string;
  seed?: number;
  days?: number;
  language: 'zh' | 'en';
};

/**
 * callqa seed: generates a center (demo, month or bench) as the files its systems would write, then
 * imports them through the ordinary importers: transcripts first (they name agents' ACD groups),
 * then queue_log and surveys. The CDRs describe the same calls as the queue_log and are written for
 * trying the CDR importer; queue_log is the better source of queue waits, so it alone is imported.
 */
export async function runSeed(store: Store, dbFile: string, options: SeedOptions): Promise<number> {
  if (!(options.scenario in scenarios)) throw new Error(`unknown scenario ${options.scenario}`);
  const dir = resolve(options.out ?? join(dbFile, '..', `scenario-${options.scenario}`));
  const files = await writeScenarioFiles(dir, {
    scenario: options.scenario,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.days !== undefined ? { days: options.days } : {}),
  });
  const c = files.counts;
  process.stdout.write(
    options.language === 'zh'
      ? `已生成 ${c.days} 天:${c.calls} 通录音文本,${c.queueEvents} 条 queue_log 事件,${c.cdrs} 条话单,${c.surveys} 份满意度问卷 → ${dir}\n`
      : `Generated ${c.days} days: ${c.calls} transcripts, ${c.queueEvents} queue_log events, ${c.cdrs} CDRs, ${c.surveys} surveys → ${dir}\n`,
  );
  const base = { scorecards: [] as string[], language: options.language };
  let code = 0;
  code |= await runImport(store, { ...base, kind: 'transcripts', files: [files.calls] });
  code |= await runImport(store, { ...base, kind: 'queue-log', files: [files.queueLog], format: 'text' });
  code |= await runImport(store, { ...base, kind: 'survey', files: [files.surveys] });
  return code;
}
