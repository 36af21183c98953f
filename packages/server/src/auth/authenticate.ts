import { type Actor, type Permission, rolePermissions } from '@callqa/core';
import { getUser, type Store, sessionUser, type User, useApiToken } from '@callqa/store';
import type { FastifyRequest } from 'fastify';
import '@fastify/cookie';
import type { RequestActor } from '../http/access.js';
import { API_TOKEN_PREFIX, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'callqa_session';

export function actorOf(user: User): Actor {
  const actor: Actor = { userId: user.id, username: user.username, role: user.role, teams: user.teams };
  if (user.agentId !== undefined) actor.agentId = user.agentId;
  return actor;
}

/**
 * Who sent the request: the bearer of an API token (`Authorization: Bearer cqa_…`), else the
 * holder of a session cookie, else nobody. A disabled user is nobody, whatever they hold.
 */
export function authenticate(store: Store, request: FastifyRequest): RequestActor | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice('Bearer '.length).trim();
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const found = useApiToken(store, tokenHash(token));
    const user = found ? getUser(store, found.userId) : undefined;
    if (!found || !user || user.disabled) return null;
    const allowed = new Set<Permission>(rolePermissions[user.role]);
    return {
      ...actorOf(user),
      permissions: new Set(found.permissions.filter((p) => allowed.has(p))),
      via: 'token',
    };
  }
  const session = request.cookies[SESSION_COOKIE];
  if (!session) return null;
  const user = sessionUser(store, tokenHash(session));
  if (!user) return null;
  return { ...actorOf(user), permissions: new Set(rolePermissions[user.role]), via: 'session' };
}
