/**
 * Free 15-minute consultations (DESIGN.md, Client journeys 2 and 3): booking, moving and
 * cancelling them, the client's private note and fit rating on each, and the side-by-side view of
 * the therapists met. Also the words of their calendar file and e-mails, in both languages.
 */
import { z } from 'zod';
import { publicProfileView, timeZoneSchema } from './directory';
import { engagementStatuses } from './engagements';
import { interpolate, type Locale } from './i18n';
import { consultationsEn, type ConsultationMessageKey } from './i18n/consultations.en';
import { consultationsFr } from './i18n/consultations.fr';

const isoWithOffset = z.iso.datetime({ offset: true });

export const consultationStatuses = ['booked', 'cancelled'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];
export const noteMaxLength = 4000;

export const bookConsultationRequest = z
  .object({
    therapistId: z.uuid(),
    /** One of the slots from `GET /therapists/{id}/slots`. */
    start: isoWithOffset,
    /** The client's time zone, for the times in their e-mails (default: UTC). */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type BookConsultationRequest = z.infer<typeof bookConsultationRequest>;

export const rescheduleRequest = z.object({ start: isoWithOffset }).strict();

export const consultationView = z.object({
  id: z.uuid(),
  therapistId: z.uuid(),
  therapistName: z.string(),
  clientId: z.uuid(),
  clientName: z.string(),
  start: isoWithOffset,
  end: isoWithOffset,
  status: z.enum(consultationStatuses),
  cancelledBy: z.enum(['client', 'therapist']).nullable(),
  /** The calendar file (text/calendar), for the signed-in client or therapist. */
  icsUrl: z.string(),
});
export type ConsultationView = z.infer<typeof consultationView>;

/** 0–10 in steps of 0.1, like every rating in Rapport. */
export const fitRating = z
  .number()
  .min(0)
  .max(10)
  .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, {
    message: 'In steps of 0.1.',
  });

export const consultationNoteRequest = z
  .object({
    note: z.string().trim().max(noteMaxLength),
    fitRating: fitRating.nullable(),
  })
  .strict();
export type ConsultationNoteRequest = z.infer<typeof consultationNoteRequest>;

export const consultationNoteView = z.object({
  consultationId: z.uuid(),
  note: z.string(),
  fitRating: z.number().nullable(),
  updatedAt: isoWithOffset,
});
export type ConsultationNoteView = z.infer<typeof consultationNoteView>;

/** One therapist the client has met, with what the client wrote after each consultation. */
export const therapistMetView = z.object({
  therapistId: z.uuid(),
  displayName: z.string(),
  /** The public profile, or null when it is no longer published. */
  profile: publicProfileView.nullable(),
  consultations: z.array(
    z.object({
      id: z.uuid(),
      start: isoWithOffset,
      note: z.string().nullable(),
      fitRating: z.number().nullable(),
    }),
  ),
  lastMetAt: isoWithOffset,
  /** The client's latest fit rating of this therapist, if any. */
  fitRating: z.number().nullable(),
  /** An engagement already asked for or under way with this therapist. */
  engagement: z.object({ id: z.uuid(), status: z.enum(engagementStatuses) }).nullable(),
});
export type TherapistMetView = z.infer<typeof therapistMetView>;

/* ---------- Words ---------- */

const catalogues: Record<Locale, Readonly<Record<ConsultationMessageKey, string>>> = {
  en: consultationsEn,
  fr: consultationsFr,
};

export function consultationText(
  locale: Locale,
  key: ConsultationMessageKey,
  params: Record<string, string | number> = {},
): string {
  return interpolate(catalogues[locale][key], params);
}

/** "Monday, March 30, 2026 at 09:00 GMT+2 (Europe/Paris)", in the reader's language and zone. */
export function formatWhen(instant: number, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
  return `${text} (${timeZone})`;
}
