import { type Kysely, sql } from 'kysely';
import { isSqlite } from './dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  // PostgreSQL will index transcripts its own way (pg_trgm or tsvector); LIKE works meanwhile.
  // The index as first made; 0005 replaces it.
  if (!isSqlite(db)) return;
  await sql`create virtual table turn_search using fts5(
    tokens,
    tokenize = "unicode61 categories 'L* N* Co M* P* S* Cn'",
    content = '',
    contentless_delete = 1
  )`.execute(db);
}
