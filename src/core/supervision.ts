/**
 * Supervision on the wire: the clinic designates supervisors, decides whether supervisors may
 * read client records at all, and each client decides per engagement. A supervisor's read always
 * carries a reason (sealed at rest, audited). The access rule itself is in access.ts.
 */
import { z } from 'zod';
import { checkinView } from './checkins';
import { engagementView, personRef, sessionView } from './engagements';
import { signalView } from './signal-view';
import { goalView } from './workspace';

const isoWithOffset = z.iso.datetime({ offset: true });

/** A reason is a sentence, not a tick: long enough to say why, short enough to read in the log. */
export const supervisionReasonLength = { min: 10, max: 500 } as const;

export const supervisionReason = z
  .string()
  .trim()
  .min(supervisionReasonLength.min)
  .max(supervisionReasonLength.max);

export const createSupervisionRequest = z
  .object({ supervisorId: z.uuid(), therapistId: z.uuid() })
  .strict();
export type CreateSupervisionRequest = z.infer<typeof createSupervisionRequest>;

export const supervisionView = z.object({
  id: z.uuid(),
  supervisor: personRef,
  therapist: personRef,
  createdAt: isoWithOffset,
});
export type SupervisionView = z.infer<typeof supervisionView>;

export const supervisionPolicyView = z.object({
  /** Supervisors may read a client's record where that client has consented. */
  allowWithConsent: z.boolean(),
  updatedAt: isoWithOffset.nullable(),
});
export type SupervisionPolicyView = z.infer<typeof supervisionPolicyView>;

export const supervisionPolicyRequest = z.object({ allowWithConsent: z.boolean() }).strict();
export type SupervisionPolicyRequest = z.infer<typeof supervisionPolicyRequest>;

export const supervisionConsentRequest = z.object({ consent: z.boolean() }).strict();
export type SupervisionConsentRequest = z.infer<typeof supervisionConsentRequest>;

export const supervisionConsentView = z.object({
  engagementId: z.uuid(),
  /** The client's choice for this engagement. */
  consented: z.boolean(),
  /** When the current consent was given (null when there is none). */
  since: isoWithOffset.nullable(),
  /** Whether the clinic lets supervisors read at all; consent alone is not enough. */
  clinicAllows: z.boolean(),
  /** How many supervisors the therapist has now (names are not the client's business here). */
  supervisorCount: z.number().int().min(0),
});
export type SupervisionConsentView = z.infer<typeof supervisionConsentView>;

/** One engagement a supervisor may open (policy and consent both allow it). */
export const supervisedEngagementView = z.object({
  engagementId: z.uuid(),
  status: engagementView.shape.status,
  client: personRef,
  therapist: personRef,
  consentSince: isoWithOffset,
});
export type SupervisedEngagementView = z.infer<typeof supervisedEngagementView>;

export const supervisionRecordQuery = z.object({ reason: supervisionReason }).strict();

/** What a supervisor reads: no reflections, ever, and nothing they could change. */
export const supervisionRecordView = z.object({
  accessId: z.uuid(),
  engagement: engagementView,
  sessions: z.array(sessionView),
  checkins: z.array(checkinView),
  signals: z.array(signalView),
  goals: z.array(goalView),
});
export type SupervisionRecordView = z.infer<typeof supervisionRecordView>;
