/**
 * The web client for a check-in opened from its e-mail link (no password): the questions, and
 * the answers sent once. Apart from api.ts (which includes it), so that the check-in page
 * downloads no other feature's code.
 *
 * Its answers are not parsed again here: the server has passed each through the route's own
 * schema before sending it (api/plugins/serializer.ts), and response schemas change no value,
 * so a parse in the browser would give back what it was given. Leaving zod out of the first
 * page saved 26 KB gzip and its start-up on a phone (ADR 11).
 */
import type { CheckinFormView, LinkCheckinRequest, LinkCheckinResult } from '../core/checkins';
import { request } from './http';

export const checkinApi = {
  checkinForm: (token: string) => request<CheckinFormView>('GET', `/checkin-links/${token}`, null),
  submitLinkCheckins: (token: string, body: LinkCheckinRequest, idempotencyKey: string) =>
    request<LinkCheckinResult>('POST', `/checkin-links/${token}/checkins`, null, body, {
      'Idempotency-Key': idempotencyKey,
    }),
};
