import type { ReviewInput } from '@callqa/core';
import { canViewCall } from '@callqa/core';
import { getCall, latestEvaluationOf } from '@callqa/store';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiDeps } from '../http/api-app.js';
import { ApiError, notFound } from '../http/api-error.js';
import { actorOf } from '../http/require.js';
import type { SubmitReviewBodySchema } from '../routes/reviews/schemas.js';
import { compiledScorecardVersion } from '../scorecards/compiled-version.js';

/** The call, if the reader may see it, with its newest automatic evaluation and that evaluation's scorecard. */
export function loadForReview({ store }: ApiDeps, request: FastifyRequest, callId: string) {
  const actor = actorOf(request);
  const call = getCall(store, callId);
  if (!call || !canViewCall(actor, call)) throw notFound('call');
  const evaluation = latestEvaluationOf(store, call.id);
  if (!evaluation)
    throw new ApiError(409, 'not_evaluated', 'this call has no automatic evaluation to review');
  const scorecard = compiledScorecardVersion(store, evaluation.scorecard.id, evaluation.scorecard.version);
  if (!scorecard) {
    throw new ApiError(
      409,
      'scorecard_missing',
      `scorecard ${evaluation.scorecard.id}@${evaluation.scorecard.version} is not stored`,
    );
  }
  return { actor, call, evaluation, scorecard };
}

/** The body of a review form as core's review input (optional fields left out, not undefined). */
export function toReviewInput(
  body: Pick<z.infer<typeof SubmitReviewBodySchema>, 'verdicts' | 'manual'>,
): ReviewInput {
  return {
    verdicts: body.verdicts.map((v) => ({
      check: v.check,
      verdict: v.verdict,
      ...(v.result !== undefined ? { result: v.result } : {}),
      ...(v.comment !== undefined ? { comment: v.comment } : {}),
    })),
    manual: body.manual.map((m) => ({
      item: m.item,
      deducted: m.deducted,
      ...(m.comment !== undefined ? { comment: m.comment } : {}),
    })),
  };
}
