import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database, Store } from './database.js';
import { openSqlite } from './sqlite/connection.js';

/**
 * Opens (creating if needed) the SQLite database at `file`. Call `migrate` before first use.
 *
 * @example const store = openStore('data/callqa.db'); await migrate(store); … store.close();
 */
export function openStore(file: string): Store {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = openSqlite(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
