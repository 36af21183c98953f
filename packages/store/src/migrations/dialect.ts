import { type ColumnDefinitionBuilder, type Kysely, SqliteAdapter } from 'kysely';

export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * A generated integer key. SQLite needs exactly `integer primary key` for the column to be the
 * rowid (stable across VACUUM, which the transcript index relies on); PostgreSQL needs an identity.
 */
export function identityType(db: Kysely<unknown>): 'integer' | 'bigint' {
  return isSqlite(db) ? 'integer' : 'bigint';
}

export function identity(db: Kysely<unknown>) {
  return (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isSqlite(db) ? column.primaryKey() : column.primaryKey().generatedByDefaultAsIdentity();
}
