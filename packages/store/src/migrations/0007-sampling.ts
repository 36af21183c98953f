import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/** Sample plans as drawn, and each picked call with why it was picked and who reviews it when. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sample_plans')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('period_from', MS, (c) => c.notNull())
    .addColumn('period_to', MS, (c) => c.notNull())
    .addColumn('candidates', 'integer', (c) => c.notNull())
    .addColumn('created_by', identityType(db), (c) => c.references('users.id'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sample_picks')
    .addColumn('plan_id', identityType(db), (c) =>
      c.notNull().references('sample_plans.id').onDelete('cascade'),
    )
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('rule', 'integer', (c) => c.notNull())
    .addColumn('rank', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', identityType(db), (c) => c.references('users.id'))
    .addColumn('due_at', MS)
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sample_picks_pk', ['plan_id', 'call_id'])
    .execute();
  await db.schema
    .createIndex('sample_picks_reviewer')
    .on('sample_picks')
    .columns(['reviewer_id', 'status', 'due_at'])
    .execute();
  await db.schema.createIndex('sample_picks_call').on('sample_picks').column('call_id').execute();
}
