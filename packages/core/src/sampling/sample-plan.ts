import { z } from 'zod';

export const strataDimensions = ['team', 'queue', 'duration_band', 'score_band'] as const;

const count = z.number().int().min(1).max(100_000);

/**
 * Who gets listened to, as seed 002's 监听方法 describes: random calls per agent, a stratified sample
 * (by ACD group, queue, call length or automatic score, proportional or equal per stratum), and
 * targeted rules for what deserves attention now (new agents, a new product's words, low scores,
 * fatal errors, complaints, long silences, repeat callers). Rules run in order; a call is picked
 * once, for the first rule that picks it.
 */
export const SampleRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('random_per_agent'), perAgent: count }),
  z.object({
    kind: z.literal('stratified'),
    by: z.enum(strataDimensions),
    total: count,
    allocation: z.enum(['proportional', 'equal']).default('proportional'),
    /** Band edges for duration (seconds) or score: [60, 180, 300] makes <60, 60–180, 180–300, ≥300. */
    bands: z.array(z.number()).min(1).optional(),
  }),
  z.object({
    kind: z.literal('targeted'),
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('new_agent'), days: z.number().int().min(1).max(365) }),
      z.object({ kind: z.literal('keywords'), phrases: z.array(z.string().min(1)).min(1) }),
      z.object({ kind: z.literal('low_score'), below: z.number() }),
      z.object({ kind: z.literal('fatal') }),
      z.object({ kind: z.literal('failed_check'), check: z.string().min(1) }),
      z.object({ kind: z.literal('complaint') }),
      z.object({ kind: z.literal('long_silence') }),
      z.object({
        kind: z.literal('repeat_caller'),
        withinHours: z
          .number()
          .positive()
          .max(24 * 30)
          .default(72),
      }),
    ]),
    /** At most this many calls for the rule (lowest seeded rank first); all when absent. */
    limit: count.optional(),
    perAgentLimit: count.optional(),
  }),
]);
export type SampleRule = z.infer<typeof SampleRuleSchema>;

export const SamplePlanSchema = z.object({
  name: z.string().min(1).max(200),
  /** The same seed over the same calls draws the same sample. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  rules: z.array(SampleRuleSchema).min(1).max(20),
});
export type SamplePlan = z.infer<typeof SamplePlanSchema>;
