import { type CallLanguage, type CompiledScorecard, defaultScorecard } from '@callqa/core';
import { loadScorecardFile } from '../io/load-scorecard-file.js';
import { CliError } from './cli-error.js';

/** A scorecard per call language: the ones given with --scorecard, the defaults for the rest. */
export type ScorecardSet = (language: CallLanguage) => CompiledScorecard;

export function resolveScorecard(nameOrFile: string): CompiledScorecard {
  if (nameOrFile === 'default-zh') return defaultScorecard('zh');
  if (nameOrFile === 'default-en') return defaultScorecard('en');
  const loaded = loadScorecardFile(nameOrFile);
  if (!loaded.ok) {
    throw new CliError(loaded.issues.map((i) => `${nameOrFile}: ${i.path}: ${i.message}`).join('\n'), 2);
  }
  return loaded.scorecard;
}

export function resolveScorecards(files: readonly string[]): {
  pick: ScorecardSet;
  all: CompiledScorecard[];
} {
  const given = new Map<CallLanguage, CompiledScorecard>();
  for (const file of files) {
    const scorecard = resolveScorecard(file);
    given.set(scorecard.language, scorecard);
  }
  const pick: ScorecardSet = (language) => given.get(language) ?? defaultScorecard(language);
  const all = given.size > 0 ? [...given.values()] : [defaultScorecard('zh'), defaultScorecard('en')];
  return { pick, all };
}
