/** POST /auth/register, /auth/login, /auth/logout (DESIGN.md, API contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginRequest, registerRequest, sessionView } from '../core/accounts';
import { login, logout, register } from './auth.service';
import type { AppDeps } from './context';
import { clearSessionCookie, requireActor, setSessionCookie } from './plugins/session';
import { errors, okBody } from './schemas';

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/register',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (client or therapist) and sign in',
        body: registerRequest,
        response: { 201: sessionView, ...errors(400, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await register(deps, request.body, {
        address: request.ip,
        locale: request.locale,
      });
      setSessionCookie(reply, session);
      return reply.code(201).send({ user, csrfToken: session.csrfToken });
    },
  );

  r.post(
    '/auth/login',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in; sets the session cookie and returns the CSRF token',
        body: loginRequest,
        response: { 200: sessionView, ...errors(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await login(deps, request.body, { address: request.ip });
      setSessionCookie(reply, session);
      return reply.send({ user, csrfToken: session.csrfToken });
    },
  );

  r.post(
    '/auth/logout',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session on the server',
        response: { 200: okBody, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await logout(deps, actor);
      clearSessionCookie(reply);
      return reply.send({ ok: true as const });
    },
  );
}
