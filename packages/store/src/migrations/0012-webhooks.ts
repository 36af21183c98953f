import type { Kysely } from 'kysely';
import { identity, identityType } from './dialect.js';

const MS = 'bigint';

/**
 * Webhooks for integrations and their deliveries. A delivery is written in the same transaction as
 * the change it reports (an outbox), so a change rolled back is never announced and a change made
 * is announced even if the server stops before sending.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhooks')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', identityType(db), (c) => c.references('users.id'))
    .addColumn('created_at', MS, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', identityType(db), identity(db))
    .addColumn('webhook_id', identityType(db), (c) =>
      c.notNull().references('webhooks.id').onDelete('cascade'),
    )
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', MS, (c) => c.notNull())
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', MS, (c) => c.notNull())
    .addColumn('delivered_at', MS)
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
}
