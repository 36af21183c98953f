import {
  type AppealAction,
  appealActionProblem,
  appealDueAt,
  appealFilingProblem,
  applyReview,
  type CheckVerdict,
  callScopeOf,
  canViewCall,
  type ManualScore,
} from '@callqa/core';
import {
  type Appeal,
  addAppealStep,
  announce,
  appealSteps,
  appendAudit,
  callReviews,
  createAppeal,
  evaluationChecks,
  getAppeal,
  getCall,
  latestEvaluationOf,
  listAppeals,
  saveReview,
  updateAppeal,
} from '@callqa/store';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { deciders } from '../../appeals/deciders.js';
import type { RequestActor } from '../../http/access.js';
import type { ApiDeps, RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { compiledScorecardVersion } from '../../scorecards/compiled-version.js';
import {
  AppealDetailSchema,
  AppealParamsSchema,
  AppealSchema,
  DecideAppealBodySchema,
  FileAppealBodySchema,
  ReasonBodySchema,
} from './schemas.js';

const present = (appeal: Appeal, now = Date.now()) => ({
  ...appeal,
  overdue: appeal.status === 'open' && now > appeal.dueAt,
});

/** The appeal, if the reader may see its call. */
function loadAppeal(
  { store }: ApiDeps,
  request: FastifyRequest,
  id: number,
): { actor: RequestActor; appeal: Appeal } {
  const actor = actorOf(request);
  const appeal = getAppeal(store, id);
  if (!appeal) throw notFound('appeal');
  const visible = canViewCall(actor, {
    ...(appeal.agentId !== undefined ? { agentId: appeal.agentId } : {}),
    ...(appeal.team !== undefined ? { team: appeal.team } : {}),
  });
  if (!visible) throw notFound('appeal');
  return { actor, appeal };
}

function refuse(problem: string | null): void {
  if (problem) throw new ApiError(409, 'not_allowed_now', problem);
}

/**
 * The corrected final result of an accepted appeal: the newest review (or the automatic result
 * when nobody reviewed the call) with the appealed check or item set right. Kept as a new review,
 * so the history of scores stays whole.
 */
function correctedReview(
  deps: ApiDeps,
  appeal: Appeal,
  decider: RequestActor,
  body: z.infer<typeof DecideAppealBodySchema>,
): number {
  const { store } = deps;
  const evaluation = latestEvaluationOf(store, appeal.callId);
  if (!evaluation || evaluation.id !== appeal.evaluationId) {
    throw new ApiError(
      409,
      'evaluation_changed',
      'the call was re-inspected after the appeal; appeal the new evaluation',
    );
  }
  const scorecard = compiledScorecardVersion(store, evaluation.scorecard.id, evaluation.scorecard.version);
  if (!scorecard)
    throw new ApiError(409, 'scorecard_missing', 'the scorecard of this evaluation is not stored');
  const auto = evaluationChecks(store, evaluation.id);
  const latest = callReviews(store, appeal.callId, { kind: 'review' })[0];
  const base = new Map((latest?.checks ?? []).map((c) => [c.check, c.result]));
  const verdicts: CheckVerdict[] = [];
  for (const check of auto) {
    let result = base.get(check.check) ?? check.result;
    if (appeal.target.kind === 'check' && check.check === appeal.target.id)
      result = body.correctedResult ?? 'pass';
    if (result !== check.result)
      verdicts.push({ check: check.check, verdict: 'overturn', result, comment: `申诉 #${appeal.id}` });
  }
  const manual: ManualScore[] = (latest?.manual ?? []).map((m) => ({ item: m.item, deducted: m.deducted }));
  if (appeal.target.kind === 'item') {
    const deducted = body.correctedDeducted ?? 0;
    const at = manual.findIndex((m) => m.item === appeal.target.id);
    if (at >= 0) manual[at] = { item: appeal.target.id, deducted, comment: `申诉 #${appeal.id}` };
    else manual.push({ item: appeal.target.id, deducted, comment: `申诉 #${appeal.id}` });
  }
  const applied = applyReview(scorecard, auto, { verdicts, manual }, { requireManual: false });
  if (!applied.ok) {
    throw new ApiError(
      400,
      'invalid_request',
      'the correction is not valid',
      applied.problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
    );
  }
  return saveReview(store, {
    evaluationId: evaluation.id,
    callId: appeal.callId,
    reviewerId: decider.userId,
    evaluation: applied.evaluation,
    notes: `appeal #${appeal.id} accepted: ${body.reason}`,
  });
}

export const appealRoutes: RouteModule = (app, deps) => {
  const { store, config } = deps;

  app.post(
    '/api/appeals',
    {
      config: { access: 'appeals.create' },
      schema: {
        tags: ['appeals'],
        summary:
          'Appeal one check or item of your call’s evaluation, with a reason (within the appeal window)',
        body: FileAppealBodySchema,
        response: { 201: AppealSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const call = getCall(store, body.callId);
      if (!call || !canViewCall(actor, call)) throw notFound('call');
      const evaluation = latestEvaluationOf(store, call.id);
      if (!evaluation) throw new ApiError(409, 'not_evaluated', 'this call has no evaluation to appeal');
      const review = callReviews(store, call.id, { kind: 'review' })[0];
      const evaluatedAt =
        review?.createdAt ??
        store.sqlite.prepare('select created_at from evaluations where id = ?').pluck().get(evaluation.id);
      const now = Date.now();
      refuse(appealFilingProblem(config.appeals, actor, call, Number(evaluatedAt), now));
      const checks = new Set(evaluationChecks(store, evaluation.id).map((c) => c.check));
      const known =
        body.target.kind === 'check'
          ? checks.has(body.target.id)
          : (review?.manual ?? []).some((m) => m.item === body.target.id);
      if (!known) {
        throw new ApiError(400, 'invalid_request', 'the body is not valid', [
          {
            field: 'body.target.id',
            message:
              body.target.kind === 'check'
                ? `no check "${body.target.id}" in this evaluation`
                : `no reviewed item "${body.target.id}"`,
          },
        ]);
      }
      const pending = listAppeals(store, { scope: { kind: 'all' }, callId: call.id }).find(
        (a) =>
          (a.status === 'open' || a.status === 'rejected') &&
          a.target.kind === body.target.kind &&
          a.target.id === body.target.id &&
          a.evaluationId === evaluation.id,
      );
      if (pending)
        throw new ApiError(
          409,
          'already_appealed',
          `appeal #${pending.id} on this ${body.target.kind} is ${pending.status}`,
        );
      const id = store.sqlite.transaction(() => {
        const appealId = createAppeal(
          store,
          {
            callId: call.id,
            evaluationId: evaluation.id,
            ...(review ? { reviewId: review.id } : {}),
            target: body.target,
            agentUserId: actor.userId,
            ...(call.team !== undefined ? { team: call.team } : {}),
            reason: body.reason,
            dueAt: appealDueAt(config.appeals, now),
          },
          now,
        );
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'appeal.file',
          entity: 'appeal',
          entityId: String(appealId),
          after: { callId: call.id, target: body.target },
          reason: body.reason,
        });
        announce(
          store,
          deciders(deps, { level: 1, ...(call.team !== undefined ? { team: call.team } : {}) }),
          {
            kind: 'appeal.to_decide',
            message: `坐席 ${actor.username} 对通话 ${call.id} 的 ${body.target.id} 提出申诉`,
            entity: 'appeal',
            entityId: String(appealId),
          },
        );
        return appealId;
      })();
      return reply.status(201).send(present(getAppeal(store, id) as Appeal));
    },
  );

  app.get(
    '/api/appeals',
    {
      config: { access: 'evaluations.read' },
      schema: {
        tags: ['appeals'],
        summary: 'Appeals you may see (an agent’s own, a team lead’s groups’, all for QA), newest first',
        querystring: z.object({
          status: z.enum(['open', 'accepted', 'rejected', 'withdrawn']).optional(),
          callId: z.string().optional(),
        }),
        response: { 200: z.object({ items: z.array(AppealSchema) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const items = listAppeals(store, {
        scope: callScopeOf(actorOf(request)),
        ...(q.status !== undefined ? { status: q.status } : {}),
        ...(q.callId !== undefined ? { callId: q.callId } : {}),
      });
      return { items: items.map((a) => present(a)) };
    },
  );

  app.get(
    '/api/appeals/:id',
    {
      config: { access: 'evaluations.read' },
      schema: {
        tags: ['appeals'],
        summary: 'An appeal with every step it went through',
        params: AppealParamsSchema,
        response: { 200: AppealDetailSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { appeal } = loadAppeal(deps, request, request.params.id);
      return { ...present(appeal), steps: appealSteps(store, appeal.id) };
    },
  );

  const act = (action: AppealAction, request: FastifyRequest, id: number) => {
    const { actor, appeal } = loadAppeal(deps, request, id);
    const now = Date.now();
    refuse(
      appealActionProblem(
        config.appeals,
        {
          status: appeal.status,
          level: appeal.level,
          agentUserId: appeal.agentUserId,
          ...(appeal.team !== undefined ? { team: appeal.team } : {}),
          ...(appeal.decidedAt !== undefined ? { decidedAt: appeal.decidedAt } : {}),
        },
        action,
        actor,
        now,
      ),
    );
    return { actor, appeal, now };
  };
  const moved = (ok: boolean) => {
    if (!ok) throw new ApiError(409, 'not_allowed_now', 'the appeal changed meanwhile; reload it');
  };

  app.post(
    '/api/appeals/:id/withdraw',
    {
      config: { access: 'appeals.create' },
      schema: {
        tags: ['appeals'],
        summary: 'Withdraw your open appeal',
        params: AppealParamsSchema,
        body: ReasonBodySchema,
        response: { 200: AppealSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, appeal, now } = act('withdraw', request, request.params.id);
      store.sqlite.transaction(() => {
        moved(updateAppeal(store, appeal.id, 'open', { status: 'withdrawn' }));
        addAppealStep(store, appeal.id, {
          level: appeal.level,
          action: 'withdraw',
          userId: actor.userId,
          reason: request.body.reason,
          at: now,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'appeal.withdraw',
          entity: 'appeal',
          entityId: String(appeal.id),
          before: { status: 'open' },
          after: { status: 'withdrawn' },
          reason: request.body.reason,
        });
      })();
      return present(getAppeal(store, appeal.id) as Appeal);
    },
  );

  app.post(
    '/api/appeals/:id/escalate',
    {
      config: { access: 'appeals.create' },
      schema: {
        tags: ['appeals'],
        summary: 'Take a first-level rejection to the QA manager (once, within the window)',
        params: AppealParamsSchema,
        body: ReasonBodySchema,
        response: { 200: AppealSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, appeal, now } = act('escalate', request, request.params.id);
      store.sqlite.transaction(() => {
        moved(
          updateAppeal(store, appeal.id, 'rejected', {
            status: 'open',
            level: 2,
            dueAt: appealDueAt(config.appeals, now),
            decidedBy: null,
            decidedAt: null,
            decisionReason: null,
          }),
        );
        addAppealStep(store, appeal.id, {
          level: 2,
          action: 'escalate',
          userId: actor.userId,
          reason: request.body.reason,
          at: now,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'appeal.escalate',
          entity: 'appeal',
          entityId: String(appeal.id),
          before: { status: 'rejected', level: 1 },
          after: { status: 'open', level: 2 },
          reason: request.body.reason,
        });
        announce(store, deciders(deps, { level: 2 }), {
          kind: 'appeal.to_decide',
          message: `申诉 #${appeal.id} 升级至二级复议`,
          entity: 'appeal',
          entityId: String(appeal.id),
        });
      })();
      return present(getAppeal(store, appeal.id) as Appeal);
    },
  );

  app.post(
    '/api/appeals/:id/decide',
    {
      config: { access: 'appeals.decide' },
      schema: {
        tags: ['appeals'],
        summary: 'Accept (the score is corrected as a new review, history kept) or reject, with a reason',
        params: AppealParamsSchema,
        body: DecideAppealBodySchema,
        response: { 200: AppealSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { actor, appeal, now } = act('decide', request, request.params.id);
      const body = request.body;
      store.sqlite.transaction(() => {
        const accepted = body.decision === 'accept';
        const correctedReviewId = accepted ? correctedReview(deps, appeal, actor, body) : undefined;
        moved(
          updateAppeal(store, appeal.id, 'open', {
            status: accepted ? 'accepted' : 'rejected',
            decidedBy: actor.userId,
            decidedAt: now,
            decisionReason: body.reason,
            ...(correctedReviewId !== undefined ? { correctedReviewId } : {}),
          }),
        );
        addAppealStep(store, appeal.id, {
          level: appeal.level,
          action: body.decision,
          userId: actor.userId,
          reason: body.reason,
          at: now,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: `appeal.${body.decision}`,
          entity: 'appeal',
          entityId: String(appeal.id),
          before: { status: 'open', level: appeal.level },
          after: {
            status: accepted ? 'accepted' : 'rejected',
            ...(correctedReviewId !== undefined ? { correctedReviewId } : {}),
          },
          reason: body.reason,
        });
        announce(store, [appeal.agentUserId], {
          kind: `appeal.${accepted ? 'accepted' : 'rejected'}`,
          message: accepted
            ? `申诉 #${appeal.id} 已通过,分数已更正`
            : `申诉 #${appeal.id} 被驳回:${body.reason}`,
          entity: 'appeal',
          entityId: String(appeal.id),
        });
      })();
      return present(getAppeal(store, appeal.id) as Appeal);
    },
  );
};
