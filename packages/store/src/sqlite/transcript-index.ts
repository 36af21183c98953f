/**
 * SQLite only: the FTS5 index of transcripts. Each turn's text is written as CJK bigram tokens
 * (`toCjkBigrams` in core) into a contentless table whose rowid is the turn's id, so the index
 * holds no second copy of the text. Every character except whitespace is a token character here,
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

/** Turns whose tokens match an FTS5 expression, in turn order, lazily. */
export function matchTranscripts(
  sqlite: BetterSqlite3.Database,
  expression: string,
): IterableIterator<TranscriptCandidate> {
  return prepareCached(
    sqlite,
    `select t.id, t.call_id, t.idx, t.text from turn_search s join turns t on t.id = s.rowid
     where turn_search match ? order by s.rowid`,
  ).iterate(expression) as IterableIterator<TranscriptCandidate>;
}
