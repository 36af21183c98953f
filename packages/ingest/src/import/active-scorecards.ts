import { type CallLanguage, type CompiledScorecard, compileScorecard, defaultScorecard } from '@callqa/core';
import { activeScorecard, type Store, saveScorecard } from '@callqa/store';

/**
 * The scorecard each language's calls are inspected with on import: the active one in the
 * database, else the shipped default, stored (and made active) so that every evaluation names a
 * scorecard version the database holds. Compiled once per language.
 */
export function activeScorecards(store: Store): (language: CallLanguage) => CompiledScorecard {
  const cache = new Map<CallLanguage, CompiledScorecard>();
  return (language) => {
    let compiled = cache.get(language);
    if (compiled) return compiled;
    const stored = activeScorecard(store, language);
    if (stored) {
      const loaded = compileScorecard(stored);
      if (!loaded.ok) {
        throw new Error(
          `stored scorecard ${stored.id}@${stored.version} no longer compiles: ${loaded.issues[0]?.message}`,
        );
      }
      compiled = loaded.scorecard;
    } else {
      compiled = defaultScorecard(language);
      saveScorecard(store, compiled.document, { active: true });
    }
    cache.set(language, compiled);
    return compiled;
  };
}
