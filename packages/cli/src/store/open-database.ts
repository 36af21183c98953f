import { resolve } from 'node:path';
import { migrate, openStore, type Store } from '@callqa/store';

/** The database file: --db, else $CALLQA_DB, else ./data/callqa.db. */
export function databasePath(flag: string | undefined): string {
  return resolve(flag ?? process.env.CALLQA_DB ?? 'data/callqa.db');
}

/** Opens the database and brings its schema up to date (migrations are idempotent). */
export async function openDatabase(
  flag: string | undefined,
): Promise<{ store: Store; file: string; applied: string[] }> {
  const file = databasePath(flag);
  const store = openStore(file);
  const applied = await migrate(store);
  return { store, file, applied };
}
