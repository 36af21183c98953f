import type { Kysely } from 'kysely';

const MS = 'bigint';

/** When an overdue appeal or a coaching past its date was last brought to people's attention. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appeals').addColumn('reminded_at', MS).execute();
  await db.schema.alterTable('coaching').addColumn('reminded_at', MS).execute();
}
