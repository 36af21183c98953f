import { canViewCall } from '@callqa/core';
import { evaluationChecks, getCall as getStoredCall, latestEvaluationOf } from '@callqa/store';
import type { RouteModule } from '../../http/api-app.js';
import { notFound } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { presentCall } from '../../presenters/present-call.js';
import { CallDetailSchema, CallParamsSchema } from './schemas.js';

export const getCall: RouteModule = (app, { store }) => {
  app.get(
    '/api/calls/:id',
    {
      config: { access: 'calls.read' },
      schema: {
        tags: ['calls'],
        summary: 'One call: transcript, business fields and newest evaluation with its evidence',
        params: CallParamsSchema,
        response: { 200: CallDetailSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const call = getStoredCall(store, request.params.id);
      // Out of scope reads as absent: a 403 would confirm that the call exists.
      if (!call || !canViewCall(actor, call)) throw notFound('call');
      const latest = latestEvaluationOf(store, call.id);
      const evaluation = latest ? { ...latest, checks: evaluationChecks(store, latest.id) } : undefined;
      return presentCall(call, evaluation, actor);
    },
  );
};
