import type { Kysely } from 'kysely';
import { createTranscriptIndex } from '../sqlite/transcript-index.js';
import { isSqlite } from './dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  // PostgreSQL will index transcripts its own way (pg_trgm or tsvector); LIKE works meanwhile.
  if (isSqlite(db)) await createTranscriptIndex.execute(db);
}
