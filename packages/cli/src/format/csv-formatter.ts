import type { Call, CompiledScorecard, Evaluation } from '@callqa/core';
import type { DisplayLanguage, Formatter } from './formatter.js';

/** Quotes a CSV field when it needs it (RFC 4180), and defuses leading =+-@ so Excel does not run it as a formula. */
export function csvField(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADERS = {
  zh: [
    '通话ID',
    '坐席',
    '座席组',
    '队列',
    '开始时间',
    '评分表版本',
    '得分',
    '满分',
    '是否合格',
    '致命项',
    'A类',
    'B类',
    'C类',
  ],
  en: [
    'call id',
    'agent',
    'ACD group',
    'queue',
    'started at',
    'scorecard version',
    'score',
    'max score',
    'passed',
    'fatal',
    'class A',
    'class B',
    'class C',
  ],
} as const;

/**
 * For Excel: one row per call, one column per check (pass / fail / na) and the deductions with
 * their quotes in the last column. UTF-8 with a BOM, so Excel opens Chinese text correctly.
 */
export function createCsvFormatter(options: {
  language: DisplayLanguage;
  scorecards: CompiledScorecard[];
}): Formatter {
  const { language } = options;
  const checkIds = [
    ...new Set(options.scorecards.flatMap((s) => s.items.filter((i) => i.check).map((i) => i.id))),
  ];
  const names = new Map(
    options.scorecards.flatMap((s) => s.items.map((i) => [i.id, i.name[language]] as const)),
  );
  const yes = language === 'zh' ? '是' : 'yes';
  const no = language === 'zh' ? '否' : 'no';
  return {
    header() {
      const columns = [
        ...HEADERS[language],
        ...checkIds.map((id) => `${names.get(id) ?? id} (${id})`),
        language === 'zh' ? '扣分明细' : 'deductions',
      ];
      return `\uFEFF${columns.map(csvField).join(',')}\r\n`;
    },
    row(evaluation: Evaluation, _call: Call) {
      const byId = new Map(evaluation.checks.map((c) => [c.check, c]));
      const deductions = evaluation.checks
        .filter((c) => c.result === 'fail')
        .map(
          (c) =>
            `${c.name[language]} -${c.deducted}: ${c.evidence[0]?.reason[language] ?? c.reason[language]}`,
        )
        .join('\n');
      const fields = [
        evaluation.callId,
        evaluation.agentId,
        evaluation.team,
        evaluation.queue,
        evaluation.startedAt,
        `${evaluation.scorecard.id}@${evaluation.scorecard.version}`,
        evaluation.score,
        evaluation.maxScore,
        evaluation.passed ? yes : no,
        evaluation.fatalFailed ? yes : no,
        evaluation.classCounts.A,
        evaluation.classCounts.B,
        evaluation.classCounts.C,
        ...checkIds.map((id) => byId.get(id)?.result ?? ''),
        deductions,
      ];
      return `${fields.map(csvField).join(',')}\r\n`;
    },
    footer: () => null,
  };
}
