import { appendAudit, createUser as createStoredUser, findUserForLogin, getUser } from '@callqa/store';
import { hashPassword, passwordProblem } from '../../auth/passwords.js';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { CreateUserBodySchema, UserSchema } from './schemas.js';

const invalid = (field: string, message: string) =>
  new ApiError(400, 'invalid_request', 'the body is not valid', [{ field: `body.${field}`, message }]);

export const createUser: RouteModule = (app, { store }) => {
  app.post(
    '/api/users',
    {
      config: { access: 'users.write' },
      schema: {
        tags: ['users'],
        summary: 'Add an account (audited)',
        body: CreateUserBodySchema,
        response: { 201: UserSchema, 400: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const problem = passwordProblem(body.password);
      if (problem) throw invalid('password', problem);
      if (body.role === 'agent' && body.agentId === undefined)
        throw invalid('agentId', 'an agent needs the agent id their calls carry');
      if (findUserForLogin(store, body.username))
        throw new ApiError(409, 'username_taken', `username ${body.username} is taken`);
      const passwordHash = await hashPassword(body.password);
      const id = store.sqlite.transaction(() => {
        const created = createStoredUser(store, {
          username: body.username,
          role: body.role,
          teams: body.teams,
          passwordHash,
          ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
          ...(body.agentId !== undefined ? { agentId: body.agentId } : {}),
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'user.create',
          entity: 'user',
          entityId: String(created),
          after: {
            username: body.username,
            role: body.role,
            agentId: body.agentId ?? null,
            teams: body.teams,
          },
        });
        return created;
      })();
      const user = getUser(store, id);
      if (!user) throw new Error(`user ${id} vanished after its creation`);
      return reply.status(201).send(user);
    },
  );
};
