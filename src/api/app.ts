/**
 * Builds the Fastify app without listening, so tests drive it through `inject` and the server
 * (server.ts) only adds a port. Cross-cutting concerns are plugins; routes are plain functions
 * given the dependencies (no repositories hung on the Fastify instance).
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { authRoutes } from './auth.routes';
import { checkinLinkOnAttendance } from './checkin-links.service';
import { signalsOnAttendance } from './checkins.service';
import { checkinRoutes } from './checkins.routes';
import { adminRoutes } from './admin.routes';
import { clinicRoutes } from './clinic.routes';
import { clinicSettingsRoutes } from './clinic-settings.routes';
import { concernRoutes } from './concerns.routes';
import { auditSearchRoutes } from './audit-search.routes';
import { consultationRoutes } from './consultations.routes';
import type { AppDeps } from './context';
import { directoryRoutes } from './directory.routes';
import { photoRoutes } from './photos.routes';
import { healthRoutes } from './health.routes';
import { engagementRoutes } from './engagements.routes';
import { meRoutes } from './me.routes';
import { myDataRoutes } from './my-data.routes';
import { handoverRoutes } from './handovers.routes';
import { myTherapyRoutes } from './mytherapy.routes';
import { supervisionRoutes } from './supervision.routes';
import { totpRoutes } from './totp.routes';
import { workspaceRoutes } from './workspace.routes';
import { registerErrorHandling, sendError } from './plugins/errors';
import { loggerOptions } from './plugins/logging';
import { serializerCompiler } from './plugins/serializer';
import sessionPlugin from './plugins/session';

export const apiPrefix = '/api/v1';

/** Whether a parsed request part holds a NUL character anywhere (keys included). */
function containsNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Buffer.isBuffer(value)) return false;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(inner, depth + 1)) return true;
  }
  return false;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.logLevel, deps.logStream),
    trustProxy: deps.trustProxy,
    bodyLimit: 64 * 1024,
    // Request ids are random, never derived from the person.
    genReqId: () => deps.newId(),
    // The router's own refusals (a path parameter too long to be an id, a malformed URL) get
    // the same error envelope as every other answer; they name no route that could exist.
    frameworkErrors: (_error, request, reply) => {
      void sendError(request, reply, 'route_not_found');
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // Only JSON is accepted: a cross-site HTML form can post text/plain without a preflight.
  app.removeContentTypeParser(['text/plain']);

  await app.register(fastifyCookie);
  // The security headers of every answer, worked out once (@fastify/helmet worked them out
  // again for each request: about 2 % of the server's time per check-in in a CPU profile).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '1.0.0',
        description:
          'The stable public surface of Rapport. Browsers authenticate with the session cookie and send the CSRF token in X-CSRF-Token on every mutating request.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(sessionPlugin, { deps });
  // PostgreSQL text cannot hold a NUL character: refuse it in any parameter or field up front,
  // with a clear message, rather than failing deep inside a query.
  app.addHook('preValidation', async (request, reply) => {
    if (
      containsNul(request.params, 0) ||
      containsNul(request.query, 0) ||
      containsNul(request.body, 0)
    ) {
      return sendError(request, reply, 'invalid_characters');
    }
    return undefined;
  });

  await app.register(
    async (api) => {
      await healthRoutes(api, deps);
      await authRoutes(api, deps);
      await meRoutes(api, deps);
      await myDataRoutes(api, deps);
      await handoverRoutes(api, deps);
      await clinicRoutes(api, deps);
      await adminRoutes(api, deps);
      await clinicSettingsRoutes(api, deps);
      await engagementRoutes(api, deps, [signalsOnAttendance, checkinLinkOnAttendance]);
      await checkinRoutes(api, deps);
      await workspaceRoutes(api, deps);
      await directoryRoutes(api, deps);
      await photoRoutes(api, deps);
      await consultationRoutes(api, deps);
      await totpRoutes(api, deps);
      await auditSearchRoutes(api, deps);
      await concernRoutes(api, deps);
      await myTherapyRoutes(api, deps);
      await supervisionRoutes(api, deps);
      api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
    },
    { prefix: apiPrefix },
  );

  const webRoot = deps.webRoot ? resolve(deps.webRoot) : undefined;
  const serveWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (serveWeb) {
    const assetsDir = join(webRoot, 'assets');
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      // The build writes .br and .gz beside every text file (vite.config.ts): sent as they are.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      // Files under /assets/ carry a hash of their content in their name, so they never change;
      // the rest (index.html, which names them) is checked again on every visit.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.startsWith(assetsDir + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !serveWeb || request.method !== 'GET') {
      return sendError(request, reply, 'route_not_found');
    }
    // A file of another build (a page left open across an upgrade asks for its old chunks) is
    // missing, not a page: the browser's import fails and the app reloads (src/web/main.tsx).
    if (request.url.startsWith('/assets/')) return sendError(request, reply, 'not_found');
    // The web app routes in the browser: every other page is its index.html.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
