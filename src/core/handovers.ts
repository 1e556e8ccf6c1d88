/**
 * Hand-overs on the wire: the client's consent that a new therapist may read part of their
 * history (goals, check-in scores, a summary the client writes), for a limited time. The
 * previous therapist's private reflections are never part of one.
 */
import { z } from 'zod';

const isoWithOffset = z.iso.datetime({ offset: true });

export const handoverParts = ['goals', 'checkins', 'summary'] as const;
export type HandoverPart = (typeof handoverParts)[number];

/** How long a consent may last: at least a day, at most a year; a month unless the client says. */
export const handoverDays = { min: 1, max: 365, default: 30 } as const;
export const handoverSummaryMax = 4000;

export const createHandoverRequest = z
  .object({
    fromEngagementId: z.uuid(),
    toTherapistId: z.uuid(),
    include: z
      .array(z.enum(handoverParts))
      .min(1)
      .max(handoverParts.length)
      .refine((parts) => new Set(parts).size === parts.length, { message: 'duplicate part' }),
    summary: z.string().trim().min(1).max(handoverSummaryMax).optional(),
    expiresInDays: z
      .number()
      .int()
      .min(handoverDays.min)
      .max(handoverDays.max)
      .default(handoverDays.default),
  })
  .strict()
  .superRefine((value, ctx) => {
    const wantsSummary = value.include.includes('summary');
    if (wantsSummary && value.summary === undefined)
      ctx.addIssue({ code: 'custom', path: ['summary'], message: 'summary is required' });
    if (!wantsSummary && value.summary !== undefined)
      ctx.addIssue({ code: 'custom', path: ['summary'], message: 'summary is not included' });
  });
export type CreateHandoverRequest = z.input<typeof createHandoverRequest>;
export type CreateHandoverInput = z.output<typeof createHandoverRequest>;

export const handoverStatuses = ['active', 'expired', 'withdrawn'] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];

/** Withdrawn wins over expired: the client's act is what they should see. */
export function handoverStatus(
  handover: { expiresAt: Date; withdrawnAt: Date | null },
  now: Date,
): HandoverStatus {
  if (handover.withdrawnAt !== null) return 'withdrawn';
  return now.getTime() < handover.expiresAt.getTime() ? 'active' : 'expired';
}

const person = z.object({ id: z.uuid(), displayName: z.string() });

/** A hand-over as its client sees it in their list. */
export const handoverView = z.object({
  id: z.uuid(),
  fromEngagementId: z.uuid(),
  fromTherapist: person,
  toTherapist: person,
  include: z.array(z.enum(handoverParts)),
  summary: z.string().nullable(),
  status: z.enum(handoverStatuses),
  createdAt: isoWithOffset,
  expiresAt: isoWithOffset,
  withdrawnAt: isoWithOffset.nullable(),
});
export type HandoverView = z.infer<typeof handoverView>;

export const handoverPage = z.object({
  items: z.array(handoverView),
  nextCursor: z.string().nullable(),
});

/** A hand-over in a receiving therapist's list: only those they may open now. */
export const receivedHandoverView = z.object({
  id: z.uuid(),
  client: person,
  fromTherapist: person,
  include: z.array(z.enum(handoverParts)),
  createdAt: isoWithOffset,
  expiresAt: isoWithOffset,
});
export type ReceivedHandoverView = z.infer<typeof receivedHandoverView>;

export const receivedHandoverPage = z.object({
  items: z.array(receivedHandoverView),
  nextCursor: z.string().nullable(),
});

/** Therapists a client may hand over to: someone they work with or met in a consultation. */
export const handoverRecipientView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  via: z.enum(['engagement', 'consultation']),
});
export const handoverRecipients = z.object({
  items: z.array(handoverRecipientView),
  nextCursor: z.null(),
});
export type HandoverRecipientView = z.infer<typeof handoverRecipientView>;

/** What the receiving therapist reads (read-only). Parts the client left out are null. */
export const handoverPackageView = z.object({
  id: z.uuid(),
  client: person,
  fromTherapist: person,
  include: z.array(z.enum(handoverParts)),
  status: z.enum(handoverStatuses),
  createdAt: isoWithOffset,
  expiresAt: isoWithOffset,
  summary: z.string().nullable(),
  goals: z
    .array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(['active', 'achieved', 'dropped']),
        createdAt: isoWithOffset,
        ratings: z.array(
          z.object({
            raterRole: z.enum(['client', 'therapist']),
            progress: z.number(),
            agreement: z.number().nullable(),
            ratedAt: isoWithOffset,
          }),
        ),
      }),
    )
    .nullable(),
  /** The client's own check-ins: scores and answers, never the comments. */
  checkins: z
    .array(
      z.object({
        instrument: z.string(),
        submittedAt: isoWithOffset,
        scores: z.record(z.string(), z.number()),
        answers: z.record(z.string(), z.number()),
      }),
    )
    .nullable(),
});
export type HandoverPackageView = z.infer<typeof handoverPackageView>;
