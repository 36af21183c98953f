import { type CompiledScorecard, compileScorecard } from '@callqa/core';
import { getScorecard, type Store } from '@callqa/store';

const compiled = new Map<string, CompiledScorecard>();

/**
 * The compiled scorecard version an evaluation names (a version never changes once stored, so it
 * is compiled once per process). Undefined when the database does not hold it.
 */
export function compiledScorecardVersion(
  store: Store,
  id: string,
  version: string,
): CompiledScorecard | undefined {
  const key = `${id}@${version}`;
  const known = compiled.get(key);
  if (known) return known;
  const document = getScorecard(store, id, version);
  if (!document) return undefined;
  const result = compileScorecard(document);
  if (!result.ok) throw new Error(`stored scorecard ${key} no longer compiles: ${result.issues[0]?.message}`);
  compiled.set(key, result.scorecard);
  return result.scorecard;
}
