import type { CallLanguage, CompiledScorecard } from '@callqa/core';
import { activeScorecards as storedActiveScorecards } from '@callqa/ingest';
import { type Store, saveScorecard } from '@callqa/store';
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
  return storedActiveScorecards(store);
}
