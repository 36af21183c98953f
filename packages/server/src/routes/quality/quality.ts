import { bootstrapMeanInterval, callScopeOf, checkAgreement, wilsonInterval } from '@callqa/core';
import { reviewedCallResults, reviewedResults } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { DateSchema, periodDays } from '../sampling/period.js';

const IntervalSchema = z.object({ low: z.number(), high: z.number() }).nullable();

const PeriodQuery = z.object({
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});

export const qualityRoutes: RouteModule = (app, { store, config }) => {
  const period = (q: { from?: string | undefined; to?: string | undefined }) => {
    if (q.from === undefined || q.to === undefined) return {};
    const { since, until } = periodDays(q.from, q.to, config.timeZone, 'querystring');
    return { since, until };
  };

  app.get(
    '/api/quality/check-agreement',
    {
      config: { access: 'scorecards.read' },
      schema: {
        tags: ['quality'],
        summary: 'Each automatic check against reviewers: precision, recall and agreement on reviewed calls',
        querystring: PeriodQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                check: z.string(),
                reviewed: z.number().int(),
                truePositives: z.number().int(),
                falsePositives: z.number().int(),
                falseNegatives: z.number().int(),
                precision: z.number().nullable(),
                recall: z.number().nullable(),
                agreement: z.number(),
              }),
            ),
          }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return {
        items: checkAgreement(
          reviewedResults(store, { ...period(request.query), scope: callScopeOf(actor) }),
        ),
      };
    },
  );

  app.get(
    '/api/quality/agents',
    {
      config: { access: 'evaluations.read' },
      schema: {
        tags: ['quality'],
        summary:
          'Each agent’s reviewed calls: pass rate with a Wilson interval, mean score with a bootstrap interval',
        querystring: PeriodQuery.extend({ confidence: z.coerce.number().gt(0).lt(1).default(0.95) }),
        response: {
          200: z.object({
            confidence: z.number(),
            items: z.array(
              z.object({
                agentId: z.string(),
                team: z.string().optional(),
                reviewed: z.number().int(),
                passRate: z.number(),
                passRateInterval: IntervalSchema,
                meanScore: z.number(),
                meanScoreInterval: IntervalSchema,
              }),
            ),
          }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = reviewedCallResults(store, { ...period(request.query), scope: callScopeOf(actor) });
      const byAgent = new Map<string, typeof rows>();
      for (const row of rows) {
        const list = byAgent.get(row.agentId);
        if (list) list.push(row);
        else byAgent.set(row.agentId, [row]);
      }
      const confidence = request.query.confidence;
      return {
        confidence,
        items: [...byAgent].map(([agentId, list]) => {
          const passed = list.filter((r) => r.passed).length;
          const scores = list.map((r) => r.score);
          const team = list[0]?.team;
          return {
            agentId,
            ...(team !== undefined ? { team } : {}),
            reviewed: list.length,
            passRate: passed / list.length,
            passRateInterval: wilsonInterval(passed, list.length, confidence),
            meanScore: scores.reduce((a, b) => a + b, 0) / scores.length,
            meanScoreInterval: bootstrapMeanInterval(scores, { confidence }),
          };
        }),
      };
    },
  );
};
