import { randomInt } from 'node:crypto';
import { assignReviews, drawSample, SamplePlanSchema as PlanSchema } from '@callqa/core';
import {
  appendAudit,
  getSamplePlan,
  listSamplePlans,
  reviewers,
  reviewQueue,
  sampleCandidates,
  samplePicks,
  saveSamplePlan,
  searchTranscripts,
} from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { periodDays } from './period.js';
import { CreateSamplePlanBodySchema, SamplePickSchema, SamplePlanSchema } from './schemas.js';

/** Enough hits for a keyword rule over a month of a large center. */
const KEYWORD_HITS = 200_000;

export const samplePlanRoutes: RouteModule = (app, { store, config }) => {
  app.post(
    '/api/sample-plans',
    {
      config: { access: 'samples.write' },
      schema: {
        tags: ['sampling'],
        summary: 'Draw a sample for a period and spread it over the inspectors’ review queues (audited)',
        body: CreateSamplePlanBodySchema,
        response: { 201: SamplePlanSchema.extend({ unassigned: z.array(z.string()) }), 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const { since, until, dayStarts } = periodDays(body.from, body.to, config.timeZone, 'body');
      const plan = PlanSchema.parse({
        name: body.name,
        seed: body.seed ?? randomInt(2 ** 31 - 1),
        rules: body.rules,
      });
      const pool = reviewers(store, ['inspector']);
      const chosen = body.reviewerIds ? pool.filter((r) => body.reviewerIds?.includes(r.userId)) : pool;
      if (body.reviewerIds && chosen.length !== body.reviewerIds.length) {
        throw new ApiError(400, 'invalid_request', 'the body is not valid', [
          { field: 'body.reviewerIds', message: 'every id must be an active inspector' },
        ]);
      }
      if (chosen.length === 0)
        throw new ApiError(400, 'no_reviewers', 'there is no active inspector to review the sample');
      const candidates = sampleCandidates(store, { since, until });
      const picks = drawSample(plan, candidates, {
        callsMentioning: (phrases) => {
          const ids = new Set<string>();
          for (const phrase of phrases)
            for (const hit of searchTranscripts(store, phrase, { limit: KEYWORD_HITS })) ids.add(hit.callId);
          return ids;
        },
      });
      const { assignments, unassigned } = assignReviews(picks, chosen, dayStarts.length);
      const id = store.sqlite.transaction(() => {
        const planId = saveSamplePlan(store, {
          plan,
          from: since,
          to: until,
          candidates: candidates.length,
          picks,
          assignments,
          dayStarts,
          createdBy: actor.userId,
        });
        appendAudit(store, {
          actorUserId: actor.userId,
          actor: actor.username,
          action: 'sample_plan.create',
          entity: 'sample_plan',
          entityId: String(planId),
          after: { plan, from: body.from, to: body.to, candidates: candidates.length, picked: picks.length },
        });
        return planId;
      })();
      const saved = getSamplePlan(store, id);
      if (!saved) throw notFound('sample plan');
      return reply.status(201).send({ ...saved, unassigned });
    },
  );

  app.get(
    '/api/sample-plans',
    {
      config: { access: 'samples.read' },
      schema: {
        tags: ['sampling'],
        summary: 'Sample plans, newest first, with progress',
        response: { 200: z.object({ items: z.array(SamplePlanSchema) }) },
      },
    },
    async () => ({ items: listSamplePlans(store) }),
  );

  app.get(
    '/api/sample-plans/:id',
    {
      config: { access: 'samples.read' },
      schema: {
        tags: ['sampling'],
        summary: 'A sample plan with every pick, why it was picked and who reviews it when',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: SamplePlanSchema.extend({ picks: z.array(SamplePickSchema) }), 404: ErrorSchema },
      },
    },
    async (request) => {
      const plan = getSamplePlan(store, request.params.id);
      if (!plan) throw notFound('sample plan');
      return { ...plan, picks: samplePicks(store, plan.id) };
    },
  );

  app.get(
    '/api/review-queue',
    {
      config: { access: 'evaluations.review' },
      schema: {
        tags: ['review'],
        summary: 'Your review queue: sampled calls assigned to you, soonest due first',
        querystring: z.object({ status: z.enum(['assigned', 'reviewed']).default('assigned') }),
        response: { 200: z.object({ items: z.array(SamplePickSchema) }) },
      },
    },
    async (request) => ({
      items: reviewQueue(store, actorOf(request).userId, { status: request.query.status }),
    }),
  );
};
