import { callScopeOf, classifyProblems, parseReportTime, trainingEffect } from '@callqa/core';
import {
  announce,
  appendAudit,
  checkFailures,
  createTrainingNeed,
  createTrainingSession,
  getTrainingSession,
  listTrainingNeeds,
  listTrainingSessions,
  problemCounts,
  recordAttendance,
  setTrainingNeedStatus,
  type TrainingSession,
  teamOfAgent,
  totalCounts,
  usersOfAgent,
  usersWithRole,
} from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { ProblemRateChangeSchema } from '../coaching/schemas.js';
import { DateSchema, periodDays } from '../sampling/period.js';

const DAY = 86_400_000;

const ProblemSchema = z.object({
  check: z.string(),
  class: z.enum(['common', 'individual']),
  agentsAffected: z.number().int(),
  agentShare: z.number(),
  failedCalls: z.number().int(),
  agents: z.array(z.string()),
});

const ProblemsQuery = z.object({
  from: DateSchema,
  to: DateSchema,
  team: z.string().optional(),
  commonShare: z.coerce
    .number()
    .gt(0)
    .max(1)
    .default(0.3)
    .describe('Share of agents from which a problem is common (default 30 %).'),
});

const NeedSchema = z.object({
  id: z.number().int(),
  check: z.string(),
  team: z.string().optional(),
  from: z.number(),
  to: z.number(),
  agentsAffected: z.number().int(),
  agentShare: z.number(),
  agents: z.array(z.string()),
  status: z.enum(['open', 'planned', 'done']),
  createdAt: z.number(),
});

const SessionSchema = z.object({
  id: z.number().int(),
  needId: z.number().int().optional(),
  topic: z.string(),
  checks: z.array(z.string()),
  heldAt: z.number(),
  trainerUserId: z.number().int(),
  attendees: z.array(z.object({ agentId: z.string(), attended: z.boolean() })),
  createdAt: z.number(),
});

/** 共性/个性问题, 培训需求, 培训 and its effect: seed 002's loop from problems to training and back. */
export const trainingRoutes: RouteModule = (app, { store, config }) => {
  const teamsInScope = (request: Parameters<typeof actorOf>[0], team: string | undefined) => {
    const scope = callScopeOf(actorOf(request));
    if (scope.kind === 'teams')
      return team === undefined ? [...scope.teams] : scope.teams.includes(team) ? [team] : [];
    return team === undefined ? undefined : [team];
  };

  app.get(
    '/api/problems',
    {
      config: { access: 'training.read' },
      schema: {
        tags: ['training'],
        summary:
          'Failed checks of a period classed as common (≥ commonShare of agents: training) or individual (coaching)',
        querystring: ProblemsQuery,
        response: {
          200: z.object({ agents: z.number().int(), items: z.array(ProblemSchema) }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { since, until } = periodDays(q.from, q.to, config.timeZone, 'querystring');
      const actor = actorOf(request);
      const teams = teamsInScope(request, q.team);
      const scope = callScopeOf(actor);
      const { failures, agents } = checkFailures(store, {
        since,
        until,
        ...(teams !== undefined ? { teams } : {}),
        ...(scope.kind === 'agent' ? { agentId: scope.agentId } : {}),
      });
      return { agents, items: classifyProblems(failures, { agents, commonShare: q.commonShare }) };
    },
  );

  app.post(
    '/api/training-needs',
    {
      config: { access: 'training.write' },
      schema: {
        tags: ['training'],
        summary:
          'Turn the common problems of a period into training needs (trainers are notified); individual ones are left to coaching',
        body: z.object({
          from: DateSchema,
          to: DateSchema,
          team: z.string().optional(),
          commonShare: z.number().gt(0).max(1).default(0.3),
        }),
        response: { 201: z.object({ items: z.array(NeedSchema) }), 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const { since, until } = periodDays(body.from, body.to, config.timeZone, 'body');
      const { failures, agents } = checkFailures(store, {
        since,
        until,
        ...(body.team !== undefined ? { teams: [body.team] } : {}),
      });
      const common = classifyProblems(failures, { agents, commonShare: body.commonShare }).filter(
        (p) => p.class === 'common',
      );
      store.sqlite.transaction(() => {
        for (const problem of common) {
          const id = createTrainingNeed(store, {
            problem,
            from: since,
            to: until,
            createdBy: actor.userId,
            ...(body.team !== undefined ? { team: body.team } : {}),
          });
          appendAudit(store, {
            actorUserId: actor.userId,
            actor: actor.username,
            action: 'training_need.create',
            entity: 'training_need',
            entityId: String(id),
            after: problem,
          });
        }
        if (common.length > 0) {
          announce(store, usersWithRole(store, 'trainer'), {
            kind: 'training.need',
            message: `新的培训需求:${common.map((p) => p.check).join('、')}`,
            entity: 'training_need',
            entityId: 'list',
          });
        }
      })();
      const created = listTrainingNeeds(store)
        .filter((n) => n.from === since && n.to === until)
        .slice(0, common.length);
      return reply.status(201).send({ items: created });
    },
  );

  app.get(
    '/api/training-needs',
    {
      config: { access: 'training.read' },
      schema: {
        tags: ['training'],
        summary: 'Training needs, newest first',
        querystring: z.object({ status: z.enum(['open', 'planned', 'done']).optional() }),
        response: { 200: z.object({ items: z.array(NeedSchema) }) },
      },
    },
    async (request) => {
      const scope = callScopeOf(actorOf(request));
      return {
        items: listTrainingNeeds(store, {
          ...(request.query.status !== undefined ? { status: request.query.status } : {}),
          ...(scope.kind === 'teams' ? { teams: scope.teams } : {}),
        }),
      };
    },
  );

  app.post(
    '/api/training-sessions',
    {
      config: { access: 'training.write' },
      schema: {
        tags: ['training'],
        summary:
          'Plan a training session (topic, date, the checks it addresses, invited agents); the agents are notified',
        body: z.object({
          needId: z.number().int().optional(),
          topic: z.string().min(2).max(500),
          checks: z.array(z.string().min(1)).min(1),
          date: DateSchema,
          attendees: z.array(z.string().min(1)).min(1).describe('Agent ids invited.'),
        }),
        response: { 201: SessionSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const heldAt = parseReportTime(body.date, config.timeZone);
      if (heldAt === null)
        throw new ApiError(400, 'invalid_request', 'the body is not valid', [
          { field: 'body.date', message: 'no such date' },
        ]);
      const id = store.sqlite.transaction(() => {
        const sessionId = createTrainingSession(store, {
          topic: body.topic,
          checks: body.checks,
          heldAt,
          trainerUserId: actor.userId,
          attendees: body.attendees,
          ...(body.needId !== undefined ? { needId: body.needId } : {}),
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'training.plan',
          entity: 'training_session',
          entityId: String(sessionId),
          after: body,
        });
        announce(
          store,
          body.attendees.flatMap((agentId) => usersOfAgent(store, agentId)),
          {
            kind: 'training.invited',
            message: `培训「${body.topic}」${body.date}`,
            entity: 'training_session',
            entityId: String(sessionId),
          },
        );
        return sessionId;
      })();
      return reply.status(201).send(getTrainingSession(store, id) as TrainingSession);
    },
  );

  app.get(
    '/api/training-sessions',
    {
      config: { access: 'training.read' },
      schema: {
        tags: ['training'],
        summary: 'Training sessions, newest first',
        response: { 200: z.object({ items: z.array(SessionSchema) }) },
      },
    },
    async () => ({ items: listTrainingSessions(store) }),
  );

  app.post(
    '/api/training-sessions/:id/attendance',
    {
      config: { access: 'training.write' },
      schema: {
        tags: ['training'],
        summary: 'Record who attended (invited agents not listed did not)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z.object({ attended: z.array(z.string().min(1)) }),
        response: { 200: SessionSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const session = getTrainingSession(store, request.params.id);
      if (!session) throw notFound('training session');
      store.sqlite.transaction(() => {
        recordAttendance(store, session.id, request.body.attended);
        if (session.needId !== undefined) setTrainingNeedStatus(store, session.needId, 'done');
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'training.attendance',
          entity: 'training_session',
          entityId: String(session.id),
          after: request.body,
        });
      })();
      return getTrainingSession(store, session.id);
    },
  );

  app.get(
    '/api/training-sessions/:id/effect',
    {
      config: { access: 'training.read' },
      schema: {
        tags: ['training'],
        summary:
          'Training effect: the problem’s rate among attendees before vs after, against the same groups’ non-attendees',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ windowDays: z.coerce.number().int().min(1).max(365).default(30) }),
        response: {
          200: z.object({
            windowDays: z.number(),
            attendees: ProblemRateChangeSchema,
            others: ProblemRateChangeSchema,
            differenceInDifferences: z.number().nullable(),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (request) => {
      const session = getTrainingSession(store, request.params.id);
      if (!session) throw notFound('training session');
      const window = request.query.windowDays * DAY;
      const attended = session.attendees.filter((a) => a.attended).map((a) => a.agentId);
      const teams = [
        ...new Set(attended.map((id) => teamOfAgent(store, id)).filter((t): t is string => t !== undefined)),
      ];
      const count = (since: number, until: number) => {
        // Others are the attendees' groups' agents; attendees with no group in the directory compare with everyone.
        const perAgent = problemCounts(store, {
          since,
          until,
          checks: session.checks,
          ...(teams.length > 0 ? { teams } : {}),
        });
        const mine = [...perAgent].filter(([agent]) => attended.includes(agent)).map(([, c]) => c);
        const others = [...perAgent].filter(([agent]) => !attended.includes(agent)).map(([, c]) => c);
        return { attendees: totalCounts(mine), others: totalCounts(others) };
      };
      const before = count(session.heldAt - window, session.heldAt);
      const after = count(session.heldAt + DAY, session.heldAt + DAY + window);
      return {
        windowDays: request.query.windowDays,
        ...trainingEffect(
          { before: before.attendees, after: after.attendees },
          { before: before.others, after: after.others },
        ),
      };
    },
  );
};
