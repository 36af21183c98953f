import { reviewCapacity, sampleSizeForRate } from '@callqa/core';
import { callVolume } from '@callqa/store';
import { z } from 'zod';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { DateSchema, periodDays } from './period.js';

const ratio = z.coerce.number().gt(0).lt(1);

/** How many calls to review (statistics), and how many the team can (working time): 监听数量的确定. */
export const samplingMath: RouteModule = (app, { store, config }) => {
  app.get(
    '/api/sampling/size',
    {
      config: { access: 'samples.read' },
      schema: {
        tags: ['sampling'],
        summary:
          'Calls to review to know a pass rate within ±margin at a confidence level (finite-population corrected)',
        querystring: z.object({
          confidence: ratio.default(0.95),
          margin: ratio.default(0.05),
          expectedRate: z.coerce.number().min(0).max(1).default(0.5),
          population: z.coerce
            .number()
            .int()
            .min(0)
            .optional()
            .describe('Calls of the agent, group or center in the period.'),
        }),
        response: {
          200: z.object({
            sampleSize: z.number().int(),
            confidence: z.number(),
            margin: z.number(),
            population: z.number().optional(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        sampleSize: sampleSizeForRate({
          confidence: q.confidence,
          margin: q.margin,
          expectedRate: q.expectedRate,
          ...(q.population !== undefined ? { population: q.population } : {}),
        }),
        confidence: q.confidence,
        margin: q.margin,
        ...(q.population !== undefined ? { population: q.population } : {}),
      };
    },
  );

  app.get(
    '/api/sampling/capacity',
    {
      config: { access: 'samples.read' },
      schema: {
        tags: ['sampling'],
        summary:
          'The daily review quota from the period’s call volume and length and the inspectors’ effective time',
        querystring: z.object({
          from: DateSchema,
          to: DateSchema,
          inspectors: z.coerce.number().int().min(1).max(1000),
          hoursPerDay: z.coerce.number().positive().max(24).default(8),
          effectiveShare: z.coerce.number().gt(0).max(1).default(0.75),
          scoringSecPerCall: z.coerce.number().min(0).max(3600).default(120),
          playbackSpeed: z.coerce.number().positive().max(4).default(1),
        }),
        response: {
          200: z.object({
            callsPerDay: z.number(),
            averageCallSec: z.number(),
            perInspectorPerDay: z.number().int(),
            perDay: z.number().int(),
            shareOfCalls: z.number(),
          }),
          400: ErrorSchema,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { since, until, dayStarts } = periodDays(q.from, q.to, config.timeZone, 'querystring');
      const volume = callVolume(store, { since, until });
      if (volume.calls === 0)
        throw new ApiError(400, 'no_calls', 'the period holds no calls to base a quota on');
      const callsPerDay = volume.calls / dayStarts.length;
      const averageCallSec = volume.averageDurationMs / 1000;
      return {
        callsPerDay,
        averageCallSec,
        ...reviewCapacity({
          callsPerDay,
          averageCallSec,
          inspectors: q.inspectors,
          hoursPerDay: q.hoursPerDay,
          effectiveShare: q.effectiveShare,
          scoringSecPerCall: q.scoringSecPerCall,
          playbackSpeed: q.playbackSpeed,
        }),
      };
    },
  );
};
