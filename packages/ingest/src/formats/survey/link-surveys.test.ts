import type { SurveyResponse } from '@callqa/core';
import { expect, test } from 'vitest';
import { linkSurveys } from './link-surveys.js';

const h = 3_600_000;
const calls = [
  { callId: 'c1', caller: '13800000021', endedAt: 10 * h },
  { callId: 'c2', caller: '+86 138 0000 0021', endedAt: 12 * h },
  { callId: 'c3', caller: '13800000021', endedAt: 20 * h },
  { callId: 'c4', endedAt: 11 * h },
];
const survey = (id: string, answeredAt: number, extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  id,
  answeredAt,
  caller: '13800000021',
  csat: 4,
  ...extra,
});

test('links to the caller’s most recent call ended before the answer, within the window', () => {
  const linked = linkSurveys(
    [
      survey('s1', 13 * h),
      survey('s2', 12 * h),
      survey('s3', 19 * h, { caller: '138-0000-0021' }),
      survey('s4', 40 * h),
      survey('s5', 9 * h),
      survey('s6', 13 * h, { callId: 'given' }),
      survey('s7', 13 * h, { caller: '13900000000' }),
    ],
    calls,
    { windowHours: 24 },
  );
  expect(linked.map((s) => s.callId)).toEqual(['c2', 'c2', 'c2', 'c3', undefined, 'given', undefined]);
  expect(linkSurveys([survey('s1', 13 * h)], calls, { windowHours: 0.5 })[0]?.callId).toBeUndefined();
});

test('leaves its input untouched', () => {
  const input = [survey('s1', 13 * h)];
  linkSurveys(input, calls, { windowHours: 24 });
  expect(input[0]?.callId).toBeUndefined();
});

test('numbers sharing only their last digits are different callers', () => {
  const linked = linkSurveys(
    [survey('s1', 13 * h, { caller: '99900000021' }), survey('s2', 13 * h, { caller: '0086 138 0000 0021' })],
    [{ callId: 'c', caller: '13800000021', endedAt: 12 * h }],
    { windowHours: 24 },
  );
  expect(linked.map((s) => s.callId)).toEqual([undefined, 'c']);
});
