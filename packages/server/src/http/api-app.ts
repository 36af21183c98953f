import type { Store } from '@callqa/store';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { ServerConfig } from '../config.js';

export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What routes work with: the store, the configuration, and the process-wide sign-in throttle. */
export type ApiDeps = { store: Store; config: ServerConfig; throttle: LoginThrottle };

export type RouteModule = (app: ApiApp, deps: ApiDeps) => void;
