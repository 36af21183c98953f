import type { Role } from '@callqa/core';
import type { Store } from '../database.js';
import { readBoolean, readNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectFirst, selectRows } from '../sqlite/execute.js';

export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agentId?: string;
  /** The ACD groups the user leads (team leads). */
  teams: string[];
  disabled: boolean;
  createdAt: number;
};

export type UserWithSecret = User & { passwordHash: string };

export type NewUser = {
  username: string;
  displayName?: string;
  role: Role;
  agentId?: string;
  teams?: readonly string[];
  passwordHash: string;
};

type UserRow = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  agent_id: string | null;
  password_hash: string;
  disabled: number;
  created_at: number;
};

function teamsOf(store: Store, userId: number): string[] {
  return selectRows(
    store,
    store.db.selectFrom('user_teams').select('team').where('user_id', '=', userId).orderBy('team'),
  ).map((row) => row.team);
}

function rowToUser(store: Store, row: UserRow): UserWithSecret {
  const user: UserWithSecret = {
    id: readNumber(row.id),
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    teams: teamsOf(store, readNumber(row.id)),
    disabled: readBoolean(row.disabled),
    createdAt: readNumber(row.created_at),
    passwordHash: row.password_hash,
  };
  const agentId = readOptionalString(row.agent_id);
  if (agentId !== undefined) user.agentId = agentId;
  return user;
}

function withoutSecret({ passwordHash: _secret, ...user }: UserWithSecret): User {
  return user;
}

/** Adds a user; throws when the username is taken. Returns the new id. */
export function createUser(store: Store, user: NewUser, now = Date.now()): number {
  return store.sqlite.transaction(() => {
    const id = Number(
      execute(
        store,
        store.db.insertInto('users').values({
          username: user.username,
          display_name: user.displayName ?? user.username,
          role: user.role,
          agent_id: user.agentId ?? null,
          password_hash: user.passwordHash,
          disabled: 0,
          created_at: now,
          updated_at: now,
        }),
      ).lastInsertRowid,
    );
    setUserTeams(store, id, user.teams ?? []);
    return id;
  })();
}

export function setUserTeams(store: Store, userId: number, teams: readonly string[]): void {
  execute(store, store.db.deleteFrom('user_teams').where('user_id', '=', userId));
  for (const team of new Set(teams)) {
    execute(store, store.db.insertInto('user_teams').values({ user_id: userId, team }));
  }
}

export type UserChange = {
  displayName?: string;
  role?: Role;
  agentId?: string | null;
  teams?: readonly string[];
  disabled?: boolean;
  passwordHash?: string;
};

/** Changes a user's fields (those given); returns false when there is no such user. */
export function updateUser(store: Store, userId: number, change: UserChange, now = Date.now()): boolean {
  return store.sqlite.transaction(() => {
    const values: Record<string, unknown> = { updated_at: now };
    if (change.displayName !== undefined) values.display_name = change.displayName;
    if (change.role !== undefined) values.role = change.role;
    if (change.agentId !== undefined) values.agent_id = change.agentId;
    if (change.disabled !== undefined) values.disabled = change.disabled ? 1 : 0;
    if (change.passwordHash !== undefined) values.password_hash = change.passwordHash;
    const result = execute(store, store.db.updateTable('users').set(values).where('id', '=', userId));
    if (result.changes === 0) return false;
    if (change.teams !== undefined) setUserTeams(store, userId, change.teams);
    return true;
  })();
}

/** The user with this username, with the password hash (for signing in only). */
export function findUserForLogin(store: Store, username: string): UserWithSecret | undefined {
  const row = selectFirst(store, store.db.selectFrom('users').selectAll().where('username', '=', username));
  return row ? rowToUser(store, row) : undefined;
}

export function getUser(store: Store, id: number): User | undefined {
  const row = selectFirst(store, store.db.selectFrom('users').selectAll().where('id', '=', id));
  return row ? withoutSecret(rowToUser(store, row)) : undefined;
}

export function listUsers(store: Store): User[] {
  return selectRows(store, store.db.selectFrom('users').selectAll().orderBy('username')).map((row) =>
    withoutSecret(rowToUser(store, row)),
  );
}

/**
 * The signed-in user of a live session, in one lookup (every request asks): undefined for an
 * unknown or expired session and for a disabled account.
 */
export function sessionUser(store: Store, tokenHash: string, now = Date.now()): User | undefined {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .where('s.id', '=', tokenHash)
      .where('s.expires_at', '>', now)
      .where('u.disabled', '=', 0),
  );
  return row ? withoutSecret(rowToUser(store, row)) : undefined;
}

export function countUsers(store: Store): number {
  const row = selectFirst(
    store,
    store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')),
  );
  return readNumber(row?.n ?? 0);
}
