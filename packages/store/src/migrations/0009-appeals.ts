import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/** Appeals (申诉) with every step they went through, and the notifications people receive. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('appeals')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('evaluation_id', identityType(db), (c) => c.notNull().references('evaluations.id'))
    .addColumn('review_id', identityType(db), (c) => c.references('reviews.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('agent_user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('team', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', MS, (c) => c.notNull())
    .addColumn('decided_by', identityType(db), (c) => c.references('users.id'))
    .addColumn('decided_at', MS)
    .addColumn('decision_reason', 'text')
    .addColumn('corrected_review_id', identityType(db), (c) => c.references('reviews.id'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appeals_status').on('appeals').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('appeals_call').on('appeals').column('call_id').execute();
  await db.schema
    .createTable('appeal_steps')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('appeal_id', identityType(db), (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appeal_steps_appeal')
    .on('appeal_steps')
    .columns(['appeal_id', 'id'])
    .execute();
  await db.schema
    .createTable('notifications')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('read_at', MS)
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
}
