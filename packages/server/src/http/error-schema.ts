import { z } from 'zod';

/** The body of every error response (see `ApiError`). */
export const ErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
