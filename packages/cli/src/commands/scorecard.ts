import { defaultScorecardDocuments, testScorecard } from '@callqa/core';
import { CliError } from './cli-error.js';
import { resolveScorecard } from './resolve-scorecards.js';

/** callqa scorecard validate FILE: every problem with its path inside the document. */
export function runScorecardValidate(file: string): number {
  const scorecard = resolveScorecard(file);
  const auto = scorecard.items.filter((i) => i.check).length;
  process.stdout.write(
    `${file}: ok — ${scorecard.id}@${scorecard.version}, ${scorecard.items.length} items (${auto} automatic), ${scorecard.maxScore} points, pass at ${scorecard.passScore}\n`,
  );
  return 0;
}

/** callqa scorecard test FILE: runs every check's example dialogues, like a rule tester. */
export function runScorecardTest(file: string): number {
  const scorecard = resolveScorecard(file);
  const report = testScorecard(scorecard);
  for (const run of report.failures) {
    process.stdout.write(
      `✘ ${run.check} example ${run.example}${run.name ? ` (${run.name})` : ''}: expected ${run.expected}, got ${run.actual} — ${run.reason}\n`,
    );
  }
  for (const gap of report.untested) {
    process.stdout.write(`! ${gap.check}: no example that must ${gap.missing.join(' or ')}\n`);
  }
  const passed = report.runs.length - report.failures.length;
  process.stdout.write(`${passed} passed, ${report.failures.length} failed\n`);
  return report.failures.length > 0 || report.untested.length > 0 ? 1 : 0;
}

/** callqa scorecard show NAME: prints a shipped scorecard, to copy and edit. */
export function runScorecardShow(name: string): number {
  const language = name === 'default-en' ? 'en' : name === 'default-zh' ? 'zh' : null;
  if (!language) throw new CliError(`unknown scorecard "${name}": use default-zh or default-en`);
  process.stdout.write(`${JSON.stringify(defaultScorecardDocuments[language], null, 2)}\n`);
  return 0;
}
