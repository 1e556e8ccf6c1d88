/**
 * POST /auth/register, /auth/login, /auth/logout (DESIGN.md, API contract), and the second step
 * of signing in for people with an authenticator app (or who must set one up).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginRequest, registerRequest, sessionView } from '../core/accounts';
import {
  enrolledSessionView,
  loginSecondStepRequest,
  totpConfirmRequest,
  totpEnrolmentView,
} from '../core/totp';
import {
  login,
  loginEnrolConfirm,
  loginEnrolStart,
  loginSecondStep,
  logout,
  register,
  type IssuedChallenge,
} from './auth.service';
import type { AppDeps } from './context';
import { sendError } from './plugins/errors';
import {
  clearSessionCookie,
  requireActor,
  sessionCookie,
  setSessionCookie,
} from './plugins/session';
import { errors, okBody } from './schemas';

/** The pending second step of a sign-in (minutes long; only sent to the sign-in routes). */
export const loginStepCookie = 'rapport_login_step';
const loginStepPath = '/api/v1/auth/login';

function setLoginStepCookie(reply: FastifyReply, challenge: IssuedChallenge): void {
  void reply.setCookie(loginStepCookie, challenge.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    path: loginStepPath,
    expires: challenge.expiresAt,
  });
}

function clearLoginStepCookie(reply: FastifyReply): void {
  void reply.clearCookie(loginStepCookie, {
    path: loginStepPath,
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
  });
}

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
      const outcome = await login(deps, request.body, {
        address: request.ip,
        previousToken: request.cookies[sessionCookie],
      });
      if (outcome.kind === 'challenge') {
        // The password was right; a second step is owed. Its token waits in its own cookie.
        setLoginStepCookie(reply, outcome.challenge);
        return sendError(
          request,
          reply,
          outcome.purpose === 'verify' ? 'totp_required' : 'totp_enrolment_required',
        );
      }
      setSessionCookie(reply, outcome.session);
      return reply.send({ user: outcome.user, csrfToken: outcome.session.csrfToken });
    },
  );

  r.post(
    '/auth/login/second-factor',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Second step of signing in: a code from the authenticator app, or a recovery code',
        body: loginSecondStepRequest,
        response: { 200: sessionView, ...errors(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await loginSecondStep(deps, request.body, {
        address: request.ip,
        challengeToken: request.cookies[loginStepCookie],
        previousToken: request.cookies[sessionCookie],
      });
      clearLoginStepCookie(reply);
      setSessionCookie(reply, session);
      return reply.send({ user, csrfToken: session.csrfToken });
    },
  );

  r.post(
    '/auth/login/totp-setup',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary:
          'While signing in, when the clinic requires a second factor: start setting up an authenticator app',
        response: { 200: totpEnrolmentView, ...errors(401, 409, 429) },
      },
    },
    async (request) =>
      loginEnrolStart(deps, {
        address: request.ip,
        challengeToken: request.cookies[loginStepCookie],
      }),
  );

  r.post(
    '/auth/login/totp-setup/confirm',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary:
          'Finish setting up the authenticator app with a first code; signs in and returns the recovery codes (shown once)',
        body: totpConfirmRequest,
        response: { 200: enrolledSessionView, ...errors(400, 401, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { user, session, recoveryCodes } = await loginEnrolConfirm(deps, request.body.code, {
        address: request.ip,
        challengeToken: request.cookies[loginStepCookie],
        previousToken: request.cookies[sessionCookie],
      });
      clearLoginStepCookie(reply);
      setSessionCookie(reply, session);
      return reply.send({ user, csrfToken: session.csrfToken, recoveryCodes });
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
