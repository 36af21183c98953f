import type { Store } from '../database.js';
import { execute } from '../sqlite/execute.js';

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

/** Removes sessions past their end (done at each sign-in, so the table never grows without bound). */
export function deleteExpiredSessions(store: Store, now = Date.now()): number {
  return execute(store, store.db.deleteFrom('sessions').where('expires_at', '<=', now)).changes;
}

export function deleteSession(store: Store, tokenHash: string): void {
  execute(store, store.db.deleteFrom('sessions').where('id', '=', tokenHash));
}

/** Ends every session of a user (password changed, account disabled). */
export function deleteUserSessions(store: Store, userId: number): void {
  execute(store, store.db.deleteFrom('sessions').where('user_id', '=', userId));
}
