import { inspectCall } from '../inspection/inspect-call.js';
import { buildExampleCall } from './build-example-call.js';
import type { CompiledScorecard } from './compiled-scorecard.js';
import type { CheckResult } from './scorecard-schema.js';

export type ExampleRun = {
  check: string;
  example: number;
  name: string;
  expected: CheckResult;
  actual: CheckResult;
  passed: boolean;
  reason: string;
};

export type ScorecardTestReport = {
  runs: ExampleRun[];
  failures: ExampleRun[];
  /** Auto checks that lack a failing or a passing example: a rule with no test of its own. */
  untested: Array<{ check: string; missing: CheckResult[] }>;
};

/**
 * Runs every check's own example dialogues, like a rule tester: each example states the result
 * its check must give. `callqa scorecard test` prints this; the test suite runs it for the defaults.
 * @example testScorecard(scorecard).failures.length // 0
 */
export function testScorecard(scorecard: CompiledScorecard): ScorecardTestReport {
  const runs: ExampleRun[] = [];
  const untested: ScorecardTestReport['untested'] = [];
  for (const item of scorecard.items) {
    const check = item.check;
    if (!check) continue;
    const missing = (['fail', 'pass'] as const).filter((r) => !check.examples.some((e) => e.expect === r));
    if (missing.length > 0) untested.push({ check: item.id, missing });
    check.examples.forEach((example, i) => {
      const call = buildExampleCall(example, scorecard.language, `${item.id}#${i + 1}`);
      const outcome = inspectCall(scorecard, call).checks.find((c) => c.check === item.id);
      const actual = outcome?.result ?? 'na';
      runs.push({
        check: item.id,
        example: i + 1,
        name: example.name ?? '',
        expected: example.expect,
        actual,
        passed: actual === example.expect,
        reason: outcome ? (scorecard.language === 'en' ? outcome.reason.en : outcome.reason.zh) : '',
      });
    });
  }
  return { runs, failures: runs.filter((r) => !r.passed), untested };
}
