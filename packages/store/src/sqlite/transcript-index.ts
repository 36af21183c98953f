/**
 * SQLite only: the FTS5 index of transcripts. A call's distinct search tokens (`toCjkBigrams` in
 * core) are one row of a contentless table (no second copy of the text) whose rowid is the id of
 * the call's transcript row. The index is a candidate filter, so it keeps no positions
 * (`detail=none`) and each token once: five times cheaper to write than positions of every token,
 * and a candidate whose tokens occur apart is removed by the substring check. The tokens hold no
 * ASCII but letters and digits (core makes everything else a separator), so the `ascii` tokenizer
 * splits them exactly on the spaces and passes every other character through, at a fraction of
 * `unicode61`'s cost.
 */
import type { Turn } from '@callqa/core';
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { prepareCached } from './execute.js';

export const createTranscriptIndex = sql`create virtual table turn_search using fts5(
  tokens,
  tokenize = 'ascii',
  content = '',
  contentless_delete = 1,
  detail = none
)`;

export function insertTranscriptTokens(sqlite: BetterSqlite3.Database) {
  const statement = sqlite.prepare('insert into turn_search (rowid, tokens) values (?, ?)');
  return (transcriptId: number | bigint, tokens: string): void => {
    statement.run(transcriptId, tokens);
  };
}

export type TranscriptCandidate = { callId: string; turns: Turn[] };

/**
 * The transcripts whose tokens match an FTS5 expression, in stored order, lazily: a caller that
 * stops at its limit reads no further (FTS5 yields rowids in order, and each is one key lookup).
 */
export function* matchTranscripts(
  sqlite: BetterSqlite3.Database,
  expression: string,
): Generator<TranscriptCandidate> {
  const transcript = prepareCached(sqlite, 'select call_id, turns from transcripts where id = ?');
  const documents = prepareCached(sqlite, 'select rowid from turn_search where turn_search match ?')
    .pluck()
    .iterate(expression) as IterableIterator<number>;
  for (const id of documents) {
    const row = transcript.get(id) as { call_id: string; turns: string } | undefined;
    if (row) yield { callId: row.call_id, turns: JSON.parse(row.turns) as Turn[] };
  }
}

/** Every stored transcript in stored order, for a term the index cannot look up. */
export function* allTranscripts(sqlite: BetterSqlite3.Database): Generator<TranscriptCandidate> {
  const rows = prepareCached(
    sqlite,
    'select call_id, turns from transcripts order by id',
  ).iterate() as IterableIterator<{ call_id: string; turns: string }>;
  for (const row of rows) yield { callId: row.call_id, turns: JSON.parse(row.turns) as Turn[] };
}
