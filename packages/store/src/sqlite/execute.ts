/**
 * SQLite only: runs queries that Kysely builds (so their SQL stays portable) synchronously on
 * better-sqlite3, with one prepared statement per distinct SQL text.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import type { Store } from '../database.js';

const MAX_CACHED = 256;
const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

export function prepareCached(sqlite: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    // Queries with IN lists of varying length have many texts: bound the cache rather than grow.
    if (cache.size >= MAX_CACHED) cache.clear();
    statement = sqlite.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

export function selectRows<Row>(store: Store, query: Compilable<Row>): Row[] {
  const compiled = query.compile();
  return prepareCached(store.sqlite, compiled.sql).all(...compiled.parameters) as Row[];
}

export function selectFirst<Row>(store: Store, query: Compilable<Row>): Row | undefined {
  const compiled = query.compile();
  return prepareCached(store.sqlite, compiled.sql).get(...compiled.parameters) as Row | undefined;
}

export function execute(store: Store, query: Compilable<unknown>): BetterSqlite3.RunResult {
  const compiled = query.compile();
  return prepareCached(store.sqlite, compiled.sql).run(...compiled.parameters);
}
