/**
 * Who is asking, and in which language: reads the session cookie, resolves the actor, checks
 * the CSRF token on every mutating request made with a session, and picks the locale (the
 * person's choice, then the browser's Accept-Language, then English).
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { negotiateLocale, type Locale } from '../../core/i18n';
import { csrfMatches, lookupSession, type IssuedSession } from '../auth.service';
import type { Actor, AppDeps } from '../context';

export const sessionCookie = 'rapport_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionExpired: boolean;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** false for the routes that start a session (sign-in, sign-up): there is no token yet. */
    csrf?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(reply: FastifyReply, session: IssuedSession): void {
  void reply.setCookie(sessionCookie, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(sessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
  });
}

/** The signed-in actor, or a 401 that says whether the session ended or never was. */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor) return request.actor;
  throw new AppError(request.sessionExpired ? 'session_expired' : 'unauthenticated');
}

async function sessionPlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('locale', 'en');

  app.addHook('onRequest', async (request, reply) => {
    request.locale = negotiateLocale(null, request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookie];
    if (token) {
      const result = await lookupSession(deps, token);
      if (result.state === 'valid') {
        const { session, user } = result.found;
        request.actor = {
          userId: user.id,
          clinicId: user.clinic_id,
          role: user.role,
          sessionId: session.id,
          csrfToken: session.csrf_token,
          locale: user.locale === 'en' || user.locale === 'fr' ? user.locale : null,
        };
        request.locale = negotiateLocale(user.locale, request.headers['accept-language']);
      } else {
        request.sessionExpired = result.state === 'expired';
        clearSessionCookie(reply);
      }
    }
    const routeWantsCsrf = request.routeOptions.config.csrf !== false;
    if (request.actor && routeWantsCsrf && !safeMethods.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (!csrfMatches(request.actor.csrfToken, typeof given === 'string' ? given : undefined)) {
        throw new AppError('csrf_invalid');
      }
    }
  });
}

export default fp(sessionPlugin, { name: 'rapport-session' });
