import type { CompiledCondition } from '../scorecard/compiled-scorecard.js';
import type { HangupCondition } from '../scorecard/condition-schema.js';
import type { CallContext } from './call-context.js';
import type { Outcome } from './evidence.js';

type MetadataCondition = Extract<CompiledCondition, { op: 'metadata' }>;

/** hangup: who ended the call. A call without hangupBy never hits. */
export function evaluateHangup(ctx: CallContext, condition: HangupCondition): Outcome {
  const side = ctx.call.hangupBy;
  const hit = side !== undefined && condition.by.includes(side);
  return { hit, hits: [{ kind: 'call', quote: side ?? '' }] };
}

function readField(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** metadata: a condition on any field of the call (queue, team, or an extra business field; dotted paths allowed). */
export function evaluateMetadata(ctx: CallContext, condition: MetadataCondition): Outcome {
  const value = readField(ctx.call, condition.field);
  const present = value !== undefined && value !== null && value !== '';
  let hit = condition.exists === undefined ? present : present === condition.exists;
  if (condition.equals !== undefined) hit = hit && value === condition.equals;
  if (condition.in !== undefined) hit = hit && condition.in.some((v) => v === value);
  if (condition.compiledPattern) hit = hit && condition.compiledPattern.test(String(value));
  return { hit, hits: [{ kind: 'call', quote: present ? String(value) : '' }] };
}
