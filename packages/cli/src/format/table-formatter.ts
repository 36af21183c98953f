import type { Call, CheckOutcome, Evaluation } from '@callqa/core';
import { displayWidth, padDisplay, truncateDisplay } from './display-width.js';
import type { DisplayLanguage, Formatter } from './formatter.js';
import { RunSummary } from './run-summary.js';
import type { Style } from './style.js';

const WORDS = {
  zh: {
    score: '得分',
    pass: '合格',
    fail: '不合格',
    fatal: '致命项',
    pending: '待人工评分项',
    none: '无扣分项',
    calls: '通话',
    passRate: '合格率',
    mean: '平均分',
    top: '扣分最多的检查项',
    of: '次',
  },
  en: {
    score: 'score',
    pass: 'PASS',
    fail: 'FAIL',
    fatal: 'fatal',
    pending: 'manual items pending',
    none: 'no deductions',
    calls: 'calls',
    passRate: 'pass rate',
    mean: 'mean score',
    top: 'most failed checks',
    of: 'calls',
  },
} as const;

function evidenceText(check: CheckOutcome, language: DisplayLanguage): string {
  return check.evidence[0]?.reason[language] ?? check.reason[language];
}

/** For people: a block per call with its failed checks and their evidence, aligned for Chinese text. */
export function createTableFormatter(options: {
  language: DisplayLanguage;
  style: Style;
  width: number;
}): Formatter {
  const { language, style } = options;
  const words = WORDS[language];
  const summary = new RunSummary();
  return {
    header: () => null,
    row(evaluation: Evaluation, _call: Call) {
      summary.add(evaluation);
      const verdict = evaluation.passed ? style.green(words.pass) : style.red(words.fail);
      const who = [evaluation.agentId, evaluation.team, evaluation.queue].filter(Boolean).join(' · ');
      const lines = [
        `${style.bold(evaluation.callId)}  ${style.dim(who)}  ${words.score} ${style.bold(String(evaluation.score))}/${evaluation.maxScore}  ${verdict}${evaluation.fatalFailed ? ` ${style.red(`(${words.fatal})`)}` : ''}`,
      ];
      const failed = evaluation.checks.filter((c) => c.result === 'fail');
      if (failed.length === 0) lines.push(`  ${style.dim(words.none)}`);
      const nameWidth = Math.max(0, ...failed.map((c) => displayWidth(c.name[language])));
      for (const check of failed) {
        const lead = `  ${style.red('✘')} ${padDisplay(check.name[language], nameWidth)}  ${String(-check.deducted).padStart(3)}  ${check.severity}  `;
        const room = Math.max(20, options.width - displayWidth(lead));
        lines.push(lead + truncateDisplay(evidenceText(check, language), room));
      }
      if (evaluation.pending.length > 0)
        lines.push(style.dim(`  ${words.pending}: ${evaluation.pending.length}`));
      return `${lines.join('\n')}\n`;
    },
    footer() {
      if (summary.calls === 0) return null;
      const rate = ((summary.passed / summary.calls) * 100).toFixed(1);
      const mean = (summary.scoreSum / summary.calls).toFixed(1);
      const lines = [
        '',
        style.bold(
          `${words.calls} ${summary.calls}  ${words.passRate} ${rate}%  ${words.mean} ${mean}  ${words.fatal} ${summary.fatal}`,
        ),
      ];
      const top = summary.topFailures(8);
      if (top.length > 0) {
        lines.push(`${words.top}:`);
        const width = Math.max(...top.map(([, f]) => displayWidth(f[language])));
        for (const [id, f] of top) {
          lines.push(
            `  ${padDisplay(f[language], width)}  ${String(f.count).padStart(5)} ${words.of}  ${style.dim(id)}`,
          );
        }
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
