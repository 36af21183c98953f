import { z } from 'zod';
import { callLanguages, hangupSides, speakers } from '../call/call-schema.js';
import { ConditionSchema, LocalizedTextSchema } from './condition-schema.js';

/** A: the most serious (service attitude, compliance); C: the least (style). The ABC of seed 002's monthly report. */
export const severities = ['A', 'B', 'C'] as const;
export type Severity = (typeof severities)[number];

/** manual items stay on the sheet for a reviewer: 吐字清晰, 普通话, 微笑服务 cannot be judged from text. */
export const scoringModes = ['auto', 'manual', 'auto+review'] as const;
export type ScoringMode = (typeof scoringModes)[number];

export const checkResults = ['pass', 'fail', 'na'] as const;
export type CheckResult = (typeof checkResults)[number];

const idSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected lower_snake_case letters, digits and _');

/** Example turns in the compact form `["A", "text"]` or `["A", "text", startMs, endMs]`, or as full turns. */
const ExampleTurnSchema = z.union([
  z.tuple([z.enum(['A', 'C']), z.string()]),
  z.tuple([z.enum(['A', 'C']), z.string(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
  z
    .object({
      speaker: z.enum(speakers),
      text: z.string(),
      startMs: z.number().int().nonnegative().optional(),
      endMs: z.number().int().nonnegative().optional(),
    })
    .strict(),
]);
export type ExampleTurn = z.infer<typeof ExampleTurnSchema>;

export const CheckExampleSchema = z
  .object({
    name: z.string().optional(),
    expect: z.enum(checkResults),
    hangupBy: z.enum(hangupSides).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    turns: z.array(ExampleTurnSchema).min(1),
  })
  .strict();
export type CheckExample = z.infer<typeof CheckExampleSchema>;

export const CheckSchema = z
  .object({
    failWhen: ConditionSchema,
    applicableWhen: ConditionSchema.optional(),
    reasons: z
      .object({
        fail: LocalizedTextSchema,
        pass: LocalizedTextSchema,
        na: LocalizedTextSchema.optional(),
        searched: LocalizedTextSchema.optional().describe(
          'For a turn that was searched and held nothing, beside the evidence that caused the failure.',
        ),
      })
      .strict(),
    examples: z.array(CheckExampleSchema).default([]),
  })
  .strict();
export type Check = z.infer<typeof CheckSchema>;

export const ItemSchema = z
  .object({
    id: idSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    points: z.number().positive(),
    severity: z.enum(severities),
    fatal: z.boolean().default(false),
    scoring: z.enum(scoringModes),
    check: CheckSchema.optional(),
  })
  .strict();
export type Item = z.infer<typeof ItemSchema>;

export const SectionSchema = z
  .object({ id: idSchema, name: LocalizedTextSchema, items: z.array(ItemSchema).min(1) })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const PhraseListSchema = z.union([
  z.array(z.string().min(1)).min(1),
  z
    .object({
      description: z.string().optional(),
      terms: z.array(z.string().min(1)).optional(),
      patterns: z.array(z.string().min(1)).optional(),
    })
    .strict()
    .refine((l) => (l.terms?.length ?? 0) + (l.patterns?.length ?? 0) > 0, {
      message: 'a phrase list needs terms or patterns',
    }),
]);
export type PhraseList = z.infer<typeof PhraseListSchema>;

/**
 * A scorecard (评分表): sections → items, each item a deduction with points, an A/B/C class and,
 * for automatic items, the check that decides it. Versioned: every evaluation records the version.
 */
export const ScorecardSchema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema.or(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'expected lower-case letters, digits, _ and -')),
    version: z.string().min(1),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    language: z.enum(callLanguages),
    passScore: z
      .number()
      .nonnegative()
      .describe('A call passes with at least this score and no failed fatal item.'),
    naPolicy: z
      .enum(['award', 'exclude'])
      .default('award')
      .describe('award: an n/a item keeps its points; exclude: the score is rescaled over applicable items.'),
    lists: z.record(idSchema, PhraseListSchema).default({}),
    conditions: z.record(idSchema, ConditionSchema).default({}),
    sections: z.array(SectionSchema).min(1),
  })
  .strict();
export type ScorecardDocument = z.input<typeof ScorecardSchema>;
export type Scorecard = z.infer<typeof ScorecardSchema>;
