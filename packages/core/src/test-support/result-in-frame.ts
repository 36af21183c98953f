import type { CallLanguage } from '../call/call-schema.js';
import { inspectCall } from '../inspection/inspect-call.js';
import type { CheckResult } from '../scorecard/scorecard-schema.js';
import { defaultScorecard } from '../scorecards/default-scorecards.js';
import { buildCall } from './build-call.js';

export type FramedTurn = ['A' | 'C', string];

const frame: Record<CallLanguage, { open: FramedTurn; close: FramedTurn }> = {
  zh: { open: ['A', '您好,很高兴为您服务,请问有什么可以帮您?'], close: ['A', '感谢您的来电,再见。'] },
  en: {
    open: ['A', 'Thank you for calling Acme, my name is Sam, how can I help?'],
    close: ['A', 'Thanks for calling, have a great day.'],
  },
};

/**
 * One default check's result on a few turns framed by a proper opening and closing, so that only
 * the check under test can change.
 */
export function resultInFrame(
  language: CallLanguage,
  check: string,
  middle: FramedTurn[],
): CheckResult | undefined {
  const { open, close } = frame[language];
  const call = buildCall({ language, turns: [open, ...middle, close] });
  return inspectCall(defaultScorecard(language), call).checks.find((c) => c.check === check)?.result;
}
