import { applyReview, calibrationResults } from '@callqa/core';
import {
  announce,
  appendAudit,
  type CalibrationSession,
  calibrationProgress,
  calibrationRatings,
  closeCalibrationSession,
  createCalibrationSession,
  evaluationChecks,
  getCalibrationSession,
  getCall,
  getUser,
  hasCalibrationScore,
  listCalibrationSessions,
  saveCalibrationScore,
  saveReview,
} from '@callqa/store';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestActor } from '../../http/access.js';
import type { ApiDeps, RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { loadForReview, toReviewInput } from '../../reviews/review-context.js';
import { SubmitReviewBodySchema } from '../reviews/schemas.js';

const SessionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  expertUserId: z.number().int().optional(),
  createdBy: z.number().int(),
  status: z.enum(['open', 'closed']),
  createdAt: z.number(),
  closedAt: z.number().optional(),
  callIds: z.array(z.string()),
  raterIds: z.array(z.number().int()),
  progress: z.array(z.object({ raterId: z.number().int(), scored: z.number().int() })),
});

const Params = z.object({ id: z.coerce.number().int().positive() });

const isManager = (actor: RequestActor) => actor.permissions.has('calibrations.manage');

function present(store: ApiDeps['store'], session: CalibrationSession) {
  const progress = calibrationProgress(store, session.id);
  return {
    ...session,
    progress: session.raterIds.map((raterId) => ({ raterId, scored: progress.get(raterId) ?? 0 })),
  };
}

/** The session, if the reader manages calibrations or rates in it. */
function loadSession(
  { store }: ApiDeps,
  request: FastifyRequest,
  id: number,
): { actor: RequestActor; session: CalibrationSession } {
  const actor = actorOf(request);
  const session = getCalibrationSession(store, id);
  if (!session || (!isManager(actor) && !session.raterIds.includes(actor.userId)))
    throw notFound('calibration session');
  return { actor, session };
}

/**
 * 校准: the QA manager picks calls and inspectors, each scores every call blind (nobody sees another's
 * score until the session closes), then the spread, kappa, ICC and agreement with the expert show
 * where the standard is read differently. Calibration scores never count in agents' results.
 */
export const calibrationRoutes: RouteModule = (app, deps) => {
  const { store } = deps;

  app.post(
    '/api/calibrations',
    {
      config: { access: 'calibrations.manage' },
      schema: {
        tags: ['calibration'],
        summary: 'Open a calibration session on chosen calls for chosen inspectors (they are notified)',
        body: z.object({
          name: z.string().min(1).max(200),
          callIds: z.array(z.string().min(1)).min(1).max(50),
          raterIds: z.array(z.number().int()).min(2).max(50),
          expertId: z
            .number()
            .int()
            .optional()
            .describe('The designated expert (scores too; the others are compared with them).'),
        }),
        response: { 201: SessionSchema, 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const problems: Array<{ field: string; message: string }> = [];
      body.callIds.forEach((id, i) => {
        if (!getCall(store, id)) problems.push({ field: `body.callIds.${i}`, message: `no call "${id}"` });
      });
      [...body.raterIds, ...(body.expertId !== undefined ? [body.expertId] : [])].forEach((id, i) => {
        const user = getUser(store, id);
        if (!user || user.disabled || !['inspector', 'qa_manager', 'team_lead'].includes(user.role)) {
          problems.push({
            field: i < body.raterIds.length ? `body.raterIds.${i}` : 'body.expertId',
            message: `user ${id} is not an active inspector, QA manager or team lead`,
          });
        }
      });
      if (problems.length > 0) throw new ApiError(400, 'invalid_request', 'the body is not valid', problems);
      const id = store.sqlite.transaction(() => {
        const sessionId = createCalibrationSession(store, {
          name: body.name,
          createdBy: actor.userId,
          callIds: body.callIds,
          raterIds: body.raterIds,
          ...(body.expertId !== undefined ? { expertUserId: body.expertId } : {}),
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'calibration.create',
          entity: 'calibration',
          entityId: String(sessionId),
          after: body,
        });
        announce(store, [...body.raterIds, ...(body.expertId !== undefined ? [body.expertId] : [])], {
          kind: 'calibration.assigned',
          message: `校准「${body.name}」:请独立评分 ${body.callIds.length} 通录音`,
          entity: 'calibration',
          entityId: String(sessionId),
        });
        return sessionId;
      })();
      return reply.status(201).send(present(store, getCalibrationSession(store, id) as CalibrationSession));
    },
  );

  app.get(
    '/api/calibrations',
    {
      config: { access: 'calibrations.score' },
      schema: {
        tags: ['calibration'],
        summary: 'Calibration sessions you manage or rate in',
        response: { 200: z.object({ items: z.array(SessionSchema) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return {
        items: listCalibrationSessions(store, isManager(actor) ? undefined : actor.userId).map((s) =>
          present(store, s),
        ),
      };
    },
  );

  app.get(
    '/api/calibrations/:id',
    {
      config: { access: 'calibrations.score' },
      schema: {
        tags: ['calibration'],
        summary: 'A calibration session and who has scored how many calls',
        params: Params,
        response: { 200: SessionSchema, 404: ErrorSchema },
      },
    },
    async (request) => present(store, loadSession(deps, request, request.params.id).session),
  );

  app.post(
    '/api/calibrations/:id/calls/:callId/scores',
    {
      config: { access: 'calibrations.score' },
      schema: {
        tags: ['calibration'],
        summary:
          'Score a call of the session blind, as in a review (once per call); it never counts in the agent’s results',
        params: z.object({ id: z.coerce.number().int().positive(), callId: z.string().min(1) }),
        body: SubmitReviewBodySchema,
        response: {
          201: z.object({ score: z.number(), passed: z.boolean() }),
          400: ErrorSchema,
          404: ErrorSchema,
          409: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { actor, session } = loadSession(deps, request, request.params.id);
      const { callId } = request.params;
      if (!session.raterIds.includes(actor.userId))
        throw new ApiError(403, 'forbidden', 'you are not a rater of this session');
      if (session.status !== 'open') throw new ApiError(409, 'closed', 'the session is closed');
      if (!session.callIds.includes(callId)) throw notFound('call in this session');
      if (hasCalibrationScore(store, session.id, callId, actor.userId))
        throw new ApiError(409, 'already_scored', 'you scored this call already');
      const { evaluation, scorecard } = loadForReview(deps, request, callId);
      if (request.body.evaluationId !== evaluation.id) {
        throw new ApiError(
          409,
          'evaluation_changed',
          'the call was re-inspected since the form was opened; open it again',
        );
      }
      const applied = applyReview(
        scorecard,
        evaluationChecks(store, evaluation.id),
        toReviewInput(request.body),
      );
      if (!applied.ok) {
        throw new ApiError(
          400,
          'invalid_request',
          'the score is not valid',
          applied.problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
        );
      }
      store.sqlite.transaction(() => {
        const reviewId = saveReview(store, {
          evaluationId: evaluation.id,
          callId,
          reviewerId: actor.userId,
          kind: 'calibration',
          evaluation: applied.evaluation,
          ...(request.body.notes !== undefined ? { notes: request.body.notes } : {}),
        });
        saveCalibrationScore(store, { sessionId: session.id, callId, userId: actor.userId, reviewId });
      })();
      return reply.status(201).send({ score: applied.evaluation.score, passed: applied.evaluation.passed });
    },
  );

  app.post(
    '/api/calibrations/:id/close',
    {
      config: { access: 'calibrations.manage' },
      schema: {
        tags: ['calibration'],
        summary: 'Close the session: scores are revealed to its raters',
        params: Params,
        response: { 200: SessionSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, session } = loadSession(deps, request, request.params.id);
      if (!closeCalibrationSession(store, session.id))
        throw new ApiError(409, 'closed', 'the session is closed already');
      appendAudit(store, {
        actorUserId: actor.userId,
        actor: actor.username,
        action: 'calibration.close',
        entity: 'calibration',
        entityId: String(session.id),
      });
      return present(store, getCalibrationSession(store, session.id) as CalibrationSession);
    },
  );

  app.get(
    '/api/calibrations/:id/results',
    {
      config: { access: 'calibrations.score' },
      schema: {
        tags: ['calibration'],
        summary:
          'Spread per call, Fleiss’ kappa and agreement with the expert per check, ICC of scores (managers any time; raters once closed)',
        params: Params,
        response: {
          200: z.object({
            completeCalls: z.number().int(),
            calls: z.array(
              z.object({
                callId: z.string(),
                scores: z.array(z.object({ raterId: z.number().int(), score: z.number() })),
                spread: z.object({ min: z.number(), max: z.number(), sd: z.number() }),
                expertScore: z.number().optional(),
              }),
            ),
            checks: z.array(
              z.object({
                check: z.string(),
                kappa: z.number().nullable(),
                disputedCalls: z.number().int(),
                agreementWithExpert: z.number().nullable(),
              }),
            ),
            items: z.array(
              z.object({
                item: z.string(),
                meanSpread: z.number(),
                agreementWithExpert: z.number().nullable(),
              }),
            ),
            scoreIcc: z.number().nullable(),
            raters: z.array(
              z.object({
                raterId: z.number().int(),
                meanDifferenceFromExpert: z.number().nullable(),
                agreementWithExpert: z.number().nullable(),
              }),
            ),
          }),
          404: ErrorSchema,
          409: ErrorSchema,
        },
      },
    },
    async (request) => {
      const { actor, session } = loadSession(deps, request, request.params.id);
      if (session.status === 'open' && !isManager(actor))
        throw new ApiError(409, 'blind', 'scores stay blind until the session is closed');
      return calibrationResults({
        raterIds: session.raterIds,
        ...(session.expertUserId !== undefined ? { expertId: session.expertUserId } : {}),
        ratings: calibrationRatings(store, session.id),
      });
    },
  );
};
