/**
 * SQLite only: inserts rows that a unique key makes idempotent, many per statement (built by Kysely,
 * so the SQL is portable), all in one transaction; returns how many were new.
 */
import type { Insertable } from 'kysely';
import type { Database, Store } from '../database.js';
import { execute } from './execute.js';

/** Below SQLite's 32,766 bound parameters with the widest table (13 columns). */
const ROWS_PER_STATEMENT = 500;

export function insertNewRows<Table extends keyof Database & string>(
  store: Store,
  table: Table,
  rows: readonly Insertable<Database[Table]>[],
): number {
  return store.sqlite.transaction(() => {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const query = store.db
        .insertInto(table)
        .values(chunk as Insertable<Database[Table]>[])
        .onConflict((conflict) => conflict.doNothing());
      inserted += execute(store, query).changes;
    }
    return inserted;
  })();
}
