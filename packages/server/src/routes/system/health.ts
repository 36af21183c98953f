import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';

export const health: RouteModule = (app, { store }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness: the server answers and its database opens',
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async () => ({ ok: store.sqlite.prepare('select 1').pluck().get() === 1 }),
  );
};
