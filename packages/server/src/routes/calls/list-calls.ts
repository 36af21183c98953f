import { callScopeOf, parseReportTime } from '@callqa/core';
import { listCalls as listStoredCalls } from '@callqa/store';
import type { RouteModule } from '../../http/api-app.js';
import { ApiError } from '../../http/api-error.js';
import { ErrorSchema } from '../../http/error-schema.js';
import { actorOf } from '../../http/require.js';
import { CallListSchema, ListCallsQuerySchema } from './schemas.js';

export const listCalls: RouteModule = (app, { store, config }) => {
  app.get(
    '/api/calls',
    {
      config: { access: 'calls.read' },
      schema: {
        tags: ['calls'],
        summary:
          'A page of calls, newest first, with each call’s newest evaluation (only calls the reader may see)',
        querystring: ListCallsQuerySchema,
        response: { 200: CallListSchema, 400: ErrorSchema },
      },
    },
    async (request) => {
      const query = request.query;
      const bound = (field: 'from' | 'to') => {
        const value = query[field];
        if (value === undefined) return undefined;
        const ms = parseReportTime(value, config.timeZone, { endOfDay: field === 'to' });
        if (ms === null) {
          throw new ApiError(400, 'invalid_request', 'the querystring is not valid', [
            { field: `querystring.${field}`, message: `no such date or time "${value}"` },
          ]);
        }
        return ms;
      };
      const since = bound('from');
      const until = bound('to');
      const page = listStoredCalls(store, {
        scope: callScopeOf(actorOf(request)),
        ...(query.agentId !== undefined ? { agentId: query.agentId } : {}),
        ...(query.team !== undefined ? { team: query.team } : {}),
        ...(query.queue !== undefined ? { queue: query.queue } : {}),
        ...(since !== undefined ? { since } : {}),
        ...(until !== undefined ? { until } : {}),
        ...(query.passed !== undefined ? { passed: query.passed === 'true' } : {}),
        ...(query.failedCheck !== undefined ? { failedCheck: query.failedCheck } : {}),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { ...page, page: query.page, pageSize: query.pageSize };
    },
  );
};
