import type { Store } from '@callqa/store';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authenticate } from './auth/authenticate.js';
import { LoginThrottle } from './auth/login-throttle.js';
import type { ServerConfig } from './config.js';
import { startReminders } from './events/reminders.js';
import { WebhookDispatcher } from './events/webhook-dispatcher.js';
import type { Access } from './http/access.js';
import type { ApiApp } from './http/api-app.js';
import { forbidden, unauthenticated } from './http/api-error.js';
import { installErrorHandler } from './http/error-handler.js';
import { ImportJobs } from './imports/import-jobs.js';
import { importRoutes } from './routes/imports/imports.js';
import { routeModules } from './routes/index.js';

/** Routes that Swagger UI adds for its own pages and assets: public documentation. */
const DOCS_PREFIX = '/api/docs';

export type BuildAppOptions = {
  store: Store;
  config: ServerConfig;
  logger?: FastifyServerOptions['logger'];
  version?: string;
  /**
   * Check every response against its route's schema (the test suite does): a contract test of the
   * whole API. Off in service, where the presenters' types already fix the shape and the check
   * would cost a quarter of a call detail's time.
   */
  validateResponses?: boolean;
  /** Send queued webhook deliveries and due reminders on timers (default); tests drive them themselves. */
  deliverWebhooks?: boolean;
};

/** Every API route with the access it declared, as registered (for the route-table test and docs). */
export type RouteAccess = { method: string; url: string; access: Access | undefined };

/**
 * The API as a Fastify instance, not listening: `listen` it, or `inject` requests in tests. Every
 * route under /api must declare its access; registering one that does not throws at start.
 */
export async function buildApp(
  options: BuildAppOptions,
): Promise<{ app: ApiApp; routes: RouteAccess[]; imports: ImportJobs; webhooks: WebhookDispatcher }> {
  const { store, config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: config.trustProxy,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.validateResponses ? serializerCompiler : () => (data) => JSON.stringify(data),
  );
  installErrorHandler(app);

  const routes: RouteAccess[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    for (const method of methods) routes.push({ method, url: route.url, access });
    if (access === undefined && !route.url.startsWith(DOCS_PREFIX)) {
      throw new Error(
        `route ${methods.join(',')} ${route.url} declares no access (a permission, 'signed_in' or 'public')`,
      );
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'callqa API',
        description:
          'Call-center quality: calls, automatic and human evaluations, sampling, appeals, calibration, coaching, KPIs. ' +
          'Sign in with POST /api/auth/login (session cookie) or send `Authorization: Bearer cqa_…` with an API token. ' +
          'Errors are `{ code, message, details? }`.',
        version: options.version ?? '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'callqa_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  app.decorateRequest('actor', null);
  // Before the body is parsed or validated: who may not call a route learns nothing of its schema.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return; // documentation pages
    request.actor = authenticate(store, request);
    if (access === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (access !== 'signed_in' && !request.actor.permissions.has(access)) throw forbidden();
  });

  const deps = { store, config, throttle: new LoginThrottle(config.loginAttempts) };
  const imports = new ImportJobs(store);
  const webhooks = new WebhookDispatcher(store);
  if (options.deliverWebhooks !== false) webhooks.start();
  const stopReminders = options.deliverWebhooks !== false ? startReminders({ store, config }) : () => {};
  app.addHook('onClose', async () => stopReminders());
  app.addHook('onClose', async () => webhooks.stop());
  // Closing waits for uploads being imported, so that a stop never leaves a half-read file behind.
  app.addHook('onClose', async () => imports.idle());
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  for (const module of [...routeModules, importRoutes(imports)]) module(app, deps);
  await app.ready();
  return { app, routes, imports, webhooks };
}
