import { type Call, parseCall } from '@callqa/core';
import type { RawRecord } from './read-records.js';

export type RecordProblem = { line: number; field: string; message: string };
export type ParsedRecord = { ok: true; line: number; call: Call } | { ok: false; problems: RecordProblem[] };

/** Parses one raw record into a call, or says which field of which line is wrong. */
export function parseRecord(record: RawRecord): ParsedRecord {
  let json: unknown;
  try {
    json = JSON.parse(record.text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { line: record.line, field: '(json)', message: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const parsed = parseCall(json);
  if (parsed.ok) return { ok: true, line: record.line, call: parsed.call };
  return { ok: false, problems: parsed.issues.map((issue) => ({ line: record.line, ...issue })) };
}

/** `FILE:LINE: field: message`, the shape editors and CI logs link to. */
export function formatProblem(file: string, problem: RecordProblem): string {
  return `${file === '-' ? '<stdin>' : file}:${problem.line}: ${problem.field}: ${problem.message}`;
}
