import type { Call, Turn } from '../call/call-schema.js';
import type { CheckOutcome } from '../inspection/evaluation.js';
import { inspectCall } from '../inspection/inspect-call.js';
import { compileScorecard } from '../scorecard/compile-scorecard.js';
import type { CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import type { Condition } from '../scorecard/condition-schema.js';
import type { ScorecardDocument } from '../scorecard/scorecard-schema.js';

type TurnSpec = [speaker: 'A' | 'C', text: string, startMs?: number, endMs?: number];

/** A call for tests: turns as ["A" | "C", text, startMs?, endMs?]; untimed turns get 2 s each with 0.5 s gaps. */
export function buildCall(options: { turns: TurnSpec[] } & Partial<Omit<Call, 'turns'>>): Call {
  let cursor = 0;
  const turns: Turn[] = options.turns.map(([who, text, startMs, endMs]) => {
    const start = startMs ?? cursor;
    const end = endMs ?? start + 2000;
    cursor = end + 500;
    return { speaker: who === 'A' ? 'agent' : 'customer', text, startMs: start, endMs: end };
  });
  const { turns: _turns, ...rest } = options;
  return { id: 'c-test', language: 'zh', hangupBy: 'customer', ...rest, turns };
}

/** A one-item scorecard around a condition, to test an operator on its own. */
export function buildScorecard(
  failWhen: Condition,
  extra: Partial<Pick<ScorecardDocument, 'lists' | 'conditions' | 'naPolicy'>> & {
    applicableWhen?: Condition;
  } = {},
): CompiledScorecard {
  const { applicableWhen, ...rest } = extra;
  const loaded = compileScorecard({
    id: 'test',
    version: '1',
    name: { zh: '测试', en: 'Test' },
    language: 'zh',
    passScore: 80,
    ...rest,
    sections: [
      {
        id: 's',
        name: { zh: '测试', en: 'Test' },
        items: [
          {
            id: 'rule',
            name: { zh: '规则', en: 'Rule' },
            points: 10,
            severity: 'B',
            scoring: 'auto',
            check: {
              failWhen,
              ...(applicableWhen ? { applicableWhen } : {}),
              reasons: {
                fail: { zh: '不合格:{quote}', en: 'fail: {quote}' },
                pass: { zh: '合格', en: 'pass' },
              },
            },
          },
        ],
      },
    ],
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.scorecard;
}

/** Keeps literal types for a condition written inline in a test. */
export const cond = <T extends Condition>(condition: T): T => condition;

/** The outcome of one condition, wrapped in a one-item scorecard, on a call. */
export function runCondition(
  condition: Condition,
  call: Call,
  extra: Parameters<typeof buildScorecard>[1] = {},
): CheckOutcome {
  const check = inspectCall(buildScorecard(condition, extra), call).checks[0];
  if (!check) throw new Error('the scorecard has no check');
  return check;
}
