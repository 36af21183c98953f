import type { z } from 'zod';
import { type Call, CallSchema } from './call-schema.js';

export type FieldIssue = { field: string; message: string };
export type ParsedCall = { ok: true; call: Call } | { ok: false; issues: FieldIssue[] };

/** Renders a zod path the way people read it: `turns[3].startMs`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: formatIssuePath(issue.path), message: issue.message }));
}

/**
 * Validates one call of the interchange format.
 * @example parseCall(JSON.parse(line)) // { ok: true, call } or { ok: false, issues: [{ field: 'turns[2].endMs', message }] }
 */
export function parseCall(input: unknown): ParsedCall {
  const result = CallSchema.safeParse(input);
  if (result.success) return { ok: true, call: result.data };
  return { ok: false, issues: toFieldIssues(result.error) };
}
