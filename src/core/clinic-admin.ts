/**
 * The administrator's view of the clinic's therapists: who is active, whose credentials were
 * checked (the "verified" badge in the directory), and the clients who need a new therapist
 * after one was deactivated.
 */
import { z } from 'zod';
import { engagementStatuses } from './engagements';

const isoWithOffset = z.iso.datetime({ offset: true });

export const therapistAdminView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  status: z.enum(['active', 'deactivated']),
  verified: z.boolean(),
  published: z.boolean(),
  /** Engagements in consultation or active. */
  openEngagements: z.number().int(),
  createdAt: isoWithOffset,
});
export type TherapistAdminView = z.infer<typeof therapistAdminView>;

export const therapistAdminPage = z.object({
  items: z.array(therapistAdminView),
  nextCursor: z.string().nullable(),
});
export type TherapistAdminPage = z.infer<typeof therapistAdminPage>;

export const therapistListQuery = z
  .object({
    status: z.enum(['active', 'deactivated', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();

/** Change one or both: deactivate or reactivate, mark the credentials verified or not. */
export const updateTherapistRequest = z
  .object({
    status: z.enum(['active', 'deactivated']).optional(),
    verified: z.boolean().optional(),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.verified !== undefined, {
    message: 'problem.nothing_to_change',
    path: [],
  });
export type UpdateTherapistRequest = z.infer<typeof updateTherapistRequest>;

/** A client whose therapist was deactivated: only what the administrator needs to act on. */
export const reassignmentItem = z.object({
  engagementId: z.uuid(),
  status: z.enum(engagementStatuses),
  client: z.object({ id: z.uuid(), displayName: z.string() }),
  therapist: z.object({ id: z.uuid(), displayName: z.string() }),
  since: isoWithOffset,
});
export type ReassignmentItem = z.infer<typeof reassignmentItem>;

export const reassignmentList = z.object({
  items: z.array(reassignmentItem),
  nextCursor: z.null(),
});
export type ReassignmentList = z.infer<typeof reassignmentList>;
