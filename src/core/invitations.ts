/**
 * Inviting therapists into a clinic: the administrator's requests and views, the invitee's
 * preview of the link and the form that turns it into an account.
 */
import { z } from 'zod';
import { displayNameSchema, emailSchema, localeSchema, passwordSchema } from './accounts';

const isoWithOffset = z.iso.datetime({ offset: true });

/** How long an invitation link stays valid. */
export const invitationDays = 7;

export const createInvitationRequest = z.object({ email: emailSchema }).strict();
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.literal('therapist'),
  createdAt: isoWithOffset,
  expiresAt: isoWithOffset,
  /** Past its expiry without being used: invite again to send a fresh link. */
  expired: z.boolean(),
});
export type InvitationView = z.infer<typeof invitationView>;

export const invitationPage = z.object({
  items: z.array(invitationView),
  nextCursor: z.string().nullable(),
});
export type InvitationPage = z.infer<typeof invitationPage>;

/** What the invitee sees before accepting (the link is the only credential). */
export const invitationPreview = z.object({
  clinicName: z.string(),
  email: z.string(),
  role: z.literal('therapist'),
  expiresAt: isoWithOffset,
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

export const acceptInvitationRequest = z
  .object({
    displayName: displayNameSchema,
    password: passwordSchema,
    locale: localeSchema.optional(),
  })
  .strict();
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;

/** Invitation link tokens: 32 random bytes, base64url. */
export const invitationTokenPattern = /^[A-Za-z0-9_-]{43}$/;
