import { callLanguages, checkResults, evidenceKinds, hangupSides, severities, speakers } from '@callqa/core';
import { z } from 'zod';

const dateOrTime = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expected a date (2024-03-01) or an ISO time');

export const ListCallsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  agentId: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
  queue: z.string().min(1).optional(),
  from: dateOrTime
    .optional()
    .describe('Calls that started at or after (a date is midnight in the server time zone).'),
  to: dateOrTime.optional().describe('Calls that started before.'),
  passed: z.enum(['true', 'false']).optional().describe('Pass/fail of the newest evaluation.'),
  failedCheck: z.string().min(1).optional().describe('Calls whose newest evaluation failed this check.'),
});

const EvaluationSummarySchema = z.object({
  id: z.number().int(),
  scorecard: z.object({ id: z.string(), version: z.string() }),
  score: z.number(),
  maxScore: z.number(),
  passed: z.boolean(),
  fatalFailed: z.boolean(),
  classCounts: z.object({ A: z.number(), B: z.number(), C: z.number() }),
});

/** What a call is, as both the list and the detail show it. */
const CallFacts = z.object({
  id: z.string(),
  agentId: z.string().optional(),
  team: z.string().optional(),
  queue: z.string().optional(),
  startedAt: z.string().optional(),
  language: z.enum(callLanguages),
  hangupBy: z.enum(hangupSides).optional(),
});

export const CallListItemSchema = CallFacts.extend({
  durationMs: z.number(),
  evaluation: EvaluationSummarySchema.optional(),
});

export const CallListSchema = z.object({
  items: z.array(CallListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });

export const EvidenceSchema = z
  .object({
    kind: z.enum(evidenceKinds),
    turn: z.number().int().optional(),
    speaker: z.enum(speakers).optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    startMs: z.number().optional(),
    endMs: z.number().optional(),
    quote: z.string(),
    value: z.number().optional(),
    turns: z.array(z.number().int()).optional(),
    reason: LocalizedSchema,
  })
  .describe('Offsets are UTF-16 indices into the (masked) turn text; masking keeps lengths.');

export const CallDetailSchema = CallFacts.extend({
  turns: z.array(
    z.object({ speaker: z.enum(speakers), startMs: z.number(), endMs: z.number(), text: z.string() }).loose(),
  ),
  evaluation: EvaluationSummarySchema.extend({
    checks: z.array(
      z.object({
        check: z.string(),
        result: z.enum(checkResults),
        deducted: z.number(),
        severity: z.enum(severities),
        evidence: z.array(EvidenceSchema),
      }),
    ),
  }).optional(),
}).loose();

export const CallParamsSchema = z.object({ id: z.string().min(1) });
