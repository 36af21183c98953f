import { deleteSession } from '@callqa/store';
import { SESSION_COOKIE } from '../../auth/authenticate.js';
import { tokenHash } from '../../auth/tokens.js';
import type { RouteModule } from '../../http/api-app.js';

export const logout: RouteModule = (app, { store }) => {
  app.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign out; ends the session' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) deleteSession(store, tokenHash(token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
};
