import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CenterOptions, generateCenter, SURVEY_HEADER } from '@callqa/ingest';
import { LineWriter } from '../io/write-lines.js';

export type ScenarioFiles = {
  dir: string;
  queueLog: string;
  cdr: string;
  calls: string;
  surveys: string;
  counts: { days: number; calls: number; queueEvents: number; cdrs: number; surveys: number };
};

/**
 * Writes a generated center in the formats real systems produce (queue_log, Master.csv, call JSONL,
 * survey CSV), so that the demo goes through the same importers as a customer's own data.
 */
export async function writeScenarioFiles(dir: string, options: CenterOptions): Promise<ScenarioFiles> {
  mkdirSync(dir, { recursive: true });
  const files = {
    queueLog: join(dir, 'queue_log'),
    cdr: join(dir, 'Master.csv'),
    calls: join(dir, 'calls.jsonl'),
    surveys: join(dir, 'surveys.csv'),
  };
  const queueLog = new LineWriter(files.queueLog);
  const cdr = new LineWriter(files.cdr);
  const calls = new LineWriter(files.calls);
  const surveys = new LineWriter(files.surveys, SURVEY_HEADER);
  const counts = { days: 0, calls: 0, queueEvents: 0, cdrs: 0, surveys: 0 };
  for (const day of generateCenter(options)) {
    counts.days++;
    counts.calls += day.calls.length;
    counts.queueEvents += day.queueLog.length;
    counts.cdrs += day.cdr.length;
    counts.surveys += day.surveys.length;
    await queueLog.write(day.queueLog);
    await cdr.write(day.cdr);
    // What the generator planted is its own bookkeeping, not part of a call record.
    await calls.write(day.calls.map(({ planted: _planted, ...call }) => JSON.stringify(call)));
    await surveys.write(day.surveys);
  }
  await Promise.all([queueLog.close(), cdr.close(), calls.close(), surveys.close()]);
  return { dir, ...files, counts };
}
