import { permissions } from '@callqa/core';
import { appendAudit, createApiToken, getApiToken, listApiTokens, revokeApiToken } from '@callqa/store';
import { z } from 'zod';
import { API_TOKEN_PREFIX, newToken, tokenHash } from '../../auth/tokens.js';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';

const TokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  permissions: z.array(z.enum(permissions)),
  createdAt: z.number(),
  lastUsedAt: z.number().optional(),
  revokedAt: z.number().optional(),
});

const CreateTokenBodySchema = z.object({
  name: z.string().min(1).max(100).describe('What the token is for (BI export, nightly import …).'),
  permissions: z
    .array(z.enum(permissions))
    .min(1)
    .describe('What it may do: a subset of your own permissions.'),
});

/**
 * API tokens for integrations: made for the signed-in user, never broader than their own role,
 * shown once, stored as a hash, revocable. Only a session may manage tokens (a token cannot mint
 * another).
 */
export const tokenRoutes: RouteModule = (app, { store }) => {
  app.get(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens',
        response: { 200: z.object({ items: z.array(TokenSchema) }) },
      },
    },
    async (request) => ({ items: listApiTokens(store, actorOf(request).userId) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Make an API token; the token is in this response only',
        body: CreateTokenBodySchema,
        response: { 201: TokenSchema.extend({ token: z.string() }), 400: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.via !== 'session')
        throw new ApiError(403, 'forbidden', 'tokens are made by a signed-in person');
      const beyond = request.body.permissions.filter((p) => !actor.permissions.has(p));
      if (beyond.length > 0) {
        throw new ApiError(400, 'invalid_request', 'a token cannot do more than you can', [
          { field: 'body.permissions', message: `not yours to give: ${beyond.join(', ')}` },
        ]);
      }
      const token = newToken(API_TOKEN_PREFIX);
      const id = createApiToken(store, {
        userId: actor.userId,
        name: request.body.name,
        tokenHash: tokenHash(token),
        permissions: request.body.permissions,
      });
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'token.create',
        entity: 'api_token',
        entityId: String(id),
        after: { name: request.body.name, permissions: request.body.permissions },
      });
      return reply
        .status(201)
        .send({ ...(getApiToken(store, id) as NonNullable<ReturnType<typeof getApiToken>>), token });
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 204: z.null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const token = getApiToken(store, request.params.id);
      // An administrator may revoke anyone's token (a leaked one); others only their own.
      if (!token || (token.userId !== actor.userId && actor.role !== 'admin')) throw notFound('token');
      if (revokeApiToken(store, token.id)) {
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'token.revoke',
          entity: 'api_token',
          entityId: String(token.id),
          before: { name: token.name },
        });
      }
      return reply.status(204).send(null);
    },
  );
};
