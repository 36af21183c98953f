import { z } from 'zod';

const CountSchema = z.object({
  calls: z.number().int(),
  withProblem: z.number().int(),
  rate: z.number().nullable(),
});

export const ProblemRateChangeSchema = z.object({
  before: CountSchema,
  after: CountSchema,
  change: z.number().nullable(),
  pValue: z.number().nullable(),
  improved: z.boolean(),
});
