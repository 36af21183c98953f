import { z } from 'zod';
import { type Call, CallSchema, callLanguages, hangupSides, speakers } from './call-schema.js';
import { detectLanguage } from './detect-language.js';

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
const StartedAtSchema = z.iso.datetime({ offset: true });
const isOneOf = (values: readonly string[], value: unknown) =>
  typeof value === 'string' && values.includes(value);
const isOptionalText = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.length > 0);
const isOffset = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The same rules as CallSchema, written out by hand for the common case of a well-formed call:
 * inspecting 10,000 calls a second leaves no room for a general validator on every call. It only
 * ever says yes to what CallSchema accepts; anything else goes to CallSchema for its messages.
 */
function isWellFormedCall(input: unknown): input is Call {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const call = input as Record<string, unknown>;
  if (typeof call.id !== 'string' || call.id.length === 0) return false;
  if (!isOptionalText(call.agentId) || !isOptionalText(call.team) || !isOptionalText(call.queue))
    return false;
  if (call.language !== undefined && !isOneOf(callLanguages, call.language)) return false;
  if (call.hangupBy !== undefined && !isOneOf(hangupSides, call.hangupBy)) return false;
  if (call.startedAt !== undefined && !StartedAtSchema.safeParse(call.startedAt).success) return false;
  if (!Array.isArray(call.turns)) return false;
  let previousStart = 0;
  for (const raw of call.turns) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
    const turn = raw as Record<string, unknown>;
    if (!isOneOf(speakers, turn.speaker) || typeof turn.text !== 'string') return false;
    if (!isOffset(turn.startMs) || !isOffset(turn.endMs)) return false;
    const startMs = turn.startMs as number;
    if ((turn.endMs as number) < startMs || startMs < previousStart) return false;
    previousStart = startMs;
  }
  return true;
}

const OPTIONAL_FIELDS = ['agentId', 'team', 'queue', 'startedAt', 'language', 'hangupBy'] as const;
const ID_FIELDS = ['id', 'agentId', 'team', 'queue'] as const;

/**
 * Exports from other systems write `null` for a missing value and numbers for numeric ids; both
 * mean what they say, so they are read as absent and as text rather than rejected. A call without a
 * language gets the one its words are in, so it meets the right scorecard.
 */
function normalizeCallInput(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const call = input as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const field of OPTIONAL_FIELDS) {
    if (call[field] === null) {
      copy ??= { ...call };
      delete copy[field];
    }
  }
  for (const field of ID_FIELDS) {
    const value = call[field];
    if (typeof value === 'number' && Number.isFinite(value)) {
      copy ??= { ...call };
      copy[field] = String(value);
    }
  }
  const result = copy ?? input;
  const normalized = result as Record<string, unknown>;
  if (normalized.language === undefined && Array.isArray(normalized.turns)) {
    return { ...normalized, language: detectLanguage(normalized.turns as Array<{ text?: unknown }>) };
  }
  return result;
}

export function parseCall(raw: unknown): ParsedCall {
  const input = normalizeCallInput(raw);
  if (isWellFormedCall(input)) {
    return { ok: true, call: input.language === undefined ? { ...input, language: 'zh' } : input };
  }
  const result = CallSchema.safeParse(input);
  if (result.success) return { ok: true, call: result.data };
  return { ok: false, issues: toFieldIssues(result.error) };
}
