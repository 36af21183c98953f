import { listUsers as listStoredUsers } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { UserSchema } from './schemas.js';

export const listUsers: RouteModule = (app, { store }) => {
  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['users'],
        summary: 'Every account',
        response: { 200: z.object({ items: z.array(UserSchema) }) },
      },
    },
    async () => ({ items: listStoredUsers(store) }),
  );
};
