import { listAudit as listStoredAudit } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';

const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.number(),
  actorUserId: z.number().int().optional(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().optional(),
});

/** Read-only: the API has no route that changes or deletes an audit entry. */
export const listAudit: RouteModule = (app, { store }) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Changes to scores, checks, appeals, scorecards, users and roles, newest first',
        querystring: z.object({
          entity: z.string().optional(),
          entityId: z.string().optional(),
          beforeId: z.coerce
            .number()
            .int()
            .positive()
            .optional()
            .describe('The next page: entries older than this id.'),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ items: z.array(AuditEntrySchema) }) },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: listStoredAudit(store, {
          limit: q.limit,
          ...(q.entity !== undefined ? { entity: q.entity } : {}),
          ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
          ...(q.beforeId !== undefined ? { beforeId: q.beforeId } : {}),
        }),
      };
    },
  );
};
