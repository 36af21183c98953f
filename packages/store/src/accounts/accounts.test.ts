import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../database.js';
import { openTestStore } from '../test-support/builders.js';
import { createApiToken, listApiTokens, revokeApiToken, useApiToken } from './api-tokens.js';
import { appendAudit, listAudit } from './audit-log.js';
import { createSession, deleteExpiredSessions, deleteUserSessions } from './sessions.js';
import {
  countUsers,
  createUser,
  findUserForLogin,
  getUser,
  listUsers,
  sessionUser,
  updateUser,
} from './users.js';

let store: Store;
let dispose: () => void;
beforeEach(async () => {
  ({ store, dispose } = await openTestStore());
});
afterEach(() => dispose());

describe('users', () => {
  test('are stored with their ACD groups, and the hash is only read for signing in', () => {
    const id = createUser(store, {
      username: 'lead',
      role: 'team_lead',
      teams: ['一组', '二组', '一组'],
      passwordHash: 'h',
    });
    expect(getUser(store, id)).toEqual({
      id,
      username: 'lead',
      displayName: 'lead',
      role: 'team_lead',
      teams: ['一组', '二组'],
      disabled: false,
      createdAt: expect.any(Number),
    });
    expect(findUserForLogin(store, 'lead')?.passwordHash).toBe('h');
    expect(listUsers(store)[0]).not.toHaveProperty('passwordHash');
    expect(countUsers(store)).toBe(1);
  });

  test('refuse a username twice', () => {
    createUser(store, { username: 'a', role: 'agent', passwordHash: 'h' });
    expect(() => createUser(store, { username: 'a', role: 'agent', passwordHash: 'h' })).toThrow(/UNIQUE/);
  });

  test('change only the fields given', () => {
    const id = createUser(store, { username: 'a', role: 'agent', agentId: 'a1', passwordHash: 'h' });
    expect(updateUser(store, id, { disabled: true, teams: ['三组'] })).toBe(true);
    expect(getUser(store, id)).toMatchObject({
      agentId: 'a1',
      role: 'agent',
      disabled: true,
      teams: ['三组'],
    });
    expect(updateUser(store, 999, { disabled: true })).toBe(false);
  });
});

describe('sessions and tokens', () => {
  test('a session lives until it expires, its user is disabled or signed out everywhere', () => {
    const userId = createUser(store, { username: 'a', role: 'agent', passwordHash: 'h' });
    createSession(store, { tokenHash: 's1', userId, expiresAt: 2000 }, 1000);
    expect(sessionUser(store, 's1', 1500)?.id).toBe(userId);
    expect(sessionUser(store, 's1', 2000)).toBeUndefined();
    expect(deleteExpiredSessions(store, 2000)).toBe(1);
    createSession(store, { tokenHash: 's2', userId, expiresAt: 9000 }, 1000);
    updateUser(store, userId, { disabled: true });
    expect(sessionUser(store, 's2', 1500)).toBeUndefined();
    updateUser(store, userId, { disabled: false });
    deleteUserSessions(store, userId);
    expect(sessionUser(store, 's2', 1500)).toBeUndefined();
  });

  test('a token works until revoked and records its last use', () => {
    const userId = createUser(store, { username: 'bot', role: 'qa_manager', passwordHash: 'h' });
    const id = createApiToken(store, { userId, name: 'BI', tokenHash: 't', permissions: ['kpis.read'] }, 1);
    expect(useApiToken(store, 't', 5)).toMatchObject({ id, permissions: ['kpis.read'], lastUsedAt: 5 });
    expect(revokeApiToken(store, id, 6)).toBe(true);
    expect(revokeApiToken(store, id, 7)).toBe(false);
    expect(useApiToken(store, 't', 8)).toBeUndefined();
    expect(listApiTokens(store, userId)[0]).toMatchObject({ revokedAt: 6, lastUsedAt: 5 });
  });
});

describe('audit log', () => {
  test('lists entries newest first with old and new values', () => {
    appendAudit(store, {
      actor: 'qa',
      action: 'score.change',
      entity: 'evaluation',
      entityId: '7',
      before: { score: 80 },
      after: { score: 90 },
      reason: '申诉成立',
      at: 1,
    });
    appendAudit(store, {
      actor: 'admin',
      action: 'user.create',
      entity: 'user',
      entityId: '2',
      after: { role: 'agent' },
      at: 2,
    });
    const entries = listAudit(store);
    expect(entries.map((e) => e.action)).toEqual(['user.create', 'score.change']);
    expect(entries[1]).toMatchObject({ before: { score: 80 }, after: { score: 90 }, reason: '申诉成立' });
    expect(listAudit(store, { entity: 'evaluation', entityId: '7' })).toHaveLength(1);
    expect(entries[0]).not.toHaveProperty('before');
  });
});
