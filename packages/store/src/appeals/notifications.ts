import type { Store } from '../database.js';
import { readNumber, readOptionalNumber } from '../mappers/values.js';
import { execute, selectRows } from '../sqlite/execute.js';

export type Notification = {
  id: number;
  kind: string;
  message: string;
  entity: string;
  entityId: string;
  createdAt: number;
  readAt?: number;
};

/** Tells each of these users something (an appeal to decide, a decision, a coaching to acknowledge). */
export function notify(
  store: Store,
  userIds: readonly number[],
  notification: { kind: string; message: string; entity: string; entityId: string },
  now = Date.now(),
): void {
  for (const userId of new Set(userIds)) {
    execute(
      store,
      store.db.insertInto('notifications').values({
        user_id: userId,
        kind: notification.kind,
        message: notification.message,
        entity: notification.entity,
        entity_id: notification.entityId,
        created_at: now,
      }),
    );
  }
}

export function listNotifications(
  store: Store,
  userId: number,
  options: { unreadOnly?: boolean } = {},
): Notification[] {
  let query = store.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(200);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return selectRows(store, query).map((row) => {
    const n: Notification = {
      id: readNumber(row.id),
      kind: row.kind,
      message: row.message,
      entity: row.entity,
      entityId: row.entity_id,
      createdAt: readNumber(row.created_at),
    };
    const readAt = readOptionalNumber(row.read_at);
    if (readAt !== undefined) n.readAt = readAt;
    return n;
  });
}

/** Marks a user's notification read; false when it is not theirs or was read already. */
export function markNotificationRead(store: Store, userId: number, id: number, now = Date.now()): boolean {
  return (
    execute(
      store,
      store.db
        .updateTable('notifications')
        .set({ read_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('read_at', 'is', null),
    ).changes > 0
  );
}

/** Users of a role, optionally only those leading an ACD group: who to tell about an appeal. */
export function usersWithRole(store: Store, role: string, team?: string): number[] {
  let query = store.db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.role', '=', role)
    .where('u.disabled', '=', 0);
  if (team !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_teams as t')
          .select('t.user_id')
          .whereRef('t.user_id', '=', 'u.id')
          .where('t.team', '=', team),
      ),
    );
  }
  return selectRows(store, query).map((row) => readNumber(row.id));
}
