/**
 * SQLite only: the FTS5 index of transcripts. A call's turns are written as CJK bigram tokens
 * (`toCjkBigrams` in core) into one row of a contentless table (no second copy of the text), whose
 * rowid is the id of the call's first turn; its turns are the ones with that turn's call id. One
 * row per call rather than per turn makes the import three times faster (FTS5's cost is per row);
 * a phrase that spans two turns only adds a candidate, which the substring check removes. Every character except whitespace is a token character here,
 * so a bigram is never split by a character unknown to SQLite's older Unicode tables.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { prepareCached } from './execute.js';

export const createTranscriptIndex = sql`create virtual table turn_search using fts5(
  tokens,
  tokenize = "unicode61 categories 'L* N* Co M* P* S* Cn'",
  content = '',
  contentless_delete = 1
)`;

export function insertTranscriptTokens(sqlite: BetterSqlite3.Database) {
  const statement = sqlite.prepare('insert into turn_search (rowid, tokens) values (?, ?)');
  return (turnId: number | bigint, tokens: string): void => {
    statement.run(turnId, tokens);
  };
}

export type TranscriptCandidate = { call_id: string; idx: number; text: string };

/**
 * Every turn of the calls whose tokens match an FTS5 expression, call by call in stored order,
 * lazily: a caller that stops at its limit reads no further, and nothing is sorted in a temporary
 * table (FTS5 yields rowids in order; each call's turns come from the (call_id, idx) index).
 */
export function* matchTranscripts(
  sqlite: BetterSqlite3.Database,
  expression: string,
): Generator<TranscriptCandidate> {
  const callTurns = prepareCached(
    sqlite,
    'select call_id, idx, text from turns where call_id = (select call_id from turns where id = ?) order by idx',
  );
  const documents = prepareCached(sqlite, 'select rowid from turn_search where turn_search match ?')
    .pluck()
    .iterate(expression) as IterableIterator<number>;
  for (const firstTurnId of documents) {
    yield* callTurns.all(firstTurnId) as TranscriptCandidate[];
  }
}
