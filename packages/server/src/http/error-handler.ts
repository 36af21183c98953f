import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, type ErrorBody } from './api-error.js';

/** Every failure leaves as `{ code, message, details? }`, whatever raised it. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.statusCode).send(error.toBody());
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const body: ErrorBody = {
        code: 'invalid_request',
        message: `the ${where} is not valid`,
        details: error.validation.map((issue) => ({
          field: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
          message: issue.message ?? 'is not valid',
        })),
      };
      return reply.status(400).send(body);
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'too_many_requests', message: error.message });
    }
    if (error.statusCode === 413) {
      return reply
        .status(413)
        .send({ code: 'payload_too_large', message: 'the request body is larger than the server accepts' });
    }
    if (error.statusCode === 415) {
      return reply.status(415).send({ code: 'unsupported_media_type', message: error.message });
    }
    if (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP')) {
      // The body could not be parsed at all (malformed JSON, empty body with a JSON content type).
      return reply.status(400).send({
        code: 'invalid_request',
        message: 'the body is not valid JSON',
        details: [{ field: 'body', message: error.message }],
      });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ code: error.code?.toLowerCase() ?? 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ code: 'internal', message: 'something went wrong on the server' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'not_found', message: `no route ${request.method} ${request.url}` }),
  );
}
