import type { Permission } from '@callqa/core';
import type { Store } from '../database.js';
import { readNumber, readOptionalNumber } from '../mappers/values.js';
import { execute, selectFirst, selectRows } from '../sqlite/execute.js';

export type ApiToken = {
  id: number;
  userId: number;
  name: string;
  permissions: Permission[];
  createdAt: number;
  lastUsedAt?: number;
  revokedAt?: number;
};

type TokenRow = {
  id: number;
  user_id: number;
  name: string;
  permissions: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
};

function rowToToken(row: TokenRow): ApiToken {
  const token: ApiToken = {
    id: readNumber(row.id),
    userId: readNumber(row.user_id),
    name: row.name,
    permissions: JSON.parse(row.permissions) as Permission[],
    createdAt: readNumber(row.created_at),
  };
  const lastUsedAt = readOptionalNumber(row.last_used_at);
  if (lastUsedAt !== undefined) token.lastUsedAt = lastUsedAt;
  const revokedAt = readOptionalNumber(row.revoked_at);
  if (revokedAt !== undefined) token.revokedAt = revokedAt;
  return token;
}

const COLUMNS = ['id', 'user_id', 'name', 'permissions', 'created_at', 'last_used_at', 'revoked_at'] as const;

export function createApiToken(
  store: Store,
  token: { userId: number; name: string; tokenHash: string; permissions: readonly Permission[] },
  now = Date.now(),
): number {
  return Number(
    execute(
      store,
      store.db.insertInto('api_tokens').values({
        user_id: token.userId,
        name: token.name,
        token_hash: token.tokenHash,
        permissions: JSON.stringify(token.permissions),
        created_at: now,
      }),
    ).lastInsertRowid,
  );
}

/** The live (not revoked) token with this hash, marked as used now. */
export function useApiToken(store: Store, tokenHash: string, now = Date.now()): ApiToken | undefined {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('api_tokens')
      .select(COLUMNS)
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null),
  );
  if (!row) return undefined;
  execute(store, store.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id));
  return rowToToken({ ...row, last_used_at: now });
}

export function listApiTokens(store: Store, userId?: number): ApiToken[] {
  let query = store.db.selectFrom('api_tokens').select(COLUMNS).orderBy('id');
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  return selectRows(store, query).map(rowToToken);
}

export function getApiToken(store: Store, id: number): ApiToken | undefined {
  const row = selectFirst(store, store.db.selectFrom('api_tokens').select(COLUMNS).where('id', '=', id));
  return row ? rowToToken(row) : undefined;
}

/** Revokes a token; false when there is none or it was revoked already. */
export function revokeApiToken(store: Store, id: number, now = Date.now()): boolean {
  return (
    execute(
      store,
      store.db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null),
    ).changes > 0
  );
}
