import { appealStatuses, checkResults } from '@callqa/core';
import { z } from 'zod';

export const AppealSchema = z.object({
  id: z.number().int(),
  callId: z.string(),
  agentId: z.string().optional(),
  evaluationId: z.number().int(),
  reviewId: z.number().int().optional(),
  target: z.object({ kind: z.enum(['check', 'item']), id: z.string() }),
  agentUserId: z.number().int(),
  team: z.string().optional(),
  reason: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  status: z.enum(appealStatuses),
  dueAt: z.number(),
  overdue: z.boolean(),
  decidedBy: z.number().int().optional(),
  decidedAt: z.number().optional(),
  decisionReason: z.string().optional(),
  correctedReviewId: z.number().int().optional(),
  createdAt: z.number(),
});

export const AppealDetailSchema = AppealSchema.extend({
  steps: z.array(
    z.object({
      level: z.number().int(),
      action: z.string(),
      userId: z.number().int(),
      reason: z.string().optional(),
      at: z.number(),
    }),
  ),
});

export const FileAppealBodySchema = z.object({
  callId: z.string().min(1),
  target: z.object({
    kind: z
      .enum(['check', 'item'])
      .describe('check: an automatic check; item: a manual item a reviewer scored.'),
    id: z.string().min(1),
  }),
  reason: z.string().min(2).max(2000),
});

export const DecideAppealBodySchema = z.object({
  decision: z.enum(['accept', 'reject']),
  reason: z.string().min(2).max(2000),
  correctedResult: z.enum(checkResults).optional().describe('For a check: the right result (default pass).'),
  correctedDeducted: z
    .number()
    .min(0)
    .optional()
    .describe('For a manual item: the right deduction (default 0).'),
});

export const ReasonBodySchema = z.object({ reason: z.string().min(2).max(2000) });
export const AppealParamsSchema = z.object({ id: z.coerce.number().int().positive() });
