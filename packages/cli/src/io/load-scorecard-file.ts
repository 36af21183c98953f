import { readFileSync } from 'node:fs';
import { type CompiledScorecard, compileScorecard, type ScorecardIssue } from '@callqa/core';
import { parse as parseYaml } from 'yaml';

export type ScorecardFile =
  | { ok: true; scorecard: CompiledScorecard }
  | { ok: false; issues: ScorecardIssue[] };

/** Reads a scorecard from JSON or YAML (by extension, or by content when the extension says neither). */
export function loadScorecardFile(file: string): ScorecardFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: (error as Error).message }] };
  }
  let document: unknown;
  try {
    document =
      /\.ya?ml$/i.test(file) || !text.trimStart().startsWith('{') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(syntax)', message: (error as Error).message }] };
  }
  return compileScorecard(document);
}
