import { eventKinds } from '@callqa/core';
import {
  appendAudit,
  createWebhook,
  deactivateWebhook,
  listWebhookDeliveries,
  listWebhooks,
} from '@callqa/store';
import { z } from 'zod';
import { newToken } from '../../auth/tokens.js';
import type { RouteModule } from '../../http/api-app.js';
import { notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';

const WebhookSchema = z.object({
  id: z.number().int(),
  event: z.string(),
  url: z.string(),
  active: z.boolean(),
  createdAt: z.number(),
});
const Params = z.object({ id: z.coerce.number().int().positive() });

/** Webhooks for integrations: an event kind (or *) and an HTTPS or HTTP URL; the signing secret is shown once. */
export const webhookRoutes: RouteModule = (app, { store }) => {
  app.post(
    '/api/webhooks',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['webhooks'],
        summary:
          'Subscribe a URL to an event kind (or * for all); the secret that signs deliveries is in this response only',
        body: z.object({
          event: z.union([z.enum(eventKinds), z.literal('*')]),
          url: z.url({ protocol: /^https?$/ }).max(2000),
        }),
        response: { 201: WebhookSchema.extend({ secret: z.string() }), 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const secret = newToken('whsec_');
      const id = createWebhook(store, {
        event: request.body.event,
        url: request.body.url,
        secret,
        createdBy: actor.userId,
      });
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'webhook.create',
        entity: 'webhook',
        entityId: String(id),
        after: request.body,
      });
      const hook = listWebhooks(store).find((h) => h.id === id);
      return reply.status(201).send({ ...(hook as NonNullable<typeof hook>), secret });
    },
  );

  app.get(
    '/api/webhooks',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['webhooks'],
        summary: 'Every webhook',
        response: { 200: z.object({ items: z.array(WebhookSchema) }) },
      },
    },
    async () => ({ items: listWebhooks(store) }),
  );

  app.delete(
    '/api/webhooks/:id',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['webhooks'],
        summary: 'Stop a webhook (its delivery log is kept)',
        params: Params,
        response: { 204: z.null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!deactivateWebhook(store, request.params.id)) throw notFound('active webhook');
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'webhook.stop',
        entity: 'webhook',
        entityId: String(request.params.id),
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['webhooks'],
        summary: 'The newest deliveries of a webhook with their attempts and last answer',
        params: Params,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                webhookId: z.number().int(),
                event: z.string(),
                status: z.string(),
                attempts: z.number().int(),
                lastStatus: z.number().int().optional(),
                lastError: z.string().optional(),
                createdAt: z.number(),
                deliveredAt: z.number().optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: listWebhookDeliveries(store, request.params.id) }),
  );
};
