import type { Store } from '../database.js';
import { readNumber } from '../mappers/values.js';
import { execute, selectFirst } from '../sqlite/execute.js';

/** Stores a session by the hash of its token. */
export function createSession(
  store: Store,
  session: { tokenHash: string; userId: number; expiresAt: number },
  now = Date.now(),
): void {
  execute(
    store,
    store.db.insertInto('sessions').values({
      id: session.tokenHash,
      user_id: session.userId,
      created_at: now,
      expires_at: session.expiresAt,
    }),
  );
}

/** The user id of a live session; expired sessions are removed when met. */
export function findSessionUser(store: Store, tokenHash: string, now = Date.now()): number | undefined {
  const row = selectFirst(
    store,
    store.db.selectFrom('sessions').select(['user_id', 'expires_at']).where('id', '=', tokenHash),
  );
  if (!row) return undefined;
  if (readNumber(row.expires_at) <= now) {
    deleteSession(store, tokenHash);
    return undefined;
  }
  return readNumber(row.user_id);
}

export function deleteSession(store: Store, tokenHash: string): void {
  execute(store, store.db.deleteFrom('sessions').where('id', '=', tokenHash));
}

/** Ends every session of a user (password changed, account disabled). */
export function deleteUserSessions(store: Store, userId: number): void {
  execute(store, store.db.deleteFrom('sessions').where('user_id', '=', userId));
}
