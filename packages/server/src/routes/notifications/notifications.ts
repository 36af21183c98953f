import { listNotifications, markNotificationRead } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';

const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  message: z.string(),
  entity: z.string(),
  entityId: z.string(),
  createdAt: z.number(),
  readAt: z.number().optional(),
});

export const notificationRoutes: RouteModule = (app, { store }) => {
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(NotificationSchema) }) },
      },
    },
    async (request) => ({
      items: listNotifications(store, actorOf(request).userId, {
        unreadOnly: request.query.unread === 'true',
      }),
    }),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark a notification read',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 204: z.null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      if (!markNotificationRead(store, actorOf(request).userId, request.params.id))
        throw notFound('unread notification');
      return reply.status(204).send(null);
    },
  );
};
