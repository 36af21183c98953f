import { z } from 'zod';
import { CallSchema } from './call-schema.js';

/**
 * The JSON Schema of the call interchange format, for integrators who do not use TypeScript.
 * Published as packages/core/schema/call.schema.json (a test keeps the file in step).
 */
export function buildCallJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CallSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://callqa.dev/schema/call.schema.json',
    title: 'callqa call',
    description:
      'One call of the callqa interchange format (one per JSONL line). Turns are sorted by startMs; unknown fields are kept.',
  };
}
