import type { Call, Evaluation } from '@callqa/core';
import { toEvaluationRecord } from './evaluation-record.js';
import type { Formatter } from './formatter.js';

/** Exactly one JSON object per call, in input order. */
export function createJsonlFormatter(): Formatter {
  return {
    header: () => null,
    row: (evaluation: Evaluation, _call: Call) => `${JSON.stringify(toEvaluationRecord(evaluation))}\n`,
    footer: () => null,
  };
}
