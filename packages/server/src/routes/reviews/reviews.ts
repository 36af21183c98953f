import { applyReview, canViewCall, maskPii } from '@callqa/core';
import {
  announce,
  appendAudit,
  callReviews,
  evaluationChecks,
  getCall,
  markPickReviewed,
  type StoredReview,
  saveReview,
  usersOfAgent,
  usersWithRole,
} from '@callqa/store';
import { z } from 'zod';
import type { RequestActor } from '../../http/access.js';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { seesPii } from '../../presenters/present-call.js';
import { loadForReview, toReviewInput } from '../../reviews/review-context.js';
import { ReviewFormSchema, ReviewSchema, SubmitReviewBodySchema } from './schemas.js';

const Params = z.object({ id: z.string().min(1) });

function presentReview(review: StoredReview, actor: RequestActor): StoredReview {
  if (seesPii(actor)) return review;
  const mask = (text: string | undefined) => (text === undefined ? undefined : maskPii(text).text);
  const out: StoredReview = {
    ...review,
    checks: review.checks.map((c) =>
      c.comment === undefined ? c : { ...c, comment: mask(c.comment) as string },
    ),
    manual: review.manual.map((m) =>
      m.comment === undefined ? m : { ...m, comment: mask(m.comment) as string },
    ),
  };
  if (review.notes !== undefined) out.notes = mask(review.notes) as string;
  return out;
}

/** 复核: an inspector confirms or overturns each automatic check and scores the manual items. */
export const reviewRoutes: RouteModule = (app, deps) => {
  const { store } = deps;
  app.get(
    '/api/calls/:id/review-form',
    {
      config: { access: 'evaluations.review' },
      schema: {
        tags: ['review'],
        summary:
          'What a reviewer judges: the automatic checks with their results, and the manual items to score',
        params: Params,
        response: { 200: ReviewFormSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { call, evaluation, scorecard } = loadForReview(deps, request, request.params.id);
      const results = new Map(evaluationChecks(store, evaluation.id).map((c) => [c.check, c.result]));
      return {
        callId: call.id,
        evaluationId: evaluation.id,
        scorecard: evaluation.scorecard,
        autoScore: evaluation.score,
        checks: scorecard.items
          .filter((item) => results.has(item.id))
          .map((item) => ({
            check: item.id,
            name: item.name,
            severity: item.severity,
            points: item.points,
            fatal: item.fatal,
            result: results.get(item.id) ?? 'na',
            needsReview: item.scoring === 'auto+review',
          })),
        manualItems: scorecard.items
          .filter((item) => !results.has(item.id))
          .map((item) => ({
            item: item.id,
            name: item.name,
            section: item.section.id,
            severity: item.severity,
            points: item.points,
            fatal: item.fatal,
          })),
      };
    },
  );

  app.post(
    '/api/calls/:id/reviews',
    {
      config: { access: 'evaluations.review' },
      schema: {
        tags: ['review'],
        summary: 'Submit a review: the final result is kept beside the automatic one (audited)',
        params: Params,
        body: SubmitReviewBodySchema,
        response: {
          201: ReviewSchema,
          400: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
          409: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { actor, call, evaluation, scorecard } = loadForReview(deps, request, request.params.id);
      const body = request.body;
      if (actor.agentId !== undefined && actor.agentId === call.agentId) {
        throw new ApiError(403, 'own_call', 'nobody reviews their own calls');
      }
      if (body.evaluationId !== evaluation.id) {
        throw new ApiError(
          409,
          'evaluation_changed',
          'the call was re-inspected since the form was opened; open it again',
          [{ field: 'body.evaluationId', message: `the newest evaluation is ${evaluation.id}` }],
        );
      }
      const auto = evaluationChecks(store, evaluation.id);
      const applied = applyReview(scorecard, auto, toReviewInput(body));
      if (!applied.ok) {
        throw new ApiError(
          400,
          'invalid_request',
          'the review is not valid',
          applied.problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
        );
      }
      const final = applied.evaluation;
      const id = store.sqlite.transaction(() => {
        const reviewId = saveReview(store, {
          evaluationId: evaluation.id,
          callId: call.id,
          reviewerId: actor.userId,
          evaluation: final,
          ...(body.notes !== undefined ? { notes: body.notes } : {}),
        });
        markPickReviewed(store, call.id);
        if (call.agentId !== undefined) {
          announce(store, usersOfAgent(store, call.agentId), {
            kind: 'evaluation.reviewed',
            message: `通话 ${call.id} 已复核:${final.score} 分,${final.passed ? '合格' : '不合格'}`,
            entity: 'call',
            entityId: call.id,
          });
        }
        if (final.fatalFailed) {
          // A fatal item (致命项) is for the QA manager and the agent's team lead to see at once.
          announce(
            store,
            [
              ...usersWithRole(store, 'qa_manager'),
              ...(call.team !== undefined ? usersWithRole(store, 'team_lead', call.team) : []),
            ],
            {
              kind: 'evaluation.fatal',
              message: `通话 ${call.id} 复核命中致命项`,
              entity: 'call',
              entityId: call.id,
            },
          );
        }
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'review.submit',
          entity: 'call',
          entityId: call.id,
          before: { evaluationId: evaluation.id, score: evaluation.score, passed: evaluation.passed },
          after: {
            reviewId,
            score: final.score,
            passed: final.passed,
            overturned: final.checks
              .filter((c) => c.overturned)
              .map((c) => ({ check: c.check, from: c.autoResult, to: c.result })),
            manualDeducted: final.manual
              .filter((m) => m.deducted > 0)
              .map((m) => ({ item: m.item, deducted: m.deducted })),
          },
          ...(body.notes !== undefined ? { reason: body.notes } : {}),
        });
        return reviewId;
      })();
      const saved = callReviews(store, call.id).find((r) => r.id === id);
      if (!saved) throw notFound('review');
      return reply.status(201).send(presentReview(saved, actor));
    },
  );

  app.get(
    '/api/calls/:id/reviews',
    {
      config: { access: 'evaluations.read' },
      schema: {
        tags: ['review'],
        summary: 'The human reviews of a call, newest first',
        params: Params,
        response: { 200: z.object({ items: z.array(ReviewSchema) }), 404: ErrorSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const call = getCall(store, request.params.id);
      if (!call || !canViewCall(actor, call)) throw notFound('call');
      return { items: callReviews(store, call.id, { kind: 'review' }).map((r) => presentReview(r, actor)) };
    },
  );
};
