import { SampleRuleSchema } from '@callqa/core';
import { z } from 'zod';
import { DateSchema } from './period.js';

const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });

export const CreateSamplePlanBodySchema = z.object({
  name: z.string().min(1).max(200),
  from: DateSchema.describe('First day of the period (the center’s time zone).'),
  to: DateSchema.describe('Last day of the period, included.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .describe('Omit for a fresh random seed; it is stored either way.'),
  rules: z.array(SampleRuleSchema).min(1).max(20),
  reviewerIds: z
    .array(z.number().int())
    .optional()
    .describe('Inspectors to spread the reviews over (default: every inspector).'),
});

export const SamplePlanSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  plan: z.object({ name: z.string(), seed: z.number().int(), rules: z.array(z.unknown()) }),
  from: z.number(),
  to: z.number(),
  candidates: z.number().int(),
  picked: z.number().int(),
  reviewed: z.number().int(),
  createdBy: z.number().int().optional(),
  createdAt: z.number(),
});

export const SamplePickSchema = z.object({
  planId: z.number().int(),
  callId: z.string(),
  agentId: z.string().optional(),
  team: z.string().optional(),
  rule: z.number().int(),
  rank: z.number(),
  reason: LocalizedSchema,
  reviewerId: z.number().int().optional(),
  dueAt: z.number().optional(),
  status: z.enum(['assigned', 'reviewed', 'unassigned']),
});
