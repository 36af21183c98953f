import type { Actor, Permission } from '@callqa/core';

/**
 * What a route requires: a permission, or one of two explicit exceptions. A route that states
 * nothing is refused when it is registered (see `app.ts`), so none can be left open by mistake.
 */
export type Access = Permission | 'public' | 'signed_in';

/** The actor of a request with what it may do (a token may do less than its user). */
export type RequestActor = Actor & { permissions: ReadonlySet<Permission>; via: 'session' | 'token' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: RequestActor | null;
  }
}
