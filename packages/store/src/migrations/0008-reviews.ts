import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/**
 * Human reviews of evaluated calls: the final result beside the automatic one (never replacing
 * it), and one row per automatic check with the machine's and the reviewer's result, from which
 * the agreement of each check with reviewers is measured.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('evaluation_id', identityType(db), (c) =>
      c.notNull().references('evaluations.id').onDelete('cascade'),
    )
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('reviewer_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('review'))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('max_score', 'double precision', (c) => c.notNull())
    .addColumn('pass_score', 'double precision', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('fatal_failed', 'integer', (c) => c.notNull())
    .addColumn('class_a', 'integer', (c) => c.notNull())
    .addColumn('class_b', 'integer', (c) => c.notNull())
    .addColumn('class_c', 'integer', (c) => c.notNull())
    .addColumn('manual', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reviews_call').on('reviews').columns(['call_id', 'id']).execute();
  await db.schema.createIndex('reviews_created_at').on('reviews').column('created_at').execute();
  await db.schema
    .createTable('review_checks')
    .addColumn('review_id', identityType(db), (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('auto_result', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('deducted', 'double precision', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('review_checks_pk', ['review_id', 'check_id'])
    .execute();
}
