import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/** Calibration sessions (校准): chosen calls, the raters who score them blind, an optional expert. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calibration_sessions')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('expert_user_id', identityType(db), (c) => c.references('users.id'))
    .addColumn('created_by', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('closed_at', MS)
    .execute();
  await db.schema
    .createTable('calibration_calls')
    .addColumn('session_id', identityType(db), (c) =>
      c.notNull().references('calibration_sessions.id').onDelete('cascade'),
    )
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('calibration_calls_pk', ['session_id', 'call_id'])
    .execute();
  await db.schema
    .createTable('calibration_raters')
    .addColumn('session_id', identityType(db), (c) =>
      c.notNull().references('calibration_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('calibration_raters_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('calibration_scores')
    .addColumn('session_id', identityType(db), (c) =>
      c.notNull().references('calibration_sessions.id').onDelete('cascade'),
    )
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id'))
    .addColumn('review_id', identityType(db), (c) => c.notNull().references('reviews.id'))
    .addPrimaryKeyConstraint('calibration_scores_pk', ['session_id', 'call_id', 'user_id'])
    .execute();
}
