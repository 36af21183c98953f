import { rolePermissions } from '@callqa/core';
import { createSession, deleteExpiredSessions, findUserForLogin } from '@callqa/store';
import { SESSION_COOKIE } from '../../auth/authenticate.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { newToken, tokenHash } from '../../auth/tokens.js';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { LoginBodySchema, MeSchema } from './schemas.js';

/** A hash to verify against when the user does not exist, so that both cases take as long. */
let dummyHash: Promise<string> | undefined;

export const login: RouteModule = (app, { store, config, throttle }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: LoginBodySchema,
        response: { 200: MeSchema, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const wait = throttle.retryAfterMs(username, request.ip);
      if (wait > 0) {
        reply.header('retry-after', Math.ceil(wait / 1000));
        throw new ApiError(429, 'too_many_attempts', 'too many failed sign-ins; try again later');
      }
      const user = findUserForLogin(store, username);
      dummyHash ??= hashPassword(newToken());
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok || user.disabled) {
        throttle.recordFailure(username, request.ip);
        throw new ApiError(401, 'invalid_credentials', 'wrong username or password');
      }
      throttle.recordSuccess(username);
      const token = newToken();
      const maxAgeSec = Math.round(config.sessionHours * 3600);
      deleteExpiredSessions(store);
      createSession(store, {
        tokenHash: tokenHash(token),
        userId: user.id,
        expiresAt: Date.now() + maxAgeSec * 1000,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        maxAge: maxAgeSec,
      });
      const me = {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        teams: user.teams,
        permissions: [...rolePermissions[user.role]],
        ...(user.agentId !== undefined ? { agentId: user.agentId } : {}),
      };
      return me;
    },
  );
};
