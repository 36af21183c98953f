import { getUser } from '@callqa/store';
import type { RouteModule } from '../../http/api-app.js';
import { notFound } from '../../http/api-error.js';
import { actorOf } from '../../http/require.js';
import { MeSchema } from './schemas.js';

export const getMe: RouteModule = (app, { store }) => {
  app.get(
    '/api/me',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, their role and permissions',
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = getUser(store, actor.userId);
      if (!user) throw notFound('user');
      return {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        teams: user.teams,
        permissions: [...actor.permissions],
        ...(user.agentId !== undefined ? { agentId: user.agentId } : {}),
      };
    },
  );
};
