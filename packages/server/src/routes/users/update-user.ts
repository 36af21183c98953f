import { appendAudit, deleteUserSessions, getUser, updateUser as updateStoredUser } from '@callqa/store';
import { hashPassword, passwordProblem } from '../../auth/passwords.js';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { UpdateUserBodySchema, UserParamsSchema, UserSchema } from './schemas.js';

export const updateUser: RouteModule = (app, { store }) => {
  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.write' },
      schema: {
        tags: ['users'],
        summary: 'Change an account: role, ACD groups, agent id, disable, reset password (audited)',
        params: UserParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: UserSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const body = request.body;
      const before = getUser(store, id);
      if (!before) throw notFound('user');
      if (body.password !== undefined) {
        const problem = passwordProblem(body.password);
        if (problem) {
          throw new ApiError(400, 'invalid_request', 'the body is not valid', [
            { field: 'body.password', message: problem },
          ]);
        }
      }
      if (
        id === actor.userId &&
        (body.disabled === true || (body.role !== undefined && body.role !== before.role))
      ) {
        throw new ApiError(400, 'own_account', 'you cannot disable your own account or change your own role');
      }
      const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
      store.sqlite.transaction(() => {
        updateStoredUser(store, id, {
          ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.agentId !== undefined ? { agentId: body.agentId } : {}),
          ...(body.teams !== undefined ? { teams: body.teams } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
          ...(passwordHash !== undefined ? { passwordHash } : {}),
        });
        // A new password or a disabled account ends every open session of that user.
        if (passwordHash !== undefined || body.disabled === true) deleteUserSessions(store, id);
        const after = getUser(store, id);
        const pick = (u: typeof after) => ({
          displayName: u?.displayName,
          role: u?.role,
          agentId: u?.agentId ?? null,
          teams: u?.teams,
          disabled: u?.disabled,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: passwordHash !== undefined ? 'user.update+password' : 'user.update',
          entity: 'user',
          entityId: String(id),
          before: pick(before),
          after: pick(after),
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
        });
      })();
      const updated = getUser(store, id);
      if (!updated) throw notFound('user');
      return updated;
    },
  );
};
