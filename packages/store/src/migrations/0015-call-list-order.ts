import type { Kysely } from 'kysely';

/**
 * The call list's order (newest first, then by id) read straight off one index: with the start
 * alone, a page deep in the list sorted every call before it, and a reader paging back through a
 * month waited longer at each page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('calls_started_at_id').on('calls').columns(['started_at', 'id']).execute();
  await db.schema.dropIndex('calls_started_at').execute();
}
