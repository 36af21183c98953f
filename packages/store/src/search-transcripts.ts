import { toCjkBigramQuery } from '@callqa/core';
import type { Store } from './database.js';
import { allTranscripts, matchTranscripts } from './sqlite/transcript-index.js';

export type TranscriptHit = { callId: string; turn: number; text: string };

/** SQL LIKE folds ASCII letters only; search results equal LIKE's, so the check folds the same. */
function foldAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text;
}

/**
 * Turns whose text contains `term` (ASCII letters in any case), call by call in the order they
 * were stored: the same turns as `text LIKE '%term%'` on each turn, found through the bigram index.
 * Index hits are candidates (a term's bigrams may occur apart), so each is checked for the term.
 * A term with nothing to look up (one Latin letter, punctuation) scans, as LIKE would.
 *
 * @example searchTranscripts(store, '退款', { limit: 20 })
 */
export function searchTranscripts(
  store: Store,
  term: string,
  options: { limit?: number } = {},
): TranscriptHit[] {
  const limit = options.limit ?? 100;
  if (limit <= 0) return [];
  const expression = toCjkBigramQuery(term);
  const candidates =
    expression === null ? allTranscripts(store.sqlite) : matchTranscripts(store.sqlite, expression);
  const needle = foldAscii(term);
  const hits: TranscriptHit[] = [];
  for (const candidate of candidates) {
    for (let turn = 0; turn < candidate.turns.length; turn++) {
      const text = candidate.turns[turn]?.text ?? '';
      if (!foldAscii(text).includes(needle)) continue;
      hits.push({ callId: candidate.callId, turn, text });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
