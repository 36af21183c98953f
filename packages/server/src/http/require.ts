import type { FastifyRequest } from 'fastify';
import type { RequestActor } from './access.js';
import { unauthenticated } from './api-error.js';

/** The actor of a route that is not public (the access hook has already let it in). */
export function actorOf(request: FastifyRequest): RequestActor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
