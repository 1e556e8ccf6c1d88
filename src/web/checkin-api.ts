/**
 * The web client for a check-in opened from its e-mail link (no password): the questions, and
 * the answers sent once. Apart from api.ts (which includes it), so that the check-in page
 * downloads the check-in schemas and no other feature's.
 */
import {
  checkinFormView,
  linkCheckinResult,
  type CheckinFormView,
  type LinkCheckinRequest,
  type LinkCheckinResult,
} from '../core/checkins';
import { request } from './http';

export const checkinApi = {
  checkinForm: (token: string) =>
    request<CheckinFormView>('GET', `/checkin-links/${token}`, checkinFormView),
  submitLinkCheckins: (token: string, body: LinkCheckinRequest, idempotencyKey: string) =>
    request<LinkCheckinResult>(
      'POST',
      `/checkin-links/${token}/checkins`,
      linkCheckinResult,
      body,
      {
        'Idempotency-Key': idempotencyKey,
      },
    ),
};
