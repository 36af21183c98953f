import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/**
 * Coaching records (the 监督记录表 with 问题, 改进办法, goal and follow-up), training needs from common
 * problems, training sessions and who attended them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coaching')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('call_id', 'text', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('checks', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('due_at', MS, (c) => c.notNull())
    .addColumn('coached_at', MS, (c) => c.notNull())
    .addColumn('coach_user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', MS)
    .addColumn('follow_up', 'text')
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coaching_agent').on('coaching').columns(['agent_id', 'created_at']).execute();
  await db.schema
    .createTable('training_needs')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('period_from', MS, (c) => c.notNull())
    .addColumn('period_to', MS, (c) => c.notNull())
    .addColumn('agents_affected', 'integer', (c) => c.notNull())
    .addColumn('agent_share', 'double precision', (c) => c.notNull())
    .addColumn('agents', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', identityType(db), (c) => c.references('users.id'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_sessions')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('need_id', identityType(db), (c) => c.references('training_needs.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('checks', 'text', (c) => c.notNull())
    .addColumn('held_at', MS, (c) => c.notNull())
    .addColumn('trainer_user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_attendees')
    .addColumn('session_id', identityType(db), (c) =>
      c.notNull().references('training_sessions.id').onDelete('cascade'),
    )
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('training_attendees_pk', ['session_id', 'agent_id'])
    .execute();
}
