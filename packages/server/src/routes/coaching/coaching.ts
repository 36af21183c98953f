import { callScopeOf, canViewCall, parseReportTime, problemRateChange } from '@callqa/core';
import {
  announce,
  appendAudit,
  type CoachingRecord,
  createCoaching,
  getCall,
  getCoaching,
  listCoaching,
  problemCounts,
  teamOfAgent,
  totalCounts,
  updateCoaching,
  usersOfAgent,
} from '@callqa/store';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestActor } from '../../http/access.js';
import type { ApiDeps, RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { DateSchema } from '../sampling/period.js';
import { ProblemRateChangeSchema } from './schemas.js';

const CoachingSchema = z.object({
  id: z.number().int(),
  agentId: z.string(),
  team: z.string().optional(),
  callId: z.string().optional(),
  checks: z.array(z.string()),
  problem: z.string(),
  plan: z.string(),
  goal: z.string(),
  dueAt: z.number(),
  coachedAt: z.number(),
  coachUserId: z.number().int(),
  status: z.enum(['open', 'acknowledged', 'closed']),
  acknowledgedAt: z.number().optional(),
  followUp: z.string().optional(),
  createdAt: z.number(),
  overdue: z.boolean(),
});

const Params = z.object({ id: z.coerce.number().int().positive() });
const DAY = 86_400_000;

const present = (record: CoachingRecord, now = Date.now()) => ({
  ...record,
  overdue: record.status !== 'closed' && now > record.dueAt,
});

function loadCoaching(
  { store }: ApiDeps,
  request: FastifyRequest,
  id: number,
): { actor: RequestActor; record: CoachingRecord } {
  const actor = actorOf(request);
  const record = getCoaching(store, id);
  if (
    !record ||
    !canViewCall(actor, {
      agentId: record.agentId,
      ...(record.team !== undefined ? { team: record.team } : {}),
    })
  ) {
    throw notFound('coaching record');
  }
  return { actor, record };
}

/** 辅导: the problem, the way to improve, a goal and a date; the agent acknowledges; callqa measures the follow-up. */
export const coachingRoutes: RouteModule = (app, deps) => {
  const { store, config } = deps;

  app.post(
    '/api/coaching',
    {
      config: { access: 'coaching.write' },
      schema: {
        tags: ['coaching'],
        summary: 'Record a coaching for an agent (问题, 改进办法, goal, due date); the agent is notified',
        body: z.object({
          agentId: z.string().min(1),
          callId: z.string().min(1).optional().describe('The call that showed the problem.'),
          checks: z.array(z.string().min(1)).min(1).describe('The checks the follow-up measures.'),
          problem: z.string().min(2).max(5000),
          plan: z.string().min(2).max(5000),
          goal: z.string().min(2).max(2000),
          dueDate: DateSchema,
          date: DateSchema.optional().describe(
            'The day the coaching took place (default today); the follow-up compares calls before and after it.',
          ),
        }),
        response: { 201: CoachingSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const team = teamOfAgent(store, body.agentId);
      if (!canViewCall(actor, { agentId: body.agentId, ...(team !== undefined ? { team } : {}) }))
        throw notFound('agent');
      if (body.callId !== undefined) {
        const call = getCall(store, body.callId);
        if (!call || call.agentId !== body.agentId) {
          throw new ApiError(400, 'invalid_request', 'the body is not valid', [
            { field: 'body.callId', message: `no call ${body.callId} of agent ${body.agentId}` },
          ]);
        }
      }
      const dueAt = parseReportTime(body.dueDate, config.timeZone, { endOfDay: true });
      if (dueAt === null)
        throw new ApiError(400, 'invalid_request', 'the body is not valid', [
          { field: 'body.dueDate', message: 'no such date' },
        ]);
      const coachedAt = body.date === undefined ? Date.now() : parseReportTime(body.date, config.timeZone);
      if (coachedAt === null)
        throw new ApiError(400, 'invalid_request', 'the body is not valid', [
          { field: 'body.date', message: 'no such date' },
        ]);
      const id = store.sqlite.transaction(() => {
        const coachingId = createCoaching(store, {
          coachedAt,
          agentId: body.agentId,
          ...(team !== undefined ? { team } : {}),
          ...(body.callId !== undefined ? { callId: body.callId } : {}),
          checks: body.checks,
          problem: body.problem,
          plan: body.plan,
          goal: body.goal,
          dueAt,
          coachUserId: actor.userId,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'coaching.create',
          entity: 'coaching',
          entityId: String(coachingId),
          after: body,
        });
        announce(store, usersOfAgent(store, body.agentId), {
          kind: 'coaching.created',
          message: `新的辅导记录:${body.problem.slice(0, 60)}(请确认)`,
          entity: 'coaching',
          entityId: String(coachingId),
        });
        return coachingId;
      })();
      return reply.status(201).send(present(getCoaching(store, id) as CoachingRecord));
    },
  );

  app.get(
    '/api/coaching',
    {
      config: { access: 'coaching.read' },
      schema: {
        tags: ['coaching'],
        summary: 'Coaching records you may see (an agent’s own, a team lead’s groups’), newest first',
        querystring: z.object({
          agentId: z.string().optional(),
          status: z.enum(['open', 'acknowledged', 'closed']).optional(),
        }),
        response: { 200: z.object({ items: z.array(CoachingSchema) }) },
      },
    },
    async (request) => ({
      items: listCoaching(store, {
        scope: callScopeOf(actorOf(request)),
        ...(request.query.agentId !== undefined ? { agentId: request.query.agentId } : {}),
        ...(request.query.status !== undefined ? { status: request.query.status } : {}),
      }).map((r) => present(r)),
    }),
  );

  app.post(
    '/api/coaching/:id/acknowledge',
    {
      config: { access: 'coaching.read' },
      schema: {
        tags: ['coaching'],
        summary: 'The agent confirms having received the coaching',
        params: Params,
        response: { 200: CoachingSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, record } = loadCoaching(deps, request, request.params.id);
      if (actor.agentId !== record.agentId)
        throw new ApiError(403, 'forbidden', 'only the coached agent acknowledges');
      if (record.status !== 'open')
        throw new ApiError(409, 'not_allowed_now', `the coaching is ${record.status}`);
      updateCoaching(store, record.id, { status: 'acknowledged', acknowledgedAt: Date.now() });
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'coaching.acknowledge',
        entity: 'coaching',
        entityId: String(record.id),
      });
      return present(getCoaching(store, record.id) as CoachingRecord);
    },
  );

  app.post(
    '/api/coaching/:id/close',
    {
      config: { access: 'coaching.write' },
      schema: {
        tags: ['coaching'],
        summary: 'Close a coaching with the follow-up result (跟踪反馈)',
        params: Params,
        body: z.object({ followUp: z.string().min(2).max(5000) }),
        response: { 200: CoachingSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, record } = loadCoaching(deps, request, request.params.id);
      if (record.status === 'closed') throw new ApiError(409, 'not_allowed_now', 'the coaching is closed');
      updateCoaching(store, record.id, { status: 'closed', followUp: request.body.followUp });
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'coaching.close',
        entity: 'coaching',
        entityId: String(record.id),
        before: { status: record.status },
        after: { status: 'closed' },
        reason: request.body.followUp,
      });
      return present(getCoaching(store, record.id) as CoachingRecord);
    },
  );

  app.get(
    '/api/coaching/:id/follow-up',
    {
      config: { access: 'coaching.read' },
      schema: {
        tags: ['coaching'],
        summary:
          'Did the problem fall? The coached checks on the agent’s calls before and after the coaching, with the counts',
        params: Params,
        querystring: z.object({ windowDays: z.coerce.number().int().min(1).max(365).default(30) }),
        response: {
          200: ProblemRateChangeSchema.extend({ windowDays: z.number(), checks: z.array(z.string()) }),
          404: ErrorSchema,
        },
      },
    },
    async (request) => {
      const { record } = loadCoaching(deps, request, request.params.id);
      const window = request.query.windowDays * DAY;
      const at = record.coachedAt;
      const count = (since: number, until: number) =>
        totalCounts(
          problemCounts(store, { since, until, agentIds: [record.agentId], checks: record.checks }).values(),
        );
      return {
        windowDays: request.query.windowDays,
        checks: record.checks,
        ...problemRateChange(count(at - window, at), count(at, Math.min(Date.now() + 1, at + window))),
      };
    },
  );
};
