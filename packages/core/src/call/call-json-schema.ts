import { CallSchema } from './call-schema.js';
import { publishJsonSchema } from './publish-json-schema.js';

/**
 * The JSON Schema of the call interchange format, for integrators who do not use TypeScript.
 * Published as packages/core/schema/call.schema.json (a test keeps the file in step).
 */
export function buildCallJsonSchema(): Record<string, unknown> {
  return publishJsonSchema(CallSchema, {
    id: 'call.schema.json',
    title: 'callqa call',
    description:
      'One call of the callqa interchange format (one per JSONL line). Turns are sorted by startMs; unknown fields are kept.',
  });
}
