import type { CallLanguage } from '../call/call-schema.js';
import { compileScorecard } from '../scorecard/compile-scorecard.js';
import type { CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import type { ScorecardDocument } from '../scorecard/scorecard-schema.js';
import defaultEn from './default-en.json' with { type: 'json' };
import defaultZh from './default-zh.json' with { type: 'json' };

/** The shipped scorecard documents, for users to copy and edit (`callqa scorecard show default-zh`). */
export const defaultScorecardDocuments: Record<CallLanguage, ScorecardDocument> = {
  zh: defaultZh as ScorecardDocument,
  en: defaultEn as ScorecardDocument,
};

const compiled = new Map<CallLanguage, CompiledScorecard>();

/**
 * The default scorecard for a language, compiled once per process.
 * @example defaultScorecard('zh').id // 'default-zh'
 */
export function defaultScorecard(language: CallLanguage): CompiledScorecard {
  const cached = compiled.get(language);
  if (cached) return cached;
  const loaded = compileScorecard(defaultScorecardDocuments[language]);
  if (!loaded.ok) {
    const first = loaded.issues[0];
    throw new Error(`default-${language} scorecard is invalid: ${first?.path}: ${first?.message}`);
  }
  compiled.set(language, loaded.scorecard);
  return loaded.scorecard;
}
