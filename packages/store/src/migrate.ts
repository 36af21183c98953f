import { Migrator } from 'kysely';
import type { Store } from './database.js';
import { migrations } from './migrations/index.js';

/**
 * Brings the schema up to date; returns the names of the migrations it applied (none when the
 * database is current). Throws the first migration's error, after which nothing later runs.
 */
export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const name = failed ? `migration ${failed.migrationName}` : 'migration';
    throw new Error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
