import { readFileSync } from 'node:fs';
import { type CallFailures, inspectCall, scoreCheckAccuracy } from '@callqa/core';
import { formatProblem, openInput, parseRecord, readRecords } from '@callqa/ingest';
import { padDisplay } from '../format/display-width.js';
import { CliError } from './cli-error.js';
import { resolveScorecards } from './resolve-scorecards.js';

type Label = { id: string; fail: Record<string, string> };

function readLabels(file: string): CallFailures[] {
  const labels: CallFailures[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let label: Label;
    try {
      label = JSON.parse(line) as Label;
    } catch (error) {
      throw new CliError(`${file}:${i + 1}: (json): ${(error as Error).message}`);
    }
    if (typeof label.id !== 'string' || typeof label.fail !== 'object' || label.fail === null) {
      throw new CliError(`${file}:${i + 1}: id/fail: expected {"id": string, "fail": {check: reason}}`);
    }
    labels.push({ id: label.id, failed: new Set(Object.keys(label.fail)) });
  });
  return labels;
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(6);

/**
 * callqa eval CALLS LABELS: precision, recall and F1 of every check on labelled calls. The labels
 * file has one {"id", "fail": {check: reason}} per line; checks not listed are expected not to fail.
 */
export async function runEval(options: {
  calls: string;
  labels: string;
  scorecards: string[];
  verbose: boolean;
  minMacroF1?: number;
}): Promise<number> {
  const labels = readLabels(options.labels);
  const { pick, all } = resolveScorecards(options.scorecards);
  const predictions: CallFailures[] = [];
  const labelById = new Map(labels.map((l) => [l.id, l.failed]));
  const mistakes: string[] = [];
  let language: 'zh' | 'en' | undefined;
  for await (const record of readRecords(openInput(options.calls))) {
    const parsed = parseRecord(record);
    if (!parsed.ok) {
      for (const p of parsed.problems) process.stderr.write(`${formatProblem(options.calls, p)}\n`);
      continue;
    }
    language ??= parsed.call.language;
    const evaluation = inspectCall(pick(parsed.call.language), parsed.call);
    const failed = new Set(evaluation.checks.filter((c) => c.result === 'fail').map((c) => c.check));
    predictions.push({ id: parsed.call.id, failed });
    const expected = labelById.get(parsed.call.id);
    if (options.verbose && expected) {
      for (const c of evaluation.checks) {
        const isFail = failed.has(c.check);
        if (isFail !== expected.has(c.check)) {
          const why = isFail ? `FP ${c.evidence[0]?.quote ?? ''} ${c.reason.en}` : 'FN';
          mistakes.push(`${parsed.call.id}  ${c.check.padEnd(12)} ${why}`);
        }
      }
    }
  }
  const checks = [
    ...new Set(
      all
        .filter((s) => !language || s.language === language)
        .flatMap((s) => s.items.filter((i) => i.check).map((i) => i.id)),
    ),
  ];
  const report = scoreCheckAccuracy({ checks, labels, predictions });
  const out: string[] = [`${options.calls}: ${report.calls} labelled calls (${language ?? '?'})`];
  out.push(`${padDisplay('check', 14)}  support    TP    FP    FN  precision  recall      F1`);
  for (const c of report.checks) {
    out.push(
      `${padDisplay(c.check, 14)}  ${String(c.support).padStart(7)} ${String(c.truePositives).padStart(5)} ${String(c.falsePositives).padStart(5)} ${String(c.falseNegatives).padStart(5)}     ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
    );
  }
  const weakest = report.checks.reduce(
    (min, c) => (c.f1 < min.f1 ? c : min),
    report.checks[0] ?? { check: '-', f1: 0 },
  );
  out.push(`macro-F1 ${pct(report.macroF1).trim()} %   lowest ${weakest.check} ${pct(weakest.f1).trim()} %`);
  if (report.unmatched.unpredicted.length > 0)
    out.push(`labelled but not inspected: ${report.unmatched.unpredicted.join(', ')}`);
  if (mistakes.length > 0) out.push('', ...mistakes);
  process.stdout.write(`${out.join('\n')}\n`);
  if (options.minMacroF1 !== undefined && report.macroF1 < options.minMacroF1) return 1;
  return 0;
}
