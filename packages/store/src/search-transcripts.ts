import { toCjkBigramQuery } from '@callqa/core';
import { sql } from 'kysely';
import type { Store } from './database.js';
import { selectRows } from './sqlite/execute.js';
import { matchTranscripts } from './sqlite/transcript-index.js';

export type TranscriptHit = { callId: string; turn: number; text: string };

/** SQL LIKE folds ASCII letters only; search results equal LIKE's, so the check folds the same. */
function foldAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Turns whose text contains `term` (ASCII letters in any case), in the order they were stored: the
 * same turns as `text LIKE '%term%'`, found through the bigram index. Index hits are candidates
 * (a term's bigrams may occur apart), so each is checked for the term itself.
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
  if (expression === null) {
    // Nothing to look up (one Latin letter, punctuation): scan, which is what LIKE would do.
    const rows = selectRows(
      store,
      store.db
        .selectFrom('turns')
        .select(['call_id', 'idx', 'text'])
        .where(sql<boolean>`text like ${`%${escapeLike(term)}%`} escape '\\'`)
        .orderBy('id')
        .limit(limit),
    );
    return rows.map((row) => ({ callId: row.call_id, turn: row.idx, text: row.text }));
  }
  const needle = foldAscii(term);
  const hits: TranscriptHit[] = [];
  for (const candidate of matchTranscripts(store.sqlite, expression)) {
    if (!foldAscii(candidate.text).includes(needle)) continue;
    hits.push({ callId: candidate.call_id, turn: candidate.idx, text: candidate.text });
    if (hits.length >= limit) break;
  }
  return hits;
}
