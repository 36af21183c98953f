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

export type TranscriptCandidate = { id: number; call_id: string; idx: number; text: string };

/** Every turn of the calls whose tokens match an FTS5 expression, in stored order, lazily. */
export function matchTranscripts(
  sqlite: BetterSqlite3.Database,
  expression: string,
): IterableIterator<TranscriptCandidate> {
  return prepareCached(
    sqlite,
    `select t.id, t.call_id, t.idx, t.text from turn_search s
       join turns first on first.id = s.rowid
       join turns t on t.call_id = first.call_id
     where turn_search match ? order by s.rowid, t.idx`,
  ).iterate(expression) as IterableIterator<TranscriptCandidate>;
}
