import { z } from 'zod';
import { hangupSides, speakers } from '../call/call-schema.js';

/**
 * The generic operators a check is built from. A QA manager composes them in the scorecard
 * document; none of them knows about any particular check, so a new rule never needs a developer.
 */
export const conditionOps = [
  'phrases',
  'regex',
  'near',
  'anchor',
  'silence',
  'overlap',
  'speechRate',
  'hangup',
  'duration',
  'metadata',
  'and',
  'or',
  'not',
  'ref',
] as const;
export type ConditionOp = (typeof conditionOps)[number];

export const LocalizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();
const speakerFilter = z.enum([...speakers, 'any']);
export type SpeakerFilter = z.infer<typeof speakerFilter>;

/** Which turns a text operator looks at. Several limits together mean "any of them" (a union). */
export const WindowSchema = z
  .object({
    firstTurns: positiveInt.optional(),
    lastTurns: positiveInt.optional(),
    firstMs: positiveInt.optional().describe("Turns starting within N ms of the speaker's first turn."),
    lastMs: positiveInt.optional().describe("Turns ending within N ms of the speaker's last turn's end."),
    except: z
      .object({ firstTurns: positiveInt.optional(), lastTurns: positiveInt.optional() })
      .strict()
      .optional()
      .describe("Leave out the speaker's first or last N turns (e.g. 喂 as the opening hello)."),
  })
  .strict()
  .refine((w) => Object.keys(w).length > 0, { message: 'a window needs at least one limit' });
export type Window = z.infer<typeof WindowSchema>;

const hasSource = (m: { list?: unknown; terms?: unknown; pattern?: unknown }) =>
  m.list !== undefined || m.terms !== undefined || m.pattern !== undefined;
const NEEDS_SOURCE = { message: 'give a list, terms or a pattern' };

/** What to find in a turn: named lists, literal terms and regular expressions, all compiled into one. */
const MatchSourceShape = {
  list: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  terms: z.array(z.string().min(1)).min(1).optional(),
  pattern: z.string().min(1).optional(),
};
export const MatchSourceSchema = z.object(MatchSourceShape).strict().refine(hasSource, NEEDS_SOURCE);
export type MatchSource = z.infer<typeof MatchSourceSchema>;

const ContextGuardSchema = z
  .object({ ...MatchSourceShape, within: positiveInt.describe('Characters to look at.') })
  .strict()
  .refine(hasSource, NEEDS_SOURCE);

const matcherShape = {
  ...MatchSourceShape,
  exclude: MatchSourceSchema.optional().describe('Drop a match that overlaps a match of this.'),
  notPrecededBy: ContextGuardSchema.optional().describe('Drop a match preceded within N characters by this.'),
  notFollowedBy: ContextGuardSchema.optional().describe('Drop a match followed within N characters by this.'),
};
export const MatcherSchema = z.object(matcherShape).strict().refine(hasSource, NEEDS_SOURCE);
export type Matcher = z.infer<typeof MatcherSchema>;

const scopeShape = {
  speaker: speakerFilter.optional(),
  window: WindowSchema.optional(),
  reason: LocalizedTextSchema.optional(),
};

export type TextCondition = Matcher & {
  op: 'phrases' | 'regex';
  speaker?: SpeakerFilter;
  window?: Window;
  reason?: LocalizedText;
  mode?: 'any' | 'all' | 'atLeast' | 'none';
  n?: number;
  per?: 'turn' | 'call';
  minCount?: number;
};
export type NearCondition = {
  op: 'near';
  a: Matcher;
  b: Matcher;
  within: number;
  order?: 'any' | 'aFirst';
  speaker?: SpeakerFilter;
  window?: Window;
  reason?: LocalizedText;
};
export type AnchorCondition = {
  op: 'anchor';
  anchor: Condition;
  response: Condition;
  within: {
    direction?: 'after' | 'before';
    turns?: number;
    speaker?: SpeakerFilter;
    includeAnchorTurn?: boolean;
  };
  hit?: 'missing' | 'present';
  reason?: LocalizedText;
};
export type SilenceCondition = {
  op: 'silence';
  minMs: number;
  maxMs?: number;
  announced?: 'yes' | 'no' | 'any';
  announcement?: Matcher;
  reason?: LocalizedText;
};
export type OverlapCondition = {
  op: 'overlap';
  speaker: 'agent' | 'customer';
  minMs: number;
  reason?: LocalizedText;
};
export type SpeechRateCondition = {
  op: 'speechRate';
  speaker: 'agent' | 'customer';
  unit?: 'char' | 'word';
  above?: number;
  below?: number;
  reason?: LocalizedText;
};
export type HangupCondition = {
  op: 'hangup';
  by: Array<'agent' | 'customer' | 'system'>;
  reason?: LocalizedText;
};
export type DurationCondition = { op: 'duration'; minMs?: number; maxMs?: number; reason?: LocalizedText };
export type MetadataCondition = {
  op: 'metadata';
  field: string;
  equals?: string | number | boolean;
  in?: Array<string | number>;
  pattern?: string;
  exists?: boolean;
  reason?: LocalizedText;
};
export type LogicCondition =
  | { op: 'and' | 'or'; of: Condition[]; reason?: LocalizedText }
  | { op: 'not'; of: Condition; reason?: LocalizedText };
export type RefCondition = { op: 'ref'; name: string; reason?: LocalizedText };

export type Condition =
  | TextCondition
  | NearCondition
  | AnchorCondition
  | SilenceCondition
  | OverlapCondition
  | SpeechRateCondition
  | HangupCondition
  | DurationCondition
  | MetadataCondition
  | LogicCondition
  | RefCondition;

const textConditionShape = {
  ...matcherShape,
  ...scopeShape,
  mode: z.enum(['any', 'all', 'atLeast', 'none']).optional(),
  n: positiveInt.optional().describe('With mode atLeast: how many different terms.'),
  per: z.enum(['turn', 'call']).optional().describe('Whether all/atLeast must hold within one turn.'),
  minCount: positiveInt.optional().describe('Total occurrences needed for a hit (count threshold).'),
};

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('phrases'), ...textConditionShape }).strict(),
    z.object({ op: z.literal('regex'), ...textConditionShape, pattern: z.string().min(1) }).strict(),
    z
      .object({
        op: z.literal('near'),
        a: MatcherSchema,
        b: MatcherSchema,
        within: positiveInt,
        order: z.enum(['any', 'aFirst']).optional(),
        ...scopeShape,
      })
      .strict(),
    z
      .object({
        op: z.literal('anchor'),
        anchor: ConditionSchema,
        response: ConditionSchema,
        within: z
          .object({
            direction: z.enum(['after', 'before']).optional(),
            turns: positiveInt.optional(),
            speaker: speakerFilter.optional(),
            includeAnchorTurn: z.boolean().optional(),
          })
          .strict(),
        hit: z.enum(['missing', 'present']).optional(),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('silence'),
        minMs: positiveInt,
        maxMs: positiveInt.optional(),
        announced: z.enum(['yes', 'no', 'any']).optional(),
        announcement: MatcherSchema.optional(),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('overlap'),
        speaker: z.enum(speakers),
        minMs: nonNegativeInt,
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('speechRate'),
        speaker: z.enum(speakers),
        unit: z.enum(['char', 'word']).optional(),
        above: z.number().positive().optional(),
        below: z.number().positive().optional(),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('hangup'),
        by: z.array(z.enum(hangupSides)).min(1),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('duration'),
        minMs: nonNegativeInt.optional(),
        maxMs: nonNegativeInt.optional(),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.literal('metadata'),
        field: z.string().min(1),
        equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
        in: z
          .array(z.union([z.string(), z.number()]))
          .min(1)
          .optional(),
        pattern: z.string().min(1).optional(),
        exists: z.boolean().optional(),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z
      .object({
        op: z.enum(['and', 'or']),
        of: z.array(ConditionSchema).min(1),
        reason: LocalizedTextSchema.optional(),
      })
      .strict(),
    z.object({ op: z.literal('not'), of: ConditionSchema, reason: LocalizedTextSchema.optional() }).strict(),
    z
      .object({ op: z.literal('ref'), name: z.string().min(1), reason: LocalizedTextSchema.optional() })
      .strict(),
  ]),
);
