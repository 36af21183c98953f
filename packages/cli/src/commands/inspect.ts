import { inspectCall } from '@callqa/core';
import { formatProblem, openInput, parseRecord, readRecordBatches } from '@callqa/ingest';
import { createCsvFormatter } from '../format/csv-formatter.js';
import { maskEvaluationEvidence } from '../format/evaluation-record.js';
import type { DisplayLanguage, Formatter, OutputFormat } from '../format/formatter.js';
import { createJsonlFormatter } from '../format/jsonl-formatter.js';
import { createStyle, wantsColour } from '../format/style.js';
import { createTableFormatter } from '../format/table-formatter.js';
import { createProgress } from '../io/progress.js';
import { OutputBuffer } from '../io/write-output.js';
import { resolveScorecards } from './resolve-scorecards.js';

export type InspectOptions = {
  files: string[];
  scorecards: string[];
  format: OutputFormat;
  language: DisplayLanguage;
  unmasked: boolean;
};

export type InspectResult = { inspected: number; rejected: number };

/**
 * callqa inspect: streams calls from one or more files, inspects each with the scorecard of its language and prints one
 * result per call in input order. A bad line is reported as FILE:LINE: field: message and skipped;
 * the good lines are still inspected.
 */
export async function runInspect(options: InspectOptions): Promise<InspectResult> {
  const { pick, all } = resolveScorecards(options.scorecards);
  const formatter: Formatter =
    options.format === 'jsonl'
      ? createJsonlFormatter()
      : options.format === 'csv'
        ? createCsvFormatter({ language: options.language, scorecards: all })
        : createTableFormatter({
            language: options.language,
            style: createStyle(wantsColour(process.stdout)),
            width: process.stdout.columns ?? 120,
          });
  const out = new OutputBuffer(process.stdout);
  const progress = createProgress(process.stderr, options.language === 'zh' ? '已质检' : 'inspected');
  const header = formatter.header();
  if (header) await out.write(header);
  let inspected = 0;
  let rejected = 0;
  for (const file of options.files) {
    for await (const batch of readRecordBatches(openInput(file))) {
      for (const record of batch) {
        const parsed = parseRecord(record);
        if (!parsed.ok) {
          rejected++;
          await out.flush();
          for (const problem of parsed.problems) process.stderr.write(`${formatProblem(file, problem)}\n`);
          continue;
        }
        const evaluation = inspectCall(pick(parsed.call.language), parsed.call);
        const shown = options.unmasked ? evaluation : maskEvaluationEvidence(evaluation, parsed.call);
        const full = out.write(formatter.row(shown, parsed.call));
        if (full) await full;
        progress.tick(++inspected);
      }
    }
  }
  progress.done();
  const footer = formatter.footer();
  if (footer) await out.write(footer);
  await out.flush();
  if (rejected > 0) {
    process.stderr.write(
      options.language === 'zh'
        ? `已质检 ${inspected} 通,${rejected} 行被拒绝(见上)。\n`
        : `${inspected} calls inspected, ${rejected} lines rejected (see above).\n`,
    );
  }
  return { inspected, rejected };
}
