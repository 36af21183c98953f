import { type CallLanguage, type CompiledScorecard, compileScorecard, defaultScorecard } from '@callqa/core';
import { activeScorecard, type Store, saveScorecard } from '@callqa/store';
import { CliError } from '../commands/cli-error.js';
import { resolveScorecard } from '../commands/resolve-scorecards.js';

/**
 * The scorecard each language's calls are inspected with when they are imported: the one given
 * (which becomes the active one), else the active one in the database, else the shipped default,
 * stored so that every evaluation names a scorecard version the database holds.
 */
export function activeScorecards(
  store: Store,
  given: readonly string[],
): (language: CallLanguage) => CompiledScorecard {
  for (const nameOrFile of given) {
    const scorecard = resolveScorecard(nameOrFile);
    saveScorecard(store, scorecard.document, { active: true });
  }
  const cache = new Map<CallLanguage, CompiledScorecard>();
  return (language) => {
    let compiled = cache.get(language);
    if (compiled) return compiled;
    const stored = activeScorecard(store, language);
    if (stored) {
      const loaded = compileScorecard(stored);
      if (!loaded.ok)
        throw new CliError(
          `stored scorecard ${stored.id}@${stored.version} no longer compiles: ${loaded.issues[0]?.message}`,
        );
      compiled = loaded.scorecard;
    } else {
      compiled = defaultScorecard(language);
      saveScorecard(store, compiled.document, { active: true });
    }
    cache.set(language, compiled);
    return compiled;
  };
}
