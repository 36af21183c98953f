import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/** People and their access: users, the ACD groups a team lead leads, sessions, API tokens, audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('updated_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('user_teams')
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('team', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_teams_pk', ['user_id', 'team'])
    .execute();
  await db.schema
    .createTable('sessions')
    // The SHA-256 of the cookie's token: a copy of the database gives no one a session.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('expires_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('user_id', identityType(db), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('permissions', 'text', (c) => c.notNull())
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('last_used_at', MS)
    .addColumn('revoked_at', MS)
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('at', MS, (c) => c.notNull())
    .addColumn('actor_user_id', identityType(db))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity', 'entity_id', 'id'])
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
