import { z } from 'zod';

export const speakers = ['agent', 'customer'] as const;
export const hangupSides = ['agent', 'customer', 'system'] as const;
export const callLanguages = ['zh', 'en'] as const;

export type Speaker = (typeof speakers)[number];
export type HangupSide = (typeof hangupSides)[number];
export type CallLanguage = (typeof callLanguages)[number];

const offsetMs = z.number().int().nonnegative();

export const TurnSchema = z
  .object({
    speaker: z.enum(speakers),
    startMs: offsetMs.describe(
      'Offset of the start of the turn from the start of the call, in milliseconds.',
    ),
    endMs: offsetMs.describe('Offset of the end of the turn from the start of the call, in milliseconds.'),
    text: z.string().describe('What was said, as transcribed.'),
  })
  .loose()
  .refine((turn) => turn.endMs >= turn.startMs, {
    message: 'endMs is before startMs',
    path: ['endMs'],
  });

/**
 * The call interchange format: one call per JSONL line. Extra fields (business metadata such as
 * order ids or 业务类型) are kept, because reports and sample plans filter on them.
 */
export const CallSchema = z
  .object({
    id: z.string().min(1).describe('Unique call id; imports are idempotent by it.'),
    agentId: z.string().min(1).optional(),
    team: z.string().min(1).optional().describe('ACD group (座席组).'),
    queue: z.string().min(1).optional(),
    startedAt: z.iso.datetime({ offset: true }).optional().describe('ISO 8601 with offset.'),
    language: z.enum(callLanguages).default('zh'),
    hangupBy: z.enum(hangupSides).optional(),
    turns: z.array(TurnSchema).describe('Sorted by startMs.'),
  })
  .loose()
  .superRefine((call, ctx) => {
    for (let i = 1; i < call.turns.length; i++) {
      const previous = call.turns[i - 1];
      const turn = call.turns[i];
      if (previous && turn && turn.startMs < previous.startMs) {
        ctx.addIssue({
          code: 'custom',
          path: ['turns', i, 'startMs'],
          message: `turns are not sorted by startMs (${turn.startMs} < ${previous.startMs} of turn ${i - 1})`,
        });
      }
    }
  });

export type Turn = z.infer<typeof TurnSchema>;
export type Call = z.infer<typeof CallSchema>;
