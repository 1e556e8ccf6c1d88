/** Check-ins on the wire: what a client or therapist submits and what comes back. */
import { z } from 'zod';
import { commentMaxLength } from './checkin-limits';
import { crisisResource } from './crisis';

export { commentMaxLength, earlySessionLimit } from './checkin-limits';

export const checkinRequest = z
  .object({
    instrument: z.string().min(1).max(100),
    answers: z
      .record(z.string().max(100), z.unknown())
      .describe('itemId → number from 0 to 10 in steps of 0.1'),
    comment: z
      .string()
      .max(commentMaxLength * 4)
      .optional()
      .describe(`Optional; at most ${commentMaxLength} characters`),
  })
  .strict();
export type CheckinRequest = z.infer<typeof checkinRequest>;

const isoWithOffset = z.iso.datetime({ offset: true });

export const checkinView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  sessionId: z.uuid(),
  instrument: z.string(),
  respondent: z.enum(['client', 'therapist']),
  answers: z.record(z.string(), z.number()),
  scores: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  submittedAt: isoWithOffset,
});
export type CheckinView = z.infer<typeof checkinView>;

export const checkinResult = checkinView.extend({
  /** Present when the comment holds risk language: show these at once. */
  crisisResources: z.array(crisisResource).optional(),
});
export type CheckinResult = z.infer<typeof checkinResult>;

export const linkCheckinRequest = z
  .object({ checkins: z.array(checkinRequest).min(1).max(3) })
  .strict();
export type LinkCheckinRequest = z.infer<typeof linkCheckinRequest>;

export const linkCheckinResult = z.object({
  checkins: z.array(checkinView),
  crisisResources: z.array(crisisResource).optional(),
});
export type LinkCheckinResult = z.infer<typeof linkCheckinResult>;

export const localizedItem = z.object({
  id: z.string(),
  text: z.string(),
  lower: z.string(),
  upper: z.string(),
  min: z.number(),
  max: z.number(),
  step: z.number(),
});

export const checkinFormView = z.object({
  sessionId: z.uuid(),
  /** 1-based number of this session among those attended: 1–5 get the "good fit?" reflection. */
  sessionNumber: z.number().int(),
  scheduledAt: isoWithOffset,
  therapistName: z.string(),
  clientName: z.string(),
  instruments: z.array(
    z.object({ id: z.string(), title: z.string(), items: z.array(localizedItem) }),
  ),
  /** Instruments already completed for this session. */
  completed: z.array(z.string()),
  expiresAt: isoWithOffset.nullable(),
});
export type CheckinFormView = z.infer<typeof checkinFormView>;
