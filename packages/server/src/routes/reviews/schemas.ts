import { checkResults, severities } from '@callqa/core';
import { z } from 'zod';

const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });

export const ReviewFormSchema = z.object({
  callId: z.string(),
  evaluationId: z.number().int(),
  scorecard: z.object({ id: z.string(), version: z.string() }),
  autoScore: z.number(),
  checks: z.array(
    z.object({
      check: z.string(),
      name: LocalizedSchema,
      severity: z.enum(severities),
      points: z.number(),
      fatal: z.boolean(),
      result: z.enum(checkResults),
      needsReview: z
        .boolean()
        .describe('auto+review items: the machine’s result stands until a person confirms it.'),
    }),
  ),
  manualItems: z.array(
    z.object({
      item: z.string(),
      name: LocalizedSchema,
      section: z.string(),
      severity: z.enum(severities),
      points: z.number(),
      fatal: z.boolean(),
    }),
  ),
});

export const SubmitReviewBodySchema = z.object({
  evaluationId: z.number().int().describe('The automatic evaluation being reviewed (from the review form).'),
  verdicts: z
    .array(
      z.object({
        check: z.string(),
        verdict: z.enum(['confirm', 'overturn']),
        result: z.enum(checkResults).optional(),
        comment: z.string().max(2000).optional(),
      }),
    )
    .default([]),
  manual: z.array(
    z.object({ item: z.string(), deducted: z.number().min(0), comment: z.string().max(2000).optional() }),
  ),
  notes: z.string().max(5000).optional(),
});

export const ReviewSchema = z.object({
  id: z.number().int(),
  evaluationId: z.number().int(),
  callId: z.string(),
  reviewerId: z.number().int(),
  kind: z.enum(['review', 'calibration']),
  score: z.number(),
  maxScore: z.number(),
  passScore: z.number(),
  passed: z.boolean(),
  fatalFailed: z.boolean(),
  classCounts: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  checks: z.array(
    z.object({
      check: z.string(),
      severity: z.enum(severities),
      autoResult: z.enum(checkResults),
      result: z.enum(checkResults),
      deducted: z.number(),
      overturned: z.boolean(),
      comment: z.string().optional(),
    }),
  ),
  manual: z.array(
    z.object({
      item: z.string(),
      severity: z.enum(severities),
      points: z.number(),
      deducted: z.number(),
      comment: z.string().optional(),
    }),
  ),
  notes: z.string().optional(),
  createdAt: z.number(),
});
