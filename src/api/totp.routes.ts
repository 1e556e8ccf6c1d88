/**
 * The signed-in person's second factor: GET /me/totp (is it on?), POST /me/totp (start setting
 * up: otpauth URI, secret and QR code), POST /me/totp/confirm (first code: on, with recovery
 * codes shown once), DELETE /me/totp (off, with a code), POST /me/totp/recovery-codes (new ones).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  recoveryCodesView,
  totpConfirmRequest,
  totpEnrolmentView,
  totpProofRequest,
  totpStatusView,
} from '../core/totp';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors, okBody } from './schemas';
import {
  confirmEnrolment,
  disableTotp,
  getTotpStatus,
  renewRecoveryCodes,
  startEnrolmentFor,
} from './totp.service';

export async function totpRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/me/totp',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Whether two-step sign-in is on, and how many recovery codes are left',
        response: { 200: totpStatusView, ...errors(401) },
      },
    },
    async (request) => getTotpStatus(deps, requireActor(request)),
  );

  r.post(
    '/me/totp',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Start setting up an authenticator app: returns the otpauth URI, its secret and a QR code',
        response: { 200: totpEnrolmentView, ...errors(401, 403, 409) },
      },
    },
    async (request) => startEnrolmentFor(deps, requireActor(request)),
  );

  r.post(
    '/me/totp/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Turn two-step sign-in on with a first code; returns ten recovery codes, once',
        body: totpConfirmRequest,
        response: { 200: recoveryCodesView, ...errors(400, 401, 403, 409) },
      },
    },
    async (request) => confirmEnrolment(deps, requireActor(request), request.body.code),
  );

  r.delete(
    '/me/totp',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Turn two-step sign-in off (a current code or a recovery code confirms it)',
        body: totpProofRequest,
        response: { 200: okBody, ...errors(400, 401, 403, 409, 429) },
      },
    },
    async (request) => {
      await disableTotp(deps, requireActor(request), request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/me/totp/recovery-codes',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Replace the recovery codes (a current code confirms it); the new ones are shown once',
        body: totpProofRequest,
        response: { 200: recoveryCodesView, ...errors(400, 401, 403, 409, 429) },
      },
    },
    async (request) => renewRecoveryCodes(deps, requireActor(request), request.body),
  );
}
