/**
 * Concerns ("something feels off", DESIGN.md, Client 6) and ending an engagement (Client 7) on the
 * wire. A concern is a private note to oneself, shared with the therapist (a flag in their
 * caseload), or, for a boundary concern, reported to the clinic's administrators too.
 */
import { z } from 'zod';
import { crisisResource } from './crisis';
import { endReasons, engagementView } from './engagements';
import { concernCategories } from './guide/concerns';
import { regulatorContact } from './regulator';

export { concernCategories, type ConcernCategory } from './guide/concerns';

const isoWithOffset = z.iso.datetime({ offset: true });

/** The most a concern's words may hold, in characters (as for a check-in comment). */
export const concernTextMaxLength = 4000;
/** The most an ending message may hold, in characters. */
export const endingMessageMaxLength = 4000;

export const createConcernRequest = z
  .object({
    engagementId: z.uuid(),
    category: z.enum(concernCategories),
    /** The client's own words; may be empty (the category alone says something). */
    text: z.string().max(concernTextMaxLength).default(''),
    shareWithTherapist: z.boolean(),
    /**
     * Boundary concerns only: tell the clinic's administrators (without sharing with the
     * therapist, if the client prefers). A shared boundary concern always reaches them.
     */
    reportToClinic: z.boolean().optional(),
  })
  .strict()
  .refine((value) => value.reportToClinic !== true || value.category === 'boundary', {
    message: 'only a boundary concern is reported to the clinic',
    path: ['reportToClinic'],
  })
  .refine(
    (value) =>
      !(
        value.category === 'boundary' &&
        value.shareWithTherapist &&
        value.reportToClinic === false
      ),
    {
      message: 'a boundary concern shared with the therapist also reaches the clinic',
      path: ['reportToClinic'],
    },
  );
export type CreateConcernRequest = z.infer<typeof createConcernRequest>;

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const concernView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  therapist: person,
  category: z.enum(concernCategories),
  text: z.string().nullable(),
  sharedWithTherapist: z.boolean(),
  reportedToClinic: z.boolean(),
  createdAt: isoWithOffset,
});
export type ConcernView = z.infer<typeof concernView>;

export const createConcernResult = concernView.extend({
  /** Present when the words hold risk language: show these at once. */
  crisisResources: z.array(crisisResource).optional(),
  /** Present for a boundary concern: where to report outside the clinic. */
  regulatorContacts: z.array(regulatorContact).optional(),
});
export type CreateConcernResult = z.infer<typeof createConcernResult>;

export const concernListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(500).optional(),
    engagementId: z.uuid().optional(),
  })
  .strict();

export const concernList = z.object({
  items: z.array(concernView),
  nextCursor: z.string().nullable(),
});
export type ConcernList = z.infer<typeof concernList>;

/** A reported boundary concern as the clinic's administrator reads it. */
export const clinicConcernView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  client: person,
  therapist: person,
  category: z.literal('boundary'),
  text: z.string().nullable(),
  sharedWithTherapist: z.boolean(),
  createdAt: isoWithOffset,
});
export type ClinicConcernView = z.infer<typeof clinicConcernView>;

export const clinicConcernList = z.object({
  items: z.array(clinicConcernView),
  nextCursor: z.string().nullable(),
});
export type ClinicConcernList = z.infer<typeof clinicConcernList>;

/** Where to turn: the clinic's crisis contacts and where to report a therapist's conduct. */
export const supportContactsView = z.object({
  crisisResources: z.array(crisisResource),
  regulatorContacts: z.array(regulatorContact),
});
export type SupportContactsView = z.infer<typeof supportContactsView>;

/* ---------- Ending an engagement ---------- */

export const endEngagementRequest = z
  .object({
    endReason: z.enum(endReasons),
    /** A message to the therapist, sent by e-mail (sealed in the outbox); omit to send none. */
    message: z.string().trim().min(1).max(endingMessageMaxLength).optional(),
  })
  .strict();
export type EndEngagementRequest = z.infer<typeof endEngagementRequest>;

export const endEngagementResult = z.object({
  engagement: engagementView,
  messageSent: z.boolean(),
});
export type EndEngagementResult = z.infer<typeof endEngagementResult>;

/* ---------- My therapy: check-ins still owed ---------- */

export const pendingCheckinView = z.object({
  sessionId: z.uuid(),
  engagementId: z.uuid(),
  therapist: person,
  scheduledAt: isoWithOffset,
  expiresAt: isoWithOffset,
});
export type PendingCheckinView = z.infer<typeof pendingCheckinView>;

export const pendingCheckinList = z.object({
  items: z.array(pendingCheckinView),
  nextCursor: z.null(),
});
export type PendingCheckinList = z.infer<typeof pendingCheckinList>;

/** A fresh single-use link to the check-in page for a check-in still owed. */
export const checkinLinkView = z.object({
  path: z.string(),
  expiresAt: isoWithOffset,
});
export type CheckinLinkView = z.infer<typeof checkinLinkView>;
