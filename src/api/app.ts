/**
 * Builds the Fastify app without listening, so tests drive it through `inject` and the server
 * (server.ts) only adds a port. Cross-cutting concerns are plugins; routes are plain functions
 * given the dependencies (no repositories hung on the Fastify instance).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { authRoutes } from './auth.routes';
import { checkinLinkOnAttendance, signalsOnAttendance } from './checkins.service';
import { checkinRoutes } from './checkins.routes';
import { clinicRoutes } from './clinic.routes';
import { consultationRoutes } from './consultations.routes';
import type { AppDeps } from './context';
import { directoryRoutes } from './directory.routes';
import { healthRoutes } from './health.routes';
import { engagementRoutes } from './engagements.routes';
import { meRoutes } from './me.routes';
import { workspaceRoutes } from './workspace.routes';
import { registerErrorHandling, sendError } from './plugins/errors';
import { loggerOptions } from './plugins/logging';
import sessionPlugin from './plugins/session';

export const apiPrefix = '/api/v1';

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.logLevel),
    trustProxy: deps.trustProxy,
    bodyLimit: 64 * 1024,
    // Request ids are random, never derived from the person.
    genReqId: () => deps.newId(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // Only JSON is accepted: a cross-site HTML form can post text/plain without a preflight.
  app.removeContentTypeParser(['text/plain']);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
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

  await app.register(
    async (api) => {
      await healthRoutes(api, deps);
      await authRoutes(api, deps);
      await meRoutes(api, deps);
      await clinicRoutes(api, deps);
      await engagementRoutes(api, deps, [signalsOnAttendance, checkinLinkOnAttendance]);
      await checkinRoutes(api, deps);
      await workspaceRoutes(api, deps);
      await directoryRoutes(api, deps);
      await consultationRoutes(api, deps);
      api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
    },
    { prefix: apiPrefix },
  );

  const webRoot = deps.webRoot ? resolve(deps.webRoot) : undefined;
  const serveWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !serveWeb || request.method !== 'GET') {
      return sendError(request, reply, 'route_not_found');
    }
    // The web app routes in the browser: every other page is its index.html.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
